/**
 * Page-side code for the real-browser e2e tests: layout shifts without recent input, summed into
 * `window.__metrics.cls` with each shift's source nodes. `layoutShiftObserver(m)` is the statement
 * to put inside a page init script that already made `m`; `CLS_SCRIPT` is a whole init script.
 */
export const layoutShiftObserver = (metrics: string): string => `new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      ${metrics}.cls += entry.value;
      ${metrics}.shifts.push({ value: entry.value, sources: (entry.sources || []).map((s) => s.node && s.node.nodeName) });
    }
  }).observe({ type: 'layout-shift', buffered: true });`;

export const CLS_SCRIPT = `(() => {
  const m = { cls: 0, shifts: [] };
  Object.defineProperty(window, '__metrics', { value: m });
  ${layoutShiftObserver('m')}
})();`;
