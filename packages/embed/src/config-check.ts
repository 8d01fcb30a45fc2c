/**
 * The script-tag bundle's stand-in for the elements' config-check.ts (the build puts it in that
 * module's place: scripts/rollup/on-demand-stand-ins.mjs). The config checks (config-checks.ts) are
 * a chunk of their own, loaded only when the page hands Candor a config: the loader asks for it
 * beside the runtime then (widget-path.ts), so it costs no round trip, and a page without a config
 * never downloads it. A `config` property set on a widget before it is there is read once it is:
 * the widget renders with the store config meanwhile, then again with its own.
 */
import type { ConfigIssue, ConfigResult, ValidateOptions } from '@candor/core';
// store-config.ts imports this module back; nothing here runs at import time, so the order does
// not matter. Here rather than in a module of the runtime's own, which would split the runtime's
// chunk from Lit's (rollup keeps an entry with no code of its own as a face of the shared chunk).
import { setStoreConfig as applyStoreConfig } from '../../elements/src/shared/store-config.js';
import { themeCssReady } from './config-theme-css.js';

type Validator = typeof import('./config-checks.js');

let validator: Validator | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the checks once, and with them the theme's CSS writer (a config may set a theme); later
 * calls share them. Resolves once `checkConfig` answers for `input` and for what it was asked
 * before (a config that fails the checks waits for the words for its problems); rejects when a
 * chunk cannot load.
 */
export function configCheckReady(input?: unknown): Promise<void> {
  return (loading ??= Promise.all([
    import('./config-checks.js').then((module) => {
      validator = module;
    }),
    themeCssReady(),
  ]).then(() => undefined)).then(() => validator!.configCheckReady(input));
}

/** Validates `input` once the validator is here; until then asks for it and answers undefined. */
export function checkConfig(input: unknown, options?: ValidateOptions): ConfigResult | undefined {
  if (validator) return validator.checkConfig(input, options);
  configCheckReady().catch(() => (loading = undefined));
  return undefined;
}

/** Only ever called on issues the validator found, so it is here. */
export const formatIssues = (issues: readonly ConfigIssue[], source?: string): string => validator!.formatIssues(issues, source);

let applied: Promise<unknown> = Promise.resolve();
/**
 * The runtime's way to hand over a store config: validated and applied once the validator is here,
 * after those handed over before it. A page that hands Candor no config never calls it.
 */
export function setStoreConfig(config: unknown, source: string): void {
  applied = applied
    .catch(() => undefined)
    .then(() => configCheckReady(config))
    .then(() => void applyStoreConfig(config, source));
  // Whoever waits for it (the loader, before the first widget) hears of a failure; nobody else needs to.
  applied.catch(() => undefined);
}

/** Resolves once every config handed over so far is applied; rejects when the validator could not load. */
export const configApplied = (): Promise<unknown> => applied;
