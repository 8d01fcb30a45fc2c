/**
 * Candor's page-wide state, back to a fresh page's: no logged-once messages, dev-mode warnings on,
 * the default store config, an empty fetch cache, and the page's JSON-LD read anew. Every element
 * test calls it before each test (through `isolateEachTest()` or its own `beforeEach`), so no test
 * sees another's config, cached response or silenced warning.
 */
import { clearFetchCache } from '../../src/shared/fetch-json.js';
import { forgetPageJsonLd } from '../../src/shared/json-ld.js';
import { resetLogOnce, setDevMode } from '../../src/shared/log.js';
import { resetStoreConfig } from '../../src/shared/store-config.js';

export function resetCandor(): void {
  resetLogOnce();
  setDevMode(true);
  resetStoreConfig();
  clearFetchCache();
  forgetPageJsonLd(document);
}
