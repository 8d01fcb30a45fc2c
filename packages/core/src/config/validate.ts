/**
 * Reading a store config: JSON text or an object in, a validated config with defaults filled in
 * out, or every problem at once with where it is, what was expected and what was found.
 * Nothing here throws unless asked to (`assertConfig`).
 */
import { describeFound } from './describe.js';
import { IssueLog } from './issue-log.js';
import { readConfig } from './read-config.js';
import { CONFIG_VERSIONS, type CandorConfig } from './schema.js';
import { childPath, type ConfigIssue } from './shape.js';

export type ConfigResult =
  | { ok: true; config: CandorConfig; issues: []; dropped?: DroppedProducts }
  | { ok: false; config?: undefined; issues: ConfigIssue[]; dropped?: undefined };

/** The product entries left out of a config validated with `isolateProducts`, and why. */
export interface DroppedProducts {
  products: string[];
  issues: ConfigIssue[];
}

export interface ValidateOptions {
  /**
   * Leave out product entries that have problems, when those are the config's only problems, and
   * apply the rest: one typo in a CMS field then costs that product's facts, not every section
   * on the page. The result is `ok` and lists what was left out under `dropped`. For pages (the
   * elements do it); tools that check a config before publishing (`candor validate`) refuse it.
   */
  isolateProducts?: boolean;
}

/** Validates a parsed config. */
export function validateConfig(input: unknown, options: ValidateOptions = {}): ConfigResult {
  const result = validateWhole(input);
  if (result.ok || !options.isolateProducts) return result;
  // Every problem must lie inside a product entry for leaving those out to help. Repeated, because
  // some checks (a product's category) run only once every shape is valid.
  const products: Record<string, unknown> = { ...(input as { products?: object }).products };
  const dropped = new Set<string>();
  const issues: ConfigIssue[] = [];
  let rest: ConfigResult = result;
  while (!rest.ok) {
    for (const { path } of rest.issues) {
      const id = Object.keys(products).find((key) => {
        const at = childPath('$.products', key);
        return path.startsWith(at) && /^[.[]?$/.test(path.charAt(at.length));
      });
      if (id === undefined) return result;
      dropped.add(id);
    }
    for (const id of dropped) delete products[id];
    issues.push(...rest.issues);
    rest = validateWhole({ ...(input as object), products });
  }
  return { ...rest, dropped: { products: [...dropped], issues } };
}

function validateWhole(input: unknown): ConfigResult {
  const log = new IssueLog();
  // Another version means another format: its other problems would only be noise.
  const versionIssue = checkVersion(input);
  if (versionIssue) return { ok: false, issues: [versionIssue] };
  const config = readConfig(input, log);
  return config ? { ok: true, config, issues: [] } : { ok: false, issues: log.issues };
}

/** Parses and validates the text of a candor.json; a syntax error names its line and column. */
export function parseConfig(json: string): ConfigResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return { ok: false, issues: [syntaxIssue(json, error)] };
  }
  return validateConfig(parsed);
}

/** One line per problem, ready for a console or a build log. */
export function formatIssues(issues: readonly ConfigIssue[], source = 'candor.json'): string {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return [`${source}: ${count}`, ...issues.map((issue) => `  ${issue.path}: ${issue.message}`)].join('\n');
}

export class CandorConfigError extends Error {
  constructor(
    readonly issues: readonly ConfigIssue[],
    source = 'candor.json',
  ) {
    super(formatIssues(issues, source));
    this.name = 'CandorConfigError';
  }
}

/** validateConfig for scripts and tests that want a config or an exception. */
export function assertConfig(input: unknown, source?: string): CandorConfig {
  const result = validateConfig(input);
  if (!result.ok) throw new CandorConfigError(result.issues, source);
  return result.config;
}

function checkVersion(input: unknown): ConfigIssue | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined; // the shape reports it
  const version = (input as { version?: unknown }).version;
  if (version === undefined || (CONFIG_VERSIONS as readonly unknown[]).includes(version)) return undefined;
  const supported = CONFIG_VERSIONS.join(', ');
  const found = describeFound(version);
  return {
    path: '$.version',
    expected: supported,
    found,
    message:
      typeof version === 'number' && Number.isInteger(version) && version > 0
        ? `unsupported config version ${version}; this build of Candor reads version ${supported}`
        : `expected version ${supported}, found ${found}`,
  };
}

function syntaxIssue(json: string, error: unknown): ConfigIssue {
  const reason = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(reason);
  let where = '';
  if (position) {
    const before = json.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    where = ` at line ${line}, column ${column}`;
  }
  const detail = reason.replace(/\s*(in JSON )?at position \d+.*$/s, '');
  return { path: '$', expected: 'valid JSON', found: 'invalid JSON', message: `invalid JSON${where}: ${detail}` };
}
