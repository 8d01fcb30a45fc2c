/**
 * The checks a store config must pass, without the words for what fails them (issue-log.ts):
 * a page whose config is valid needs only these.
 */
import { recordDeclaredPolicy } from './declared-policy.js';
import { configShape, type CandorConfig } from './schema.js';
import { childPath, INVALID, type ProblemSink } from './shape.js';

/** The config with its defaults filled in, or undefined after reporting every problem to `sink`. */
export function readConfig(input: unknown, sink: ProblemSink): CandorConfig | undefined {
  // A shape that reports a problem reads as INVALID, and so does every shape around it.
  const config = configShape.read(input, '$', sink);
  if (config === INVALID || !crossReferencesHold(config, sink)) return undefined;
  recordDeclaredPolicy(config, input);
  return config;
}

/** The config when it passes every check, else undefined (what fails is not put into words). */
export function passingConfig(input: unknown): CandorConfig | undefined {
  return readConfig(input, { report: () => undefined });
}

/** Rules that span sections and so cannot live in one shape: false after reporting what breaks them. */
function crossReferencesHold(config: CandorConfig, sink: ProblemSink): boolean {
  const categories = Object.keys(config.honesty.categories);
  let hold = true;
  const report: ProblemSink['report'] = (problem) => {
    hold = false;
    sink.report(problem);
  };
  for (const [id, product] of Object.entries(config.products)) {
    const at = childPath('$.products', id);
    if (product.category !== undefined && !categories.includes(product.category))
      report({ kind: 'unknownCategory', path: `${at}.category`, category: product.category, categories });
    const shares = product.returns?.reasons?.reduce((sum, reason) => sum + (reason.share ?? 0), 0) ?? 0;
    if (shares > 1 + 1e-9) report({ kind: 'sharesOver', path: `${at}.returns.reasons`, shares });
  }
  return hold;
}
