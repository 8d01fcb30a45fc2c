import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReviewInput } from '@candor/core/reviews';
import { runImport, type ImportOptions } from '../src/import/run.js';

export const fixture = (name: string) => (name.startsWith('/') ? name : fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
export const tempDir = (prefix = 'candor-cli-') => mkdtempSync(join(tmpdir(), prefix));

export interface Imported {
  productId: string;
  review: ReviewInput;
}

/** Runs `candor import` in-process on a fixture; returns the report, the reviews written and the log lines. */
export async function importFixture(from: ImportOptions['from'], file: string, extra: Partial<ImportOptions> = {}) {
  const out = extra.out ?? tempDir();
  const lines: string[] = [];
  const { report, exitCode } = await runImport({ input: fixture(file), from, out, quiet: true, log: (line) => lines.push(line), ...extra });
  let reviews: Imported[] = [];
  try {
    reviews = readFileSync(join(out, 'reviews.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Imported);
  } catch {
    // nothing written (--strict)
  }
  const byId = (id: string) => reviews.find((r) => r.review.id === id)?.review;
  return { report, exitCode, reviews, lines, out, byId };
}
