/**
 * Runs `callback` once, the first time `element` is at least partly in the viewport (at once
 * where IntersectionObserver is missing). Returns a function that cancels it. Used for "shown"
 * analytics events, so a widget below the fold is not reported as seen.
 */
export function whenVisible(element: Element, callback: () => void): () => void {
  if (typeof IntersectionObserver !== 'function') {
    callback();
    return () => undefined;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      callback();
    }
  });
  observer.observe(element);
  return () => observer.disconnect();
}
