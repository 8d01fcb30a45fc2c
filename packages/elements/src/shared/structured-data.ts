/**
 * The page's schema.org statements in all three syntaxes, read with the DOM into the node shape
 * the core reader takes (`@type`, `@id`, properties): the JSON-LD scripts (as json-ld.ts parsed
 * them), microdata (`itemscope` / `itemtype` / `itemprop` / `itemid` / `itemref`) and RDFa Lite
 * (`vocab` / `typeof` / `property` / `resource`). Values follow the microdata rules: `content`
 * first, then `href` / `src` / `data` / `value` (so a `<meter>` gives its value) / `datetime`, else
 * the text. Loaded only with the page-review reader, so pages with other sources never pay for it.
 */
import type { GraphNode, StructuredBlock } from '@candor/core';
import { pageJsonLd, pageReadings } from './json-ld.js';

const MAX_DEPTH = 16;
const SCHEMA_PREFIX = /^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i;
const shortName = (name: string): string => name.replace(SCHEMA_PREFIX, '');

function add(node: GraphNode, name: string, value: unknown): void {
  const key = shortName(name);
  if (!key || key.startsWith('@')) return;
  const old = node[key];
  node[key] = old === undefined ? value : Array.isArray(old) ? [...old, value] : [old, value];
}

/** A property's value by the microdata rules (RDFa Lite reads the same attributes). */
function valueOf(element: Element): string {
  const content = element.getAttribute('content');
  if (content !== null) return content;
  const tag = element.localName;
  const attribute =
    tag === 'a' || tag === 'area' || tag === 'link'
      ? 'href'
      : tag === 'img' || tag === 'audio' || tag === 'video' || tag === 'source' || tag === 'iframe' || tag === 'embed' || tag === 'track'
        ? 'src'
        : tag === 'object'
          ? 'data'
          : tag === 'data' || tag === 'meter'
            ? 'value'
            : tag === 'time'
              ? 'datetime'
              : undefined;
  const fromAttribute = attribute ? element.getAttribute(attribute) : null;
  return (fromAttribute ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Which attributes a syntax uses for items, their types, ids and properties. */
interface Syntax {
  /** Attribute that makes an element an item, and names its types. */
  item: string;
  type: string;
  /** Attributes that give the item an id, first found wins. */
  ids: readonly string[];
  /** Attribute naming an element's properties. */
  prop: string;
  /** Attribute listing the ids of further elements whose properties belong to the item (microdata's itemref). */
  ref?: string;
}

const microdata: Syntax = { item: 'itemscope', type: 'itemtype', ids: ['itemid'], prop: 'itemprop', ref: 'itemref' };
const rdfa: Syntax = { item: 'typeof', type: 'typeof', ids: ['resource', 'about'], prop: 'property' };

function itemOf(element: Element, syntax: Syntax, depth: number): GraphNode {
  const node: GraphNode = {};
  const type = element.getAttribute(syntax.type)?.trim();
  if (type) node['@type'] = type.split(/\s+/);
  const id = syntax.ids.map((name) => element.getAttribute(name)).find((value) => value);
  if (id) node['@id'] = id;
  collect(element.children, node, syntax, depth);
  for (const ref of (syntax.ref && element.getAttribute(syntax.ref)?.trim().split(/\s+/)) || []) {
    const target = ref ? element.ownerDocument.getElementById(ref) : null;
    if (target && !target.contains(element)) collect([target], node, syntax, depth + 1);
  }
  return node;
}

function collect(elements: Iterable<Element>, node: GraphNode, syntax: Syntax, depth: number): void {
  for (const child of elements) {
    const names = child.getAttribute(syntax.prop)?.trim();
    const item = child.hasAttribute(syntax.item);
    if (names) {
      const value = item ? (depth < MAX_DEPTH ? itemOf(child, syntax, depth + 1) : undefined) : valueOf(child);
      if (value !== undefined) for (const name of names.split(/\s+/)) add(node, name, value);
    }
    if (!item) collect(child.children, node, syntax, depth);
  }
}

/** The items not themselves a property of another item. */
const top = (root: ParentNode, syntax: Syntax): GraphNode[] =>
  [...root.querySelectorAll(`[${syntax.item}]:not([${syntax.prop}])`)].map((element) => itemOf(element, syntax, 0));

const cache = new WeakMap<Document, readonly StructuredBlock[]>();
pageReadings.add(cache);

/** Every block of structured data on the page: one per JSON-LD script, then the microdata items, then the RDFa items. */
export function pageStructuredData(doc: Document = document): readonly StructuredBlock[] {
  let blocks = cache.get(doc);
  if (blocks) return blocks;
  const found: StructuredBlock[] = pageJsonLd(doc).map((data) => ({ syntax: 'json-ld', data }));
  const items = top(doc, microdata);
  if (items.length) found.push({ syntax: 'microdata', data: items });
  const described = top(doc, rdfa);
  if (described.length) found.push({ syntax: 'rdfa', data: described });
  cache.set(doc, (blocks = found));
  return blocks;
}

/** The page's own name for its product: the first h1 and og:title. */
export function pageHeadings(doc: Document = document): string[] {
  const h1 = doc.querySelector('h1')?.textContent ?? '';
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  return [h1, og].map((text) => text.trim()).filter(Boolean);
}
