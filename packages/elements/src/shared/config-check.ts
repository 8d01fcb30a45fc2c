/**
 * The store config's validator, as the elements reach it. In this package it is core's, always at
 * hand. The script-tag bundle puts its own module in this one's place
 * (packages/embed/src/config-check.ts), which loads the validator only on pages that hand Candor
 * a config, so a page without one never downloads it.
 */
import { formatIssues, validateConfig, type ConfigResult, type ValidateOptions } from '@candor/core';

export { formatIssues };

/** Validates `input`; undefined only while the validator is on its way (never here). */
export const checkConfig = (input: unknown, options?: ValidateOptions): ConfigResult | undefined => validateConfig(input, options);

/** Resolves once `checkConfig` answers (at once here). */
export const configCheckReady = (): Promise<void> => Promise.resolve();
