/**
 * "Still want it in 48 hours?": a product saved on this device, as pure functions over an
 * injected storage (localStorage in the browser, a Map in tests) and an injected clock.
 *
 * A record lives under `candor:cooling-off:<productId>` and holds only times: no name, no
 * price, nothing about the shopper. It is `cooling` until `readyAt` (saved + the store's
 * cooling-off hours), then `ready` ("the 48 hours are up; still want it?") until `expiresAt`,
 * after which it is removed on the next read. Every storage call may throw (Safari private
 * mode, storage disabled, quota): the functions then answer `unavailable` instead of throwing.
 */

/** The part of the Web Storage API this needs. `key`/`length` are only used to sweep old records. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key?(index: number): string | null;
  readonly length?: number;
}

/** Milliseconds since the epoch; `Date.now` in the browser, a fixed value in tests. */
export type Clock = () => number;

export const COOLING_OFF_PREFIX = 'candor:cooling-off:';
/** How long a record stays after the cooling-off period ends, so a shopper who comes back a few days late still finds it. */
export const COOLING_OFF_KEEP_AFTER_READY_HOURS = 14 * 24;
const HOUR = 3_600_000;

export interface CoolingOffRecord {
  v: 1;
  savedAt: number;
  readyAt: number;
  expiresAt: number;
  /** The shopper asked for a notification when it is ready. */
  notify?: boolean;
}

export const COOLING_OFF_STATES = ['none', 'cooling', 'ready', 'unavailable'] as const;
export type CoolingOffStateName = (typeof COOLING_OFF_STATES)[number];

export type CoolingOffState =
  | { state: 'none' }
  /** `full`: the storage refused for lack of space (not private browsing, which refuses everything). */
  | { state: 'unavailable'; reason?: 'full' }
  | {
      state: 'cooling' | 'ready';
      record: CoolingOffRecord;
      /** ms since saved */ age: number;
      /** ms until ready, 0 when ready */ remaining: number;
    };

export const coolingOffKey = (productId: string): string => `${COOLING_OFF_PREFIX}${productId}`;

/** Longest wait a store can set (honesty.coolingOffHours is at most 720) and longest a record is kept after it. */
const MAX_WAIT = 720 * HOUR;
const MAX_KEEP = 365 * 24 * HOUR;
/** No record was saved before Candor existed (2024-01-01). */
const EARLIEST = Date.UTC(2024, 0, 1);

/** True for the error a full storage throws (named differently across browsers). */
const isQuotaError = (error: unknown): boolean =>
  error instanceof Error &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error as { code?: unknown }).code === 22);

/**
 * Parses a stored record; anything else (old format, edited by hand, or times no store could have
 * set: a wait longer than 720 hours, a save before 2024) counts as absent, so an implausible
 * record is never shown as "ends in 11,574,074,074 days".
 */
export function parseCoolingOffRecord(raw: string | null): CoolingOffRecord | undefined {
  if (raw === null) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const { v, savedAt, readyAt, expiresAt, notify } = value as Record<string, unknown>;
    const times = [savedAt, readyAt, expiresAt];
    if (v !== 1 || !times.every((time) => typeof time === 'number' && Number.isFinite(time))) return undefined;
    if (!((savedAt as number) <= (readyAt as number) && (readyAt as number) <= (expiresAt as number))) return undefined;
    if (
      (savedAt as number) < EARLIEST ||
      (readyAt as number) - (savedAt as number) > MAX_WAIT ||
      (expiresAt as number) - (readyAt as number) > MAX_KEEP
    )
      return undefined;
    return {
      v: 1,
      savedAt: savedAt as number,
      readyAt: readyAt as number,
      expiresAt: expiresAt as number,
      ...(notify === true ? { notify: true } : {}),
    };
  } catch {
    return undefined;
  }
}

function stateOf(record: CoolingOffRecord, now: number): CoolingOffState {
  return {
    state: now >= record.readyAt ? 'ready' : 'cooling',
    record,
    age: Math.max(0, now - record.savedAt),
    // Never more than the wait that was saved: a clock moved back must not stretch it.
    remaining: Math.min(record.readyAt - record.savedAt, Math.max(0, record.readyAt - now)),
  };
}

