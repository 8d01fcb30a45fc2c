/**
 * What the script-tag bundle's stand-in (config-check.ts) loads when a page hands Candor a config:
 * the checks a valid config must pass. The words for a config's problems, and the leaving out of
 * faulty products, are one more chunk (the elements' config-check.ts with core's validateConfig),
 * loaded only for a config that fails the checks: it is reported one round trip later, still
 * saying where and what.
 */
import type { CandorConfig, ConfigIssue, ConfigResult, ValidateOptions } from '@candor/core';
import { passingConfig } from '../../core/src/config/read-config.js';

type Describer = typeof import('../../elements/src/shared/config-check.js');

let describer: Describer | undefined;
let describing: Promise<void> | undefined;
// The runtime checks a config before applying it, and applying checks it again: once is enough.
let last: { input: unknown; config: CandorConfig } | undefined;

/** A config that passes the checks, valid as it stands; undefined while the words for a failing one are on their way. */
export function checkConfig(input: unknown, options?: ValidateOptions): ConfigResult | undefined {
  if (last?.input !== input) {
    const config = passingConfig(input);
    last = config && { input, config };
  }
  if (last) return { ok: true, config: last.config, issues: [] };
  if (describer) return describer.checkConfig(input, options);
  (describing ??= import('../../elements/src/shared/config-check.js').then((module) => {
    describer = module;
  })).catch(() => (describing = undefined));
  return undefined;
}

/** Resolves once `checkConfig` answers for `input` and for what it was asked before; rejects when the words could not load. */
export function configCheckReady(input?: unknown): Promise<void> {
  if (input !== undefined) checkConfig(input);
  return describing ?? Promise.resolve();
}

/** Only ever called on issues the validator found, so the words are here. */
export const formatIssues = (issues: readonly ConfigIssue[], source?: string): string => describer!.formatIssues(issues, source);
