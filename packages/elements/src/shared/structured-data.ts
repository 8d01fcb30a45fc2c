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
    tag === 'a' || tag === 'area' || tag === 'link' ? 'href'
    : tag === 'img' || tag === 'audio' || tag === 'video' || tag === 'source' || tag === 'iframe' || tag === 'embed' || tag === 'track' ? 'src'
    : tag === 'object' ? 'data'
    : tag === 'data' || tag === 'meter' ? 'value'
    : tag === 'time' ? 'datetime'
    : undefined;
  const fromAttribute = attribute ? element.getAttribute(attribute) : null;
  return (fromAttribute ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

interface Syntax {
  /** Attribute naming an element's properties. */
  prop: string;
  /** Attribute that makes an element an item. */
  isItem: (element: Element) => boolean;
  item: (element: Element, depth: number) => GraphNode;
}

function collect(scope: Element, node: GraphNode, syntax: Syntax, depth: number): void {
  for (const child of scope.children) {
    const names = child.getAttribute(syntax.prop)?.trim();
    const item = syntax.isItem(child);
    if (names) {
      const value = item ? (depth < MAX_DEPTH ? syntax.item(child, depth + 1) : undefined) : valueOf(child);
      if (value !== undefined) for (const name of names.split(/\s+/)) add(node, name, value);
    }
    if (!item) collect(child, node, syntax, depth);
  }
}

const microdata: Syntax = {
  prop: 'itemprop',
  isItem: (element) => element.hasAttribute('itemscope'),
  item(element, depth) {
    const node: GraphNode = {};
    const type = element.getAttribute('itemtype')?.trim();
    if (type) node['@type'] = type.split(/\s+/);
    const id = element.getAttribute('itemid');
    if (id) node['@id'] = id;
    collect(element, node, microdata, depth);
    for (const ref of element.getAttribute('itemref')?.trim().split(/\s+/) ?? []) {
      const target = ref ? element.ownerDocument.getElementById(ref) : null;
      if (target && !target.contains(element)) collect({ children: [target] } as unknown as Element, node, microdata, depth + 1);
    }
    return node;
  },
};

const rdfa: Syntax = {
  prop: 'property',
  isItem: (element) => element.hasAttribute('typeof'),
  item(element, depth) {
    const node: GraphNode = {};
    const type = element.getAttribute('typeof')?.trim();
    if (type) node['@type'] = type.split(/\s+/);
    const id = element.getAttribute('resource') ?? element.getAttribute('about');
    if (id) node['@id'] = id;
    collect(element, node, rdfa, depth);
    return node;
  },
};

const top = (root: ParentNode, item: string, prop: string, syntax: Syntax): GraphNode[] =>
  [...root.querySelectorAll(`[${item}]:not([${prop}])`)].map((element) => syntax.item(element, 0));

const cache = new WeakMap<Document, readonly StructuredBlock[]>();
pageReadings.add(cache);

/** Every block of structured data on the page: one per JSON-LD script, then the microdata items, then the RDFa items. */
export function pageStructuredData(doc: Document = document): readonly StructuredBlock[] {
  let blocks = cache.get(doc);
  if (blocks) return blocks;
  const found: StructuredBlock[] = pageJsonLd(doc).map((data) => ({ syntax: 'json-ld', data }));
  const items = top(doc, 'itemscope', 'itemprop', microdata);
  if (items.length) found.push({ syntax: 'microdata', data: items });
  const described = top(doc, 'typeof', 'property', rdfa);
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