/** Reads the product's state; removes an expired or unreadable record on the way. */
export function readCoolingOff(storage: StorageLike | undefined, productId: string, clock: Clock): CoolingOffState {
  if (!storage) return { state: 'unavailable' };
  const key = coolingOffKey(productId);
  try {
    const raw = storage.getItem(key);
    if (raw === null) return { state: 'none' };
    const record = parseCoolingOffRecord(raw);
    const now = clock();
    if (!record || now >= record.expiresAt) {
      storage.removeItem(key);
      return { state: 'none' };
    }
    return stateOf(record, now);
  } catch {
    return { state: 'unavailable' };
  }
}

/** Saves the product for `hours`; saving again restarts the clock. */
export function saveCoolingOff(
  storage: StorageLike | undefined,
  productId: string,
  hours: number,
  clock: Clock,
  options: { notify?: boolean; keepAfterReadyHours?: number } = {},
): CoolingOffState {
  if (!storage) return { state: 'unavailable' };
  const now = clock();
  const safeHours = Number.isFinite(hours) && hours > 0 ? hours : 48;
  const keep = options.keepAfterReadyHours ?? COOLING_OFF_KEEP_AFTER_READY_HOURS;
  const record: CoolingOffRecord = {
    v: 1,
    savedAt: now,
    readyAt: now + safeHours * HOUR,
    expiresAt: now + (safeHours + Math.max(0, keep)) * HOUR,
    ...(options.notify ? { notify: true } : {}),
  };
  try {
    storage.setItem(coolingOffKey(productId), JSON.stringify(record));
    // Some browsers accept setItem and drop the value (storage disabled): read it back.
    if (storage.getItem(coolingOffKey(productId)) === null) return { state: 'unavailable' };
  } catch (error) {
    return isQuotaError(error) ? { state: 'unavailable', reason: 'full' } : { state: 'unavailable' };
  }
  return stateOf(record, now);
}

/** Marks an existing record as "notify me"; returns the new state (or the unchanged one). */
export function setCoolingOffNotify(storage: StorageLike | undefined, productId: string, notify: boolean, clock: Clock): CoolingOffState {
  const current = readCoolingOff(storage, productId, clock);
  if ((current.state !== 'cooling' && current.state !== 'ready') || !storage) return current;
  const { notify: _old, ...rest } = current.record;
  const record: CoolingOffRecord = { ...rest, ...(notify ? { notify: true } : {}) };
  try {
    storage.setItem(coolingOffKey(productId), JSON.stringify(record));
  } catch {
    return { state: 'unavailable' };
  }
  return stateOf(record, clock());
}

/** Forgets the product. Returns `none`, or `unavailable` when storage refused. */
export function forgetCoolingOff(storage: StorageLike | undefined, productId: string): CoolingOffState {
  if (!storage) return { state: 'unavailable' };
  try {
    storage.removeItem(coolingOffKey(productId));
    return { state: 'none' };
  } catch {
    return { state: 'unavailable' };
  }
}

/**
 * Removes expired Candor cooling-off records (other products included) among the first `maxKeys`
 * keys of the storage; returns how many. The limit keeps one sweep short on a site whose storage
 * holds tens of thousands of keys; records it does not reach are removed when read.
 */
export function sweepExpiredCoolingOff(storage: StorageLike | undefined, clock: Clock, maxKeys = Infinity): number {
  if (!storage || typeof storage.key !== 'function' || typeof storage.length !== 'number') return 0;
  try {
    const now = clock();
    const stale: string[] = [];
    const last = Math.min(storage.length, maxKeys);
    for (let index = 0; index < last; index += 1) {
      const key = storage.key(index);
      if (key === null || !key.startsWith(COOLING_OFF_PREFIX)) continue;
      const record = parseCoolingOffRecord(storage.getItem(key));
      if (!record || now >= record.expiresAt) stale.push(key);
    }
    stale.forEach((key) => storage.removeItem(key));
    return stale.length;
  } catch {
    return 0;
  }
}
