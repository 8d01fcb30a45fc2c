/**
 * The `candor` command: import, summarize, index and check. Usage errors say what to do next and
 * exit 2; data errors exit 1.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { checkConfigFile, formatCheck } from './check/run.js';
import { DATE_ORDERS } from './import/dates.js';
import { FORMAT_NAMES } from './import/formats/index.js';
import { runImport, UsageError, type ImportOptions } from './import/run.js';
import { mergeRatings, runSummarize, type SummarizeOptions } from './summarize/run.js';
import { CLI_VERSION } from './version.js';
import type { Widget } from './render/render-widgets.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
};

export function buildProgram(): Command {
  const program = new Command('candor')
    .description(
      "Candor for a whole catalogue: import reviews from a review platform, precompute every product's summary and a ratings index, check candor.json.",
    )
    .version(CLI_VERSION, '-v, --version')
    .showHelpAfterError('(run candor <command> --help for the options)')
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });

  program
    .command('import')
    .description(
      "read a review platform's export and write reviews.ndjson (ReviewInput per line, grouped by product) and import-report.json",
    )
    .argument('<input>', 'an export file, a folder of them, or - for standard input')
    .addOption(new Option('--from <format>', "the export's format").choices(FORMAT_NAMES).makeOptionMandatory())
    .requiredOption('--out <dir>', 'where to write reviews.ndjson and import-report.json')
    .option('--map <column=field>', 'read a Candor field from this column (repeatable), e.g. --map Stars=rating', collect)
    .addOption(new Option('--date-order <order>', 'how to read dates like 05/03/2024 (never guessed)').choices(DATE_ORDERS))
    .option('--orders <orders.csv>', "join the store's orders (order id or customer e-mail + product) for order and delivery dates")
    .option('--product <id>', 'every review in the export belongs to this product (single-product exports)')
    .option('--delimiter <char>', 'CSV delimiter (default ,)')
    .option('--strict', 'any record that cannot be read is an error: nothing is written')
    .option('--memory <MB>', 'memory for grouping before spilling to disk', positiveInt)
    .option('--rating-scale <n>', "write ratings on 1..n: candor.json's reviews.ratingScale (default 5)", positiveInt)
    .option(
      '--workers <n>',
      'worker threads that read a CSV file of 8 MB or more in parts (default: one per core; 0 = main thread)',
      positiveInt,
    )
    .option('-q, --quiet', 'no progress bar: plain progress lines only')
    .action(async (input: string, { memory, ...options }: Omit<ImportOptions, 'input' | 'memoryMb' | 'log'> & { memory?: number }) => {
      const { exitCode } = await runImport({ input, ...options, ...(memory ? { memoryMb: memory } : {}) });
      process.exitCode = exitCode;
    });

  // Each command declares its options in full, as its --help lists them; import and summarize share a few.
  program
    .command('summarize')
    .description(
      'write one summary file per product (what summary-src reads) and ratings.json (one request for every badge on a listing page)',
    )
    .argument('<reviews>', 'reviews.ndjson from candor import, or any NDJSON of {"productId", "review"} lines')
    .requiredOption('--out <dir>', 'where to write <productId>.json and ratings.json')
    .option('--config <candor.json>', 'the store config whose reviews settings the summaries use')
    .option('--shard <k/n>', 'only the k-th of n shares of product ids (merge with candor index)')
    .option('--workers <n>', 'worker threads (default: one per core; 0 = main thread)', positiveInt)
    .option('--memory <MB>', 'memory for grouping ungrouped input before spilling to disk', positiveInt)
    .option('--force', 'recompute every product, even unchanged ones')
    .option('-q, --quiet', 'no progress bar: plain progress lines only')
    .action(async (reviews: string, { memory, ...options }: Omit<SummarizeOptions, 'input' | 'memoryMb' | 'log'> & { memory?: number }) => {
      await runSummarize({ input: reviews, ...options, ...(memory ? { memoryMb: memory } : {}) });
    });

  program
    .command('index')
    .description('merge the ratings.k-of-n.json files of a sharded run into ratings.json')
    .argument('<dir>', 'the --out folder the shards wrote to')
    .action((dir: string) => {
      const { products, shards } = mergeRatings(dir);
      process.stderr.write(`ratings.json: ${products} products from ${shards} shards\n`);
    });

  program
    .command('check')
    .description('validate candor.json with the same rules and messages as the browser')
    .argument('<candor.json>', 'the store config')
    .option('--json', 'print the result as JSON (for CI)')
    .action((file: string, options: { json?: boolean }) => {
      const result = checkConfigFile(file);
      if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else for (const line of formatCheck(result)) (result.ok ? process.stdout : process.stderr).write(`${line}\n`);
      if (!result.ok) process.exitCode = 1;
    });

  program
    .command('render')
    .description(
      "write each product's widgets as HTML with declarative shadow DOM (readable before any script runs) for a store's templates to include",
    )
    .argument('<summaries>', 'the --out folder of candor summarize')
    .requiredOption('--config <candor.json>', 'the store config the widgets render with')
    .requiredOption('--out <dir>', 'where to write <locale>/<productId>/badge.html, summary.html and panel.html')
    .option('--locale <tag>', "a locale to render (repeatable; default: the config's store.locale, else en)", collect)
    .option('--product <id>', 'only this product (repeatable)', collect)
    .option('--widget <badge|summary|panel>', 'only this widget (repeatable)', (value: string, previous: string[] = []) => {
      if (!['badge', 'summary', 'panel'].includes(value)) throw new InvalidArgumentError('expected badge, summary or panel');
      return [...previous, value];
    })
    .option(
      '--stylesheets <url>',
      "link each widget's styles from <url>, where <out>/styles/ is served, instead of inline <style> (for a CSP without 'unsafe-inline' in style-src)",
    )
    .action(
      async (
        summaries: string,
        options: { config: string; out: string; locale?: string[]; product?: string[]; widget?: Widget[]; stylesheets?: string },
      ) => {
        // Loaded only here: Lit SSR and the elements are not needed by the other commands.
        const { runRender } = await import('./render/run.js');
        const report = await runRender({
          summaries,
          config: options.config,
          out: options.out,
          locales: options.locale,
          products: options.product,
          widgets: options.widget,
          stylesheets: options.stylesheets,
        });
        if (report.failed.length) process.exitCode = 1;
      },
    );

  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`candor: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`candor: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    }
  }
}
