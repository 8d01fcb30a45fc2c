/**
 * Console output for Candor elements. An element never throws into the host page; when
 * something is wrong it logs one clear message, once, and renders what it safely can.
 * Dev-mode warnings (unknown message keys, duplicate registration details) can be switched
 * off by the embed or an app with `setDevMode(false)`; errors about broken input always log.
 */
let devMode = true;

/** Switches dev-mode warnings on or off for every Candor element on the page. */
export function setDevMode(on: boolean): void {
  devMode = on;
}

export function isDevMode(): boolean {
  return devMode;
}

const PREFIX = '[candor]';
const logged = new Set<string>();

/** Logs `message` at most once per page for `key`. Returns true when it logged. */
export function logOnce(key: string, level: 'warn' | 'error', message: string): boolean {
  if (logged.has(key)) return false;
  logged.add(key);
  console[level](`${PREFIX} ${message}`);
  return true;
}

/** A dev-mode warning, once per key; nothing at all when dev mode is off. */
export function devWarn(key: string, message: string): boolean {
  return devMode ? logOnce(key, 'warn', message) : false;
}

/** Forgets what was logged (tests only). */
export function resetLogOnce(): void {
  logged.clear();
}

/** Short description of an element for messages: `<candor-honesty-panel product-id="sku-1">`. */
export function describeElement(element: Element): string {
  const id = element.getAttribute('product-id');
  return `<${element.localName}${id !== null ? ` product-id="${id.slice(0, 64)}"` : ''}>`;
}
