/**
 * Each test starts from a clean page (`resetCandor()`), with console.error and console.warn
 * captured (read `console.error` calls through the returned getter), and afterwards no mocks,
 * stubbed globals or leftover elements.
 */
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';
import { resetCandor } from './reset.js';

export function isolateEachTest(): { readonly errors: MockInstance } {
  let errors: MockInstance | undefined;
  beforeEach(() => {
    resetCandor();
    errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });
  return {
    get errors() {
      return errors!;
    },
  };
}
