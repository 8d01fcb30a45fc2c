/**
 * One graph of the page's schema.org statements, whatever syntax wrote them: JSON-LD blocks as
 * parsed, and microdata and RDFa Lite items read from the DOM into the same node shape (`@type`,
 * `@id`, properties as values or lists). Here `@graph` is flattened, `@id` references are resolved,
 * nodes that share an `@id` are one node (except reviews: two reviews with one id are two reviews,
 * reported), and every edge remembers the property that made it, so a product reached through
 * `isRelatedTo` or an offer list is never mistaken for the page's own.
 */

export const STRUCTURED_SYNTAXES = ['json-ld', 'microdata', 'rdfa'] as const;
export type StructuredSyntax = (typeof STRUCTURED_SYNTAXES)[number];

/** One block of structured data: a parsed JSON-LD script, or the items one syntax holds. */
export interface StructuredBlock {
  syntax: StructuredSyntax;
  data: unknown;
}

export type GraphNode = Record<string, unknown>;

export interface StructuredGraph {
  /** Every node, in document order (JSON-LD blocks first, as given). */
  nodes: GraphNode[];
  /** Nodes at the top of a block or of its `@graph`. */
  topLevel: Set<GraphNode>;
  syntaxOf: Map<GraphNode, StructuredSyntax>;
  /** Names (lower case) of the properties through which each node was reached. */
  reachedVia: Map<GraphNode, Set<string>>;
  /** Where a problem was found and what it is (for dev-mode messages). */
  problems: { at: string; reason: string }[];
  byId: Map<string, GraphNode>;
  /** Further nodes stating more about an `@id` already in `byId`. */
  aliases: Map<GraphNode, GraphNode[]>;
}

const MAX_DEPTH = 24;
const MAX_NODES = 5000;

export const isGraphNode = (value: unknown): value is GraphNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property as a list, since every syntax allows one value or many. */
export const listOf = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** The node's types as short lower-case names: "https://schema.org/Product", "schema:product" and "Product" are all "product". */
export function typesOf(node: GraphNode): string[] {
  return listOf(node['@type']).flatMap((type) =>
    typeof type === 'string'
      ? type
          .split(/\s+/)
          .filter(Boolean)
          .map((one) => one.replace(/^(?:https?:\/\/(?:www\.)?schema\.org\/|schema:)/i, '').toLowerCase())
      : [],
  );
}

export function isType(node: GraphNode, ...types: string[]): boolean {
  return typesOf(node).some((type) => types.includes(type));
}

const isReference = (node: GraphNode): boolean =>
  typeof node['@id'] === 'string' && Object.keys(node).every((key) => key === '@id' || key === '@type');

export function buildGraph(blocks: readonly StructuredBlock[]): StructuredGraph {
  const graph: StructuredGraph = {
    nodes: [],
    topLevel: new Set(),
    syntaxOf: new Map(),
    reachedVia: new Map(),
    problems: [],
    byId: new Map(),
    aliases: new Map(),
  };
  const edges: { prop: string; to: GraphNode }[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, syntax: StructuredSyntax, depth: number, prop: string | undefined, at: string): void => {
    if (depth > MAX_DEPTH || graph.nodes.length >= MAX_NODES) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, syntax, depth + 1, prop, `${at}[${index}]`));
      return;
    }
    if (!isGraphNode(value) || seen.has(value)) {
      if (isGraphNode(value) && prop) edges.push({ prop, to: value });
      return;
    }
    seen.add(value);
    if (prop) edges.push({ prop: prop.toLowerCase(), to: value });
    const inner = value['@graph'];
    const isContainer = inner !== undefined && value['@type'] === undefined;
    if (!isContainer && !isReference(value)) {
      graph.nodes.push(value);
      graph.syntaxOf.set(value, syntax);
      if (prop === undefined) graph.topLevel.add(value);
      const id = value['@id'];
      if (typeof id === 'string' && id) {
        const first = graph.byId.get(id);
        if (!first) graph.byId.set(id, value);
        else if (isType(value, 'review') && isType(first, 'review')) {
          graph.problems.push({ at, reason: `two reviews share the @id "${id.slice(0, 120)}"; both are kept as separate reviews` });
        } else {
          graph.aliases.set(first, [...(graph.aliases.get(first) ?? []), value]);
        }
      }
    }
    if (inner !== undefined) visit(inner, syntax, depth + 1, undefined, `${at}.@graph`);
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith('@')) continue;
      if (typeof child === 'object' && child !== null) visit(child, syntax, depth + 1, key, `${at}.${key}`);
    }
  };
  blocks.forEach((block, index) => visit(block.data, block.syntax, 0, undefined, `${block.syntax}#${index + 1}`));
  for (const edge of edges) {
    const target = resolveNode(graph, edge.to);
    if (!target) continue;
    let via = graph.reachedVia.get(target);
    if (!via) graph.reachedVia.set(target, (via = new Set()));
    via.add(edge.prop);
  }
  return graph;
}

/** The node a value stands for: a reference `{ "@id": ... }` (or an id string where a node is expected) becomes the node with that id. */
export function resolveNode(graph: StructuredGraph, value: unknown): GraphNode | undefined {
  if (typeof value === 'string') return graph.byId.get(value);
  if (!isGraphNode(value)) return undefined;
  const id = value['@id'];
  if (typeof id === 'string') {
    const known = graph.byId.get(id);
    if (known && (isReference(value) || !(isType(value, 'review') && isType(known, 'review')))) return known;
  }
  return isReference(value) ? undefined : value;
}

/** Every value of a property, across every node that states something about the same `@id`, references resolved. */
export function valuesOf(graph: StructuredGraph, node: GraphNode, prop: string): unknown[] {
  const out: unknown[] = [];
  for (const source of [node, ...(graph.aliases.get(node) ?? [])]) {
    for (const value of listOf(source[prop])) out.push(isGraphNode(value) ? (resolveNode(graph, value) ?? value) : value);
  }
  return out;
}

/** The first plain text of a property: text, a number, `{ "@value": ... }` or a node's `name`. */
export function textValue(graph: StructuredGraph, node: GraphNode, prop: string): string | undefined {
  for (const value of valuesOf(graph, node, prop)) {
    if (typeof value === 'string' && value.trim()) return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (isGraphNode(value)) {
      const inner = value['@value'] ?? value['name'];
      if (typeof inner === 'string' && inner.trim()) return inner.trim();
      if (typeof inner === 'number') return String(inner);
    }
  }
  return undefined;
}

/** The raw value to read a number from: the value itself, or a `{ "@value": ... }`. */
export function scalarValue(graph: StructuredGraph, node: GraphNode, prop: string): unknown {
  for (const value of valuesOf(graph, node, prop)) {
    const raw = isGraphNode(value) ? value['@value'] : value;
    if (typeof raw === 'number' || (typeof raw === 'string' && raw.trim())) return raw;
  }
  return undefined;
}
