/**
 * Whether the strings of an element's language are here yet. A widget's English ships with its
 * code and every other language loads on demand (lazy-messages.ts); until it arrives the widget
 * shows its loading state, and `updateComplete` resolves only after the element has rendered in
 * its own language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LazyCatalogue } from './lazy-messages.js';

export class LocaleController implements ReactiveController {
  /** False while the strings of the last checked locale are on their way. */
  ready = true;
  /** Settles when the strings being loaded have arrived (the host then renders again). */
  pending: Promise<void> | undefined;
  private resolve: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Call in each update with the host's catalogues and locale; starts loading what is missing. */
  check(locales: LazyCatalogue | undefined, locale: string): boolean {
    this.ready =
      !locales ||
      locales.ready(locale, () => {
        const resolve = this.resolve;
        this.pending = this.resolve = undefined;
        this.host.requestUpdate();
        resolve?.();
      });
    if (!this.ready) this.pending ??= new Promise((resolve) => (this.resolve = resolve));
    return this.ready;
  }
  /** Nothing to do on connection: the strings, once loaded, serve every element. */
  declare readonly hostConnected?: () => void;
}
