/**
 * Presses on a server-rendered widget's controls that land before it has hydrated (its chunk still
 * on the way), kept and made to take effect once it has: until then its buttons have no listeners,
 * and a press would do nothing.
 *
 * - A button (expand, save for later) pressed before hydration is pressed once after it, however
 *   many times the shopper pressed it while nothing happened: the press did nothing visible, so a
 *   second one repeats the same wish, and it must not save twice or expand and collapse again.
 * - A check switch (a checkbox) toggles at once as any checkbox does, so the shopper sees each
 *   press; after hydration it is pressed once if the shopper left it in another state than the
 *   hydrated widget's, so two presses end where they began.
 * - Keyboard presses are included: Enter and Space on a button or a checkbox fire `click`.
 * The controls are the server's own nodes, which hydration keeps, so focus stays where it was.
 * Where the widget rendered afresh instead (HTML from another version), the control at the same
 * place takes the press, and focus if the shopper's was lost with the old one.
 */
const CONTROLS = 'button, input[type="checkbox"]';

type Lit = HTMLElement & { hasUpdated?: boolean; updateComplete?: Promise<unknown> };

/** A control pressed before hydration: its place among the widget's controls, and a checkbox's state after the last press. */
interface Press {
  index: number;
  checked?: boolean;
}

/** Per widget, the controls pressed before it hydrated. */
const pressed = new WeakMap<HTMLElement, Map<Element, Press>>();

function onPress(event: Event): void {
  const host = event.currentTarget as Lit;
  // Hydrated: the control's own listener has the press.
  if (host.hasUpdated) return;
  const root = host.shadowRoot;
  const control = event.composedPath().find((node): node is Element => node instanceof Element && node.matches(CONTROLS));
  if (!root || !control || control.getRootNode() !== root) return;
  // A button's press waits for the widget; a checkbox keeps its native toggle (see above).
  if (control.localName === 'button') event.preventDefault();
  const controls = pressed.get(host) ?? new Map<Element, Press>();
  pressed.set(host, controls);
  const press = controls.get(control) ?? { index: [...root.querySelectorAll(CONTROLS)].indexOf(control) };
  // Read now: hydration renders the server's state into the box again.
  if (control instanceof HTMLInputElement) press.checked = control.checked;
  controls.set(control, press);
}

/** Keeps the presses on `element`'s controls until `replayPresses` is called for it. */
export function holdPresses(element: HTMLElement): void {
  element.addEventListener('click', onPress, true);
}

/** After `element` has hydrated: each control pressed before takes its press, once. */
export async function replayPresses(element: HTMLElement): Promise<void> {
  await (element as Lit).updateComplete;
  element.removeEventListener('click', onPress, true);
  const controls = pressed.get(element);
  pressed.delete(element);
  const root = element.shadowRoot;
  if (!controls || !root) return;
  for (const [control, { index, checked }] of controls) {
    const target = control.isConnected ? control : root.querySelectorAll(CONTROLS)[index];
    if (!(target instanceof HTMLElement)) continue;
    if (target !== control && document.activeElement === document.body) target.focus({ preventScroll: true });
    if (!(target instanceof HTMLInputElement)) target.click();
    else if (checked !== undefined && checked !== target.checked) target.click();
  }
}
