/**
 * `data-candor` hosts, for CMSs that strip unknown tags: a chunk of its own, loaded by the first
 * such host, so pages that use the widgets' own tags never download it.
 */
import { WIDGET_ATTRIBUTES } from '../../elements/src/widget-attributes.js';
import type { Warning } from './dev-warnings.js';

/**
 * The real element goes inside the host, with the host's `data-<name>` copied as `<name>` for the
 * names the widget documents, and nothing else: a `data-onfocus` or `data-style` (which sanitisers
 * keep) never becomes a handler or a style attribute. Dev mode names what was left out. Returns
 * the element, or undefined (with a dev warning) when `name` is not a Candor widget.
 */
export function mount(host: Element, name: string, warn: (code: Warning, ...details: string[]) => void): Element | undefined {
  const documented: readonly string[] | undefined = WIDGET_ATTRIBUTES[name as keyof typeof WIDGET_ATTRIBUTES];
  if (!documented) {
    warn('notWidget', name, Object.keys(WIDGET_ATTRIBUTES).join(', '));
    return undefined;
  }
  const tag = `candor-${name}`;
  let element = host.querySelector(`:scope>${tag}`);
  if (!element) {
    element = document.createElement(tag);
    const ignored: string[] = [];
    for (const { name: attribute, value } of host.attributes) {
      if (!attribute.startsWith('data-') || attribute == 'data-candor') continue;
      if (attribute == 'data-load') element.setAttribute(attribute, value);
      else if (documented.includes(attribute.slice(5))) element.setAttribute(attribute.slice(5), value);
      else ignored.push(attribute);
    }
    if (ignored.length) warn('ignored', name, ignored.join(', '), documented.join(', data-'));
    // The host's fallback content stays visible inside the element until the widget renders.
    element.append(...host.childNodes);
    host.append(element);
  }
  return element;
}
