/**
 * Web vitals for a store that wants to prove Candor costs nothing (`data-vitals` on the script
 * tag; a lazy chunk, never loaded without it). Each CLS, LCP and INP report from web-vitals is
 * dispatched on `document` as a `candor-vitals` event, with whether any layout shift so far came
 * from a Candor element:
 * - a Candor element changed its size in the same frame and sits before (or around) a shifted
 *   node, so its growth is what pushed the node; or
 * - a shifted node is inside a Candor element (its shadow DOM included) while the element itself
 *   did not move: the widget rearranged its own content.
 * A Candor element that is merely pushed by something else is not Candor's shift.
 * `data-vitals="all"` reports every change (web-vitals' reportAllChanges), for debugging and tests.
 */
import { onCLS, onINP, onLCP, type Metric } from 'web-vitals';

export interface CandorVitalsDetail {
  readonly name: 'CLS' | 'LCP' | 'INP';
  readonly value: number;
  readonly delta: number;
  readonly rating: Metric['rating'];
  readonly id: string;
  /** True once any layout shift on this page was caused by a Candor element. */
  readonly candorShift: boolean;
  /** The part of CLS (sum of shift scores, before session windowing) caused by Candor elements. */
  readonly candorShiftValue: number;
}

declare global {
  interface DocumentEventMap {
    'candor-vitals': CustomEvent<CandorVitalsDetail>;
  }
}

/** The Layout Instability API entry (not in TypeScript's DOM library yet). */
interface LayoutShift extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
  readonly sources: ReadonlyArray<{ readonly node: Node | null }>;
}

/** A size change and a layout shift this close together (ms) belong to the same frame. */
const SAME_FRAME_MS = 100;

let selector = '';
let candorShift = false;
let candorShiftValue = 0;
const tracked = new Set<Element>();
const sizes = new WeakMap<Element, number>();
const resizedAt = new WeakMap<Element, number>();

const resizes =
  typeof ResizeObserver == 'function'
    ? new ResizeObserver((entries) => {
        const now = performance.now();
        for (const entry of entries) {
          const size = entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height;
          const before = sizes.get(entry.target);
          sizes.set(entry.target, size);
          if (before !== undefined && before !== size) resizedAt.set(entry.target, now);
        }
      })
    : undefined;

/** Called by the loader for every mount point it finds. */
export function track(element: Element): void {
  if (tracked.has(element)) return;
  tracked.add(element);
  resizes?.observe(element);
}

/** The Candor element strictly around `node` (crossing shadow roots), if any. */
function candorAround(node: Node): Element | undefined {
  for (let at: Node | null = node.parentNode; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (at instanceof Element && at.matches(selector)) return at;
  }
  return undefined;
}

function causedByCandor(entry: LayoutShift): boolean {
  const nodes = entry.sources.map((source) => source.node).filter((node): node is Node => !!node);
  if (
    nodes.some((node) => {
      const host = candorAround(node);
      return !!host && !nodes.includes(host);
    })
  )
    return true;
  for (const element of tracked) {
    if (!element.isConnected) {
      tracked.delete(element);
      resizes?.unobserve(element);
      continue;
    }
    const at = resizedAt.get(element);
    if (at === undefined || Math.abs(at - entry.startTime) > SAME_FRAME_MS) continue;
    // Following or inside it in document order: its new size moved those nodes.
    if (
      nodes.some((node) => element.compareDocumentPosition(node) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY))
    )
      return true;
  }
  return false;
}

export function startVitals(reportAllChanges: boolean, candorSelector: string): void {
  selector = candorSelector;
  document.querySelectorAll(selector).forEach(track);
  // Registered before web-vitals' own observer, so each CLS report already counts its shift.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) {
        if (entry.hadRecentInput || !causedByCandor(entry)) continue;
        candorShift = true;
        candorShiftValue += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    // No Layout Instability API (Firefox, Safari): CLS is not reported there either.
  }
  const send = ({ name, value, delta, rating, id }: Metric): void => {
    const detail: CandorVitalsDetail = Object.freeze({
      name: name as CandorVitalsDetail['name'],
      value,
      delta,
      rating,
      id,
      candorShift,
      candorShiftValue,
    });
    document.dispatchEvent(new CustomEvent('candor-vitals', { detail }));
  };
  onCLS(send, { reportAllChanges });
  onLCP(send, { reportAllChanges });
  onINP(send, { reportAllChanges });
}
