'use client';
/**
 * The client half: hydrates the server-rendered widgets once React has hydrated the page, and
 * hands Candor's events to React props (React 19 wires no `on<event>` prop after hydrateRoot, so
 * listening is done here, on the document, where every Candor event bubbles to).
 */
import { useEffect, useRef, useState } from 'react';
import type { CandorEvents } from '@candor/elements';

type Handlers = { [N in keyof CandorEvents]?: (event: CandorEvents[N]) => void };

export function CandorHydrator({ config, on = {} }: { config: unknown; on?: Handlers }) {
  const handlers = useRef(on);
  handlers.current = on;
  useEffect(() => {
    const names = Object.keys(handlers.current) as (keyof CandorEvents)[];
    const listeners = names.map((name) => {
      const listener = (event: Event) => (handlers.current[name] as ((event: Event) => void) | undefined)?.(event);
      document.addEventListener(name, listener);
      return () => document.removeEventListener(name, listener);
    });
    let cancelled = false;
    // Loaded here, in the browser only: hydrate.js installs Lit's hydration support before Lit loads.
    void import('@candor/elements/hydrate.js')
      .then(({ hydrateCandor }) => (cancelled ? undefined : hydrateCandor({ config })))
      .then(() => {
        if (!cancelled) document.documentElement.dataset['candorHydrated'] = 'true';
      });
    return () => {
      cancelled = true;
      for (const stop of listeners) stop();
    };
  }, [config]);
  return null;
}

/** A line that reports the shopper's last Candor action, to show the events reach React state. */
export function CandorActivity({ config }: { config: unknown }) {
  const [last, setLast] = useState('none yet');
  return (
    <>
      <CandorHydrator
        config={config}
        on={{
          'candor-cooling-off-saved': (event) => setLast(`saved ${event.detail.productId} for later`),
          'candor-check-toggle': (event) =>
            setLast(`${event.detail.check} ${event.detail.applied ? 'on' : 'off'}: ${event.detail.adjustedAverage ?? 'no figure'}`),
        }}
      />
      <p role="status" id="candor-activity">
        Last action: {last}
      </p>
    </>
  );
}
