import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '@candor/core';
import { CandorWidget } from './candor-server';
import { CandorActivity } from './candor-client';

// The demo store's config and precomputed summary (what `candor summarize` writes), read at build time.
// `next build` and `next start` run in this folder. CANDOR_SUMMARY_FILE names another summary file
// (the end-to-end test builds the page with hostile review quotes that way).
const store = (path: string) => readFileSync(join(process.cwd(), '../demo-store', path), 'utf8');
const summaryFile = () => process.env['CANDOR_SUMMARY_FILE'] || join(process.cwd(), '../demo-store/data/summaries/trail-jacket.json');

export default function ProductPage() {
  const json = JSON.parse(store('candor.json'));
  const result = validateConfig(json);
  if (!result.ok) throw new Error('examples/demo-store/candor.json is not a valid store config');
  const config = result.config;
  const summary = JSON.parse(readFileSync(summaryFile(), 'utf8'));
  const widget = { productId: 'trail-jacket', locale: 'en-GB', config };
  return (
    <main>
      <h1>Ridgeline trail jacket</h1>
      <CandorWidget widget="badge" {...widget} summary={summary} />
      <p>£89 incl. VAT</p>
      <CandorWidget widget="panel" {...widget} summary={summary} />
      <CandorActivity config={json} />
      <section aria-label="Reviews">
        <CandorWidget widget="summary" {...widget} summary={summary} />
      </section>
    </main>
  );
}
