/**
 * "Shown" analytics: an event fires once per thing shown, the first time the element is at least
 * partly in the viewport (at once where IntersectionObserver is missing), so a widget below the
 * fold is not reported as seen. Removed from the page before it was seen, the element is armed
 * again when it comes back; once reported, the same thing is not reported again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ShownOnceController implements ReactiveController {
  private armed: unknown;
  private emitted: unknown;
  private observer: IntersectionObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /**
   * Call after each update with what is shown now (`undefined`: nothing worth reporting yet). A new
   * `key` (compared with ===) waits for visibility and then calls `emit` once.
   */
  arm(key: unknown, emit: () => void): void {
    if (key === undefined || key === this.armed || !this.host.isConnected) return;
    this.armed = key;
    this.hostDisconnected();
    const shown = () => {
      this.emitted = key;
      emit();
    };
    if (typeof IntersectionObserver !== 'function') return shown();
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.hostDisconnected();
      shown();
    });
    this.observer.observe(this.host);
  }

  hostConnected(): void {
    if (this.armed === this.emitted) return;
    this.armed = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
