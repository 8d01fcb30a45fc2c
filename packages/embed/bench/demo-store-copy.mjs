// A bench's own copy of the demo store, in a new temporary folder, to rewrite pages in freely.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repo } from './built-bundle.mjs';

/**
 * Copies examples/demo-store to `<work>/site` (work: a new folder under the system's temporary
 * one, named from `prefix`; the caller removes it). The pages lose their integrity values: they
 * pin the committed bundle, which a fresh build or a bench's control variant does not match.
 */
export function copyDemoStore(prefix) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const site = join(work, 'site');
  cpSync(join(repo, 'examples/demo-store'), site, { recursive: true, filter: (path) => !path.includes('node_modules') });
  for (const dir of [site, join(site, 'products')]) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.html'))) {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\s+integrity="[^"]*"/g, ''));
    }
  }
  return { work, site };
}
