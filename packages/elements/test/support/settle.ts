/**
 * Waiting for a widget to settle. Loading the engine, a locale or a summary goes through the test
 * server's module transforms, which take seconds on a loaded two-core CI machine; @open-wc's own
 * one-second default then fails tests whose widgets are merely slow. A widget that never settles
 * still fails, with the message given, after SETTLE_TIMEOUT_MS.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export const SETTLE_TIMEOUT_MS = 15_000;

export function waitUntil(predicate: () => unknown, message: string, options: { timeout?: number; interval?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { timeout: SETTLE_TIMEOUT_MS, ...options });
}
