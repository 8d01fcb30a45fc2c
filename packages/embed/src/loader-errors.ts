/**
 * The loader's console errors in words: a chunk of its own, downloaded only when there is one to
 * report (a store config that could not be read, a mount point that could not be set up), so no
 * page where everything works pays for their sentences.
 */
const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);
const configText = (url: string, reason: unknown): string =>
  `could not load the store config ${url} (${reason}); widgets use their defaults.`;

export const ERRORS = {
  config: configText,
  configNotObject: (url: string, json: unknown) => configText(url, `Error: not a JSON object: found ${kindOf(json)}`),
  inlineConfig: (error: unknown) => `the inline <script data-candor-config> is not valid JSON (${error}).`,
  host: (tag: string, error: unknown) => `<${tag} data-candor> could not be set up (${error}).`,
  mountPoint: (tag: string, error: unknown) => `<${tag}> could not be set up (${error}); the other widgets are not affected.`,
  vitals: (reason: unknown) => `data-vitals: ${reason}`,
};

export type LoaderError = keyof typeof ERRORS;

/** The sentence of error `code` with its details. */
export const errorText = (code: LoaderError, details: unknown[]): string => (ERRORS[code] as (...values: unknown[]) => string)(...details);
