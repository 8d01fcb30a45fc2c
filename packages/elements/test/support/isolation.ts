/**
 * Each test starts from a clean page: no logged-once messages, the default store config, an empty
 * fetch cache, console.error and console.warn captured (read `console.error` calls through the
 * returned getter), and afterwards no mocks, stubbed globals or leftover elements.
 */
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';
import { clearFetchCache } from '../../src/shared/fetch-json.js';
import { resetLogOnce } from '../../src/shared/log.js';
import { resetStoreConfig } from '../../src/shared/store-config.js';

export function isolateEachTest(): { readonly errors: MockInstance } {
  let errors: MockInstance | undefined;
  beforeEach(() => {
    resetLogOnce();
    resetStoreConfig();
    clearFetchCache();
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
