/**
 * The cooling-off controller without an element: a host that counts render requests, and in
 * place of the browser's globals a storage in a Map, a fake clock the test moves, an idle
 * callback the test runs, and a Notification API the test answers for.
 */
import type { StorageLike } from '@candor/core';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { CoolingOffController } from '../src/cooling-off-controller.js';

const HOUR = 3_600_000;

function memoryStorage(): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

function fakeNotifications(answer: NotificationPermission) {
  const shown: { title: string; options?: NotificationOptions }[] = [];
  const api = Object.assign(
    function Notification(title: string, options?: NotificationOptions) {
      shown.push({ title, ...(options ? { options } : {}) });
    },
    { permission: 'default' as NotificationPermission, requestPermission: vi.fn(async () => (api.permission = answer)) },
  );
  vi.stubGlobal('Notification', api);
  return { api, shown };
}

let storage: ReturnType<typeof memoryStorage>;
let host: {
  addController: Mock<(controller: unknown) => void>;
  requestUpdate: Mock<() => void>;
  removeController: () => void;
  updateComplete: Promise<boolean>;
  isConnected: boolean;
};
let idle: (() => void)[];

function controller(): CoolingOffController {
  return new CoolingOffController(host, () => ({ title: 'Time is up', body: 'Still want the boots?' }));
}
/** Moves the fake clock (Date.now and the timers) on. */
const advance = (ms: number) => vi.advanceTimersByTime(ms);

beforeEach(() => {
  vi.useFakeTimers({ now: Date.UTC(2026, 0, 10, 12) });
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('Notification', undefined);
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
  host = {
    addController: vi.fn<(controller: unknown) => void>(),
    requestUpdate: vi.fn<() => void>(),
    removeController: () => undefined,
    updateComplete: Promise.resolve(true),
    isConnected: true,
  };
  idle = [];
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('CoolingOffController', () => {
  it('sweeps expired records of other products once per page (the first product read), when idle', () => {
    const now = Date.now();
    storage.setItem(
      'candor:cooling-off:old',
      JSON.stringify({ v: 1, savedAt: now - 40 * 24 * HOUR, readyAt: now - 38 * 24 * HOUR, expiresAt: now - 24 * HOUR }),
    );
    const cooling = controller();
    cooling.sync('boot-1');
    controller().sync('boot-2');
    expect(idle).toHaveLength(1);
    expect(storage.map.has('candor:cooling-off:old')).toBe(true);
    idle[0]!();
    expect(storage.map.has('candor:cooling-off:old')).toBe(false);
  });
  it('registers with its host and reads nothing without a product', () => {
    const cooling = controller();
    expect(host.addController).toHaveBeenCalledWith(cooling);
    cooling.sync('');
    expect(cooling.state).toEqual({ state: 'none' });
    expect(cooling.save(48)).toEqual({ state: 'none' });
    expect(storage.map.size).toBe(0);
  });

  it('saves, reads the record back for the same product on a new page, and forgets it', () => {
    const cooling = controller();
    cooling.sync('boot-1');
    const saved = cooling.save(48);
    expect(saved.state).toBe('cooling');
    expect(cooling.status).toBe('saved');
    expect(host.requestUpdate).toHaveBeenCalled();
    expect([...storage.map.keys()]).toEqual(['candor:cooling-off:boot-1']);

    advance(47 * HOUR);
    const later = controller();
    later.sync('boot-1');
    expect(later.state).toMatchObject({ state: 'cooling', remaining: HOUR });
    expect(later.status).toBe('');

    expect(later.forget()).toEqual({ state: 'none' });
    expect(later.status).toBe('forgotten');
    expect(storage.map.size).toBe(0);
  });

  it('says "unavailable" (no status line) when storage refuses, and "full" when it is out of space', () => {
    storage.setItem = () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    };
    const cooling = controller();
    cooling.sync('boot-1');
    expect(cooling.save(48)).toEqual({ state: 'unavailable', reason: 'full' });
    expect(cooling.status).toBe('');
  });

  it('turns "cooling" into "ready" when the time ends while the page is open, with the notification asked for', async () => {
    const notifications = fakeNotifications('granted');
    const cooling = controller();
    cooling.sync('boot-1');
    cooling.save(2);
    await cooling.notify();
    expect(notifications.api.requestPermission).toHaveBeenCalledTimes(1);
    expect(cooling.status).toBe('notifyOn');
    cooling.hostUpdated(); // the host rendered: the timer is set from the state in force
    advance(2 * HOUR + 100);
    expect(cooling.state.state).toBe('ready');
    expect(notifications.shown).toEqual([
      { title: 'Time is up', options: { body: 'Still want the boots?', tag: 'candor-cooling-off-boot-1' } },
    ]);
  });

  it('sets no timer once the host has left the page, and clears one on disconnect', () => {
    const cooling = controller();
    cooling.sync('boot-1');
    cooling.save(2);
    cooling.hostUpdated();
    cooling.hostDisconnected();
    advance(3 * HOUR);
    expect(cooling.state.state).toBe('cooling');
    host.isConnected = false;
    cooling.hostUpdated();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says plainly when notifications are blocked or missing, and never asks without a click', async () => {
    const cooling = controller();
    cooling.sync('boot-1');
    cooling.save(48);
    await cooling.notify();
    expect(cooling.status).toBe('notifyUnavailable');
    const notifications = fakeNotifications('denied');
    expect(notifications.api.requestPermission).not.toHaveBeenCalled();
    await cooling.notify();
    expect(cooling.status).toBe('notifyDenied');
    expect(cooling.state.state === 'cooling' && cooling.state.record.notify === true).toBe(false);
  });
});
