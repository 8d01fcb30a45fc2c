/**
 * The honesty panel's cooling-off state: the record in the shopper's own storage, the timer that
 * turns "cooling" into "ready" while the page is open, and the notification the shopper asked
 * for. The panel renders `state` and `status` and sends the events; everything that touches
 * localStorage, the clock, timers or the Notification API is here (tests stub those globals).
 */
import {
  forgetCoolingOff,
  readCoolingOff,
  saveCoolingOff,
  setCoolingOffNotify,
  sweepExpiredCoolingOff,
  type Clock,
  type CoolingOffState,
  type StorageLike,
} from '@candor/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Longest delay setTimeout keeps (a longer one fires at once). */
const MAX_TIMER = 2_147_483_647;
/** At most this many storage keys are looked at by one sweep of expired records. */
const SWEEP_KEYS = 2000;

/** What the last button press did, for the panel's live region (a message key under `honesty.coolingOff.`). */
export type CoolingOffStatus = '' | 'saved' | 'forgotten' | 'notifyOn' | 'notifyDenied' | 'notifyUnavailable';

/** The part of the Notification API the controller uses (tests stub the global). */
interface NotificationApi {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): unknown;
}

function notifications(): NotificationApi | undefined {
  const api = (globalThis as { Notification?: NotificationApi }).Notification;
  return api && typeof api.requestPermission === 'function' ? api : undefined;
}

function storage(): StorageLike | undefined {
  try {
    // Reading the property itself throws where storage is disabled.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const now: Clock = () => Date.now();

let swept = false;

export class CoolingOffController implements ReactiveController {
  state: CoolingOffState = { state: 'none' };
  status: CoolingOffStatus = '';
  /** True only while the controller itself asks its host to render: the host knows nothing else changed. */
  requesting = false;
  private productId = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `notification()` gives the title and body of the "time is up" notification, in the panel's language. */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly isConnected: boolean },
    private readonly notification: () => { title: string; body: string },
  ) {
    host.addController(this);
  }

  /**
   * Call during each update with the product the panel offers to save ('' for none). Storage is
   * read synchronously when the product changes (or `again`), so the first paint already shows
   * the right state.
   */
  sync(productId: string, again = false): void {
    if (productId === this.productId && !again) return;
    this.productId = productId;
    if (productId) this.sweepOnce();
    this.state = productId ? readCoolingOff(storage(), productId, now) : { state: 'none' };
    this.status = '';
  }

  /** Saves the product for `hours`; the new state says whether storage took it. */
  save(hours: number): CoolingOffState {
    if (!this.productId) return this.state;
    const store = storage();
    this.state = saveCoolingOff(store, this.productId, hours, now);
    // Not in the task of the shopper's click, which should end with the "saved" it paints.
    if (store) whenIdle(() => sweepExpiredCoolingOff(store, now, SWEEP_KEYS));
    this.status = this.state.state === 'unavailable' ? '' : 'saved';
    this.render();
    return this.state;
  }

  forget(): CoolingOffState {
    if (!this.productId) return this.state;
    this.state = forgetCoolingOff(storage(), this.productId);
    this.status = this.state.state === 'unavailable' ? '' : 'forgotten';
    this.render();
    return this.state;
  }

  /** Only on the shopper's click: asks for permission, and says plainly when notifications cannot work. */
  async notify(): Promise<void> {
    if (!this.productId) return;
    const productId = this.productId;
    try {
      const api = notifications();
      if (!api) return this.setStatus('notifyUnavailable');
      const permission = api.permission === 'default' ? await api.requestPermission() : api.permission;
      if (permission !== 'granted') return this.setStatus('notifyDenied');
      this.state = setCoolingOffNotify(storage(), productId, true, now);
      this.setStatus('notifyOn');
    } catch {
      this.setStatus('notifyUnavailable');
    }
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Reads the record again when the cooling-off time ends while the page is open, notifying if asked. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const current = this.state;
    if (current.state !== 'cooling' || !this.host.isConnected) return;
    this.timer = setTimeout(
      () => {
        const next = readCoolingOff(storage(), this.productId, now);
        if (next.state === 'ready' && next.record.notify) this.showNotification();
        this.state = next;
        this.render();
      },
      Math.min(current.remaining + 50, MAX_TIMER),
    );
  }

  private showNotification(): void {
    try {
      const api = notifications();
      if (!api || api.permission !== 'granted') return;
      const { title, body } = this.notification();
      new api(title, { body, tag: `candor-cooling-off-${this.productId}` });
    } catch {
      // Some browsers only allow notifications from a service worker; the panel itself still says it.
    }
  }

  private setStatus(status: CoolingOffStatus): void {
    this.status = status;
    this.render();
  }

  private render(): void {
    this.requesting = true;
    try {
      this.host.requestUpdate();
    } finally {
      this.requesting = false;
    }
  }

  /**
   * Once per page, when the browser is idle, removes expired records of any product so nothing
   * lingers in storage. Not inside the first render: a storage of 20,000 keys took 636 ms to sweep.
   */
  private sweepOnce(): void {
    const store = storage();
    if (swept || !store) return;
    swept = true;
    whenIdle(() => sweepExpiredCoolingOff(store, now, SWEEP_KEYS));
  }
}

function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 10_000 });
  else setTimeout(work, 2000);
}
