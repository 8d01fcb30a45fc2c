// The benches measure the built script-tag bundle: where it is, or a clear exit when it is not built.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const { version } = JSON.parse(readFileSync(join(repo, 'packages/embed/package.json'), 'utf8'));
/** The versioned folder `pnpm build` writes: packages/embed/dist/candor@<version>. */
export const bundle = join(repo, 'packages/embed/dist', `candor@${version}`);

/** Exits with the command to run when the bundle has not been built. */
export function requireBuiltBundle() {
  if (existsSync(join(bundle, 'candor.js'))) return;
  console.error(`${bundle}/candor.js is missing: run \`pnpm build\` first.`);
  process.exit(1);
}
