/**
 * `candor render --stylesheets <url>`: each widget's styles as a stylesheet file the page links,
 * instead of inline `<style>` elements in its declarative shadow root. A page whose CSP has no
 * 'unsafe-inline' in style-src (the strict policy the embed README documents:
 * `style-src 'self'`) refuses inline styles, so a server-rendered widget showed as unstyled text
 * until its script adopted its styles, and each refused `<style>` was a console error; a
 * stylesheet from the store's own origin (or a host the policy lists) is allowed.
 *
 * One file per widget (its own styles, the config's theme and the rendering rules `candor render`
 * adds), the same for every product and locale; its name carries a hash of its content, so a
 * store can cache it for ever and a new version of Candor or a new theme gets a new name.
 */
import { createHash } from 'node:crypto';

const SHADOW_ROOT = 'shadowrootmode="open">';

export interface LinkedStyles {
  /** The widget's HTML with one `<link rel="stylesheet">` where its `<style>` elements were. */
  markup: string;
  /** The stylesheet's file name, e.g. `candor-panel.3f2a9c1b7e.css`. */
  file: string;
  css: string;
}

/** Moves the `<style>` elements at the start of `markup`'s declarative shadow root into a linked file under `baseUrl`. */
export function linkStyles(markup: string, widget: string, baseUrl: string): LinkedStyles {
  const open = markup.indexOf(SHADOW_ROOT);
  if (open < 0) throw new Error(`the server render of the ${widget} has no declarative shadow root`);
  const start = open + SHADOW_ROOT.length;
  const styles = /^(?:<style>[^]*?<\/style>)+/.exec(markup.slice(start))?.[0];
  if (!styles) throw new Error(`the server render of the ${widget} has no styles at the start of its shadow root`);
  const css = [...styles.matchAll(/<style>([^]*?)<\/style>/g)].map((match) => match[1]!.trim()).join('\n');
  const file = `candor-${widget}.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
  const href = `${baseUrl.replace(/\/?$/, '/')}${file}`;
  return {
    markup: `${markup.slice(0, start)}<link rel="stylesheet" href="${escapeAttribute(href)}">${markup.slice(start + styles.length)}`,
    file,
    css,
  };
}

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
