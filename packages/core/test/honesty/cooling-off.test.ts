import { describe, expect, it } from 'vitest';
import {
  COOLING_OFF_KEEP_AFTER_READY_HOURS,
  coolingOffKey,
  forgetCoolingOff,
  parseCoolingOffRecord,
  readCoolingOff,
  saveCoolingOff,
  setCoolingOffNotify,
  sweepExpiredCoolingOff,
  type StorageLike,
} from '../../src/index.js';

const HOUR = 3_600_000;

class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  getItem = (key: string) => this.map.get(key) ?? null;
  setItem = (key: string, value: string) => void this.map.set(key, value);
  removeItem = (key: string) => void this.map.delete(key);
  key = (index: number) => [...this.map.keys()][index] ?? null;
  get length() {
    return this.map.size;
  }
}

/** Safari private mode and disabled storage: every call throws. */
const throwing: StorageLike = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('quota', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};
/** Storage that accepts writes and keeps nothing. */
const blackHole: StorageLike = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };

const clockAt = (time: number) => () => time;
const T0 = Date.UTC(2026, 0, 10, 12);

describe('cooling-off records', () => {
  it('saves under a namespaced key with only times in it', () => {
    const storage = new MemoryStorage();
    const state = saveCoolingOff(storage, 'sku-1', 48, clockAt(T0));
    expect(state).toMatchObject({ state: 'cooling', age: 0, remaining: 48 * HOUR });
    expect([...storage.map.keys()]).toEqual(['candor:cooling-off:sku-1']);
    expect(JSON.parse(storage.map.get(coolingOffKey('sku-1'))!)).toEqual({
      v: 1,
      savedAt: T0,
      readyAt: T0 + 48 * HOUR,
      expiresAt: T0 + (48 + COOLING_OFF_KEEP_AFTER_READY_HOURS) * HOUR,
    });
  });

  it.each<[string, number, string, number?, number?]>([
    ['just saved', 0, 'cooling', 0, 48 * HOUR],
    ['three hours later', 3 * HOUR, 'cooling', 3 * HOUR, 45 * HOUR],
    ['one millisecond before the time is up', 48 * HOUR - 1, 'cooling', 48 * HOUR - 1, 1],
    ['exactly when the time is up', 48 * HOUR, 'ready', 48 * HOUR, 0],
    ['five days later', 120 * HOUR, 'ready', 120 * HOUR, 0],
    ['one millisecond before expiry', (48 + COOLING_OFF_KEEP_AFTER_READY_HOURS) * HOUR - 1, 'ready'],
    ['at expiry the record is gone', (48 + COOLING_OFF_KEEP_AFTER_READY_HOURS) * HOUR, 'none'],
  ])('%s: %s', (_name, later, expected, age, remaining) => {
    const storage = new MemoryStorage();
    saveCoolingOff(storage, 'sku-1', 48, clockAt(T0));
    const state = readCoolingOff(storage, 'sku-1', clockAt(T0 + later));
    expect(state.state).toBe(expected);
    if (age !== undefined && 'age' in state) expect(state.age).toBe(age);
    if (remaining !== undefined && 'remaining' in state) expect(state.remaining).toBe(remaining);
    if (expected === 'none') expect(storage.map.size).toBe(0);
  });

  it('uses the store’s hours and restarts the clock when saved again', () => {
    const storage = new MemoryStorage();
    saveCoolingOff(storage, 'sku-1', 24, clockAt(T0));
    expect(readCoolingOff(storage, 'sku-1', clockAt(T0 + 24 * HOUR)).state).toBe('ready');
    saveCoolingOff(storage, 'sku-1', 24, clockAt(T0 + 24 * HOUR));
    expect(readCoolingOff(storage, 'sku-1', clockAt(T0 + 25 * HOUR))).toMatchObject({ state: 'cooling', remaining: 23 * HOUR });
  });

  it('forgets', () => {
    const storage = new MemoryStorage();
    saveCoolingOff(storage, 'sku-1', 48, clockAt(T0));
    expect(forgetCoolingOff(storage, 'sku-1')).toEqual({ state: 'none' });
    expect(readCoolingOff(storage, 'sku-1', clockAt(T0)).state).toBe('none');
  });

  it('keeps products apart', () => {
    const storage = new MemoryStorage();
    saveCoolingOff(storage, 'sku-1', 48, clockAt(T0));
    expect(readCoolingOff(storage, 'sku-2', clockAt(T0)).state).toBe('none');
  });

  it('remembers a notification request', () => {
    const storage = new MemoryStorage();
    saveCoolingOff(storage, 'sku-1', 48, clockAt(T0));
    const state = setCoolingOffNotify(storage, 'sku-1', true, clockAt(T0 + HOUR));
    expect('record' in state && state.record.notify).toBe(true);
    expect(setCoolingOffNotify(storage, 'sku-2', true, clockAt(T0)).state).toBe('none');
  });

  it.each<[string, StorageLike | undefined]>([
    ['storage that throws (private mode)', throwing],
    ['no storage at all', undefined],
    ['storage that silently keeps nothing', blackHole],
  ])('%s reports unavailable and never throws', (_name, storage) => {
    expect(saveCoolingOff(storage, 'sku-1', 48, clockAt(T0)).state).toBe('unavailable');
    if (storage !== blackHole) {
      expect(readCoolingOff(storage, 'sku-1', clockAt(T0)).state).toBe('unavailable');
      expect(forgetCoolingOff(storage, 'sku-1').state).toBe('unavailable');
    }
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ v: 2, savedAt: 1, readyAt: 2, expiresAt: 3 })],
    ['times out of order', JSON.stringify({ v: 1, savedAt: 5, readyAt: 2, expiresAt: 3 })],
    ['missing times', JSON.stringify({ v: 1, savedAt: 5 })],
    ['null', 'null'],
  ])('treats a record that is %s as absent and removes it', (_name, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(coolingOffKey('sku-1'), raw);
    expect(parseCoolingOffRecord(raw)).toBeUndefined();
    expect(readCoolingOff(storage, 'sku-1', clockAt(T0)).state).toBe('none');
    expect(storage.map.size).toBe(0);
  });

  it('sweeps expired records of every product and leaves other keys alone', () => {
    const storage = new MemoryStorage();
    saveCoolingOff(storage, 'old', 1, clockAt(T0 - 1000 * HOUR));
    saveCoolingOff(storage, 'new', 48, clockAt(T0));
    storage.setItem('candor:cooling-off:broken', 'x');
    storage.setItem('someone-else', 'keep');
    expect(sweepExpiredCoolingOff(storage, clockAt(T0))).toBe(2);
    expect([...storage.map.keys()].sort()).toEqual(['candor:cooling-off:new', 'someone-else']);
    expect(sweepExpiredCoolingOff(throwing, clockAt(T0))).toBe(0);
  });
});
