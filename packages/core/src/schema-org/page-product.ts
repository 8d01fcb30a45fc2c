/**
 * Which product a page is about. With a `product-id`, the product (or variant) whose sku, gtin,
 * mpn, productID, productGroupID, `@id` or url equals it. Without one, the page's main product:
 * never one reached through `isRelatedTo`, `isSimilarTo`, `isAccessoryOrSparePartFor`,
 * `isConsumableFor`, an offer or a list, nor a variant of a group; of what is left, the one whose
 * name matches the page's heading (h1 or og:title), else the only one at the top of the markup.
 * When it cannot tell, it chooses nothing and says why: the wrong product's rating is worse than none.
 */
import { isType, textValue, valuesOf, type GraphNode, type StructuredGraph } from './graph.js';

export const PRODUCT_TYPES = ['product', 'productgroup', 'productmodel', 'individualproduct', 'someproducts'] as const;
/** Properties through which a page names products that are not the one it is about. */
export const OTHER_PRODUCT_PROPERTIES = [
  'isrelatedto',
  'issimilarto',
  'isaccessoryorsparepartfor',
  'isconsumablefor',
  'offers',
  'itemoffered',
  'itemlistelement',
  'item',
  'hasvariant',
  'makesoffer',
] as const;
const ID_PROPERTIES = ['sku', 'gtin', 'gtin8', 'gtin12', 'gtin13', 'gtin14', 'mpn', 'productID', 'productGroupID', '@id', 'url'] as const;

export interface ProductChoice {
  /** The nodes that describe the chosen product (one per syntax or block that states it), or empty. */
  nodes: GraphNode[];
  /** Set when nothing was chosen: one sentence for the dev-mode console. */
  unsure?: string;
}

const isProduct = (node: GraphNode): boolean => isType(node, ...PRODUCT_TYPES);
const normalName = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** The ids a page gives a product. */
export function graphProductIds(graph: StructuredGraph, node: GraphNode): string[] {
  return ID_PROPERTIES.map((key) =>
    key === '@id' ? (typeof node['@id'] === 'string' ? node['@id'] : undefined) : textValue(graph, node, key),
  ).filter((id): id is string => id !== undefined && id !== '');
}

/** What makes two nodes the same product: the same node, the same sku or gtin, or (with neither) the same name. */
function identity(graph: StructuredGraph, node: GraphNode): string {
  const id = node['@id'];
  if (typeof id === 'string' && id) return `@id:${id}`;
  const code =
    textValue(graph, node, 'sku') ?? textValue(graph, node, 'gtin13') ?? textValue(graph, node, 'gtin') ?? textValue(graph, node, 'mpn');
  if (code) return `code:${code}`;
  const name = textValue(graph, node, 'name');
  return name ? `name:${normalName(name)}` : `node:${graph.nodes.indexOf(node)}`;
}

function groupsOf(graph: StructuredGraph, nodes: GraphNode[]): GraphNode[][] {
  const groups = new Map<string, GraphNode[]>();
  for (const node of nodes) {
    const key = identity(graph, node);
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  return [...groups.values()];
}

const reachedAsOther = (graph: StructuredGraph, node: GraphNode): boolean =>
  [...(graph.reachedVia.get(node) ?? [])].some((prop) => (OTHER_PRODUCT_PROPERTIES as readonly string[]).includes(prop)) ||
  valuesOf(graph, node, 'isVariantOf').length > 0;

export function choosePageProduct(
  graph: StructuredGraph,
  options: { productId?: string | undefined; headings?: readonly string[] } = {},
): ProductChoice {
  const products = graph.nodes.filter(isProduct);
  if (options.productId !== undefined) {
    const wanted = options.productId;
    const matched = products.filter((node) => graphProductIds(graph, node).includes(wanted));
    if (!matched.length)
      return { nodes: [], unsure: `no product on the page has the id "${wanted.slice(0, 80)}" (as sku, gtin, mpn, productID, @id or url)` };
    return { nodes: matched };
  }
  if (!products.length) return { nodes: [], unsure: 'the page has no schema.org Product markup' };
  const candidates = products.filter((node) => !reachedAsOther(graph, node));
  const groups = groupsOf(graph, candidates);
  if (groups.length === 1) return { nodes: groups[0]! };
  if (!groups.length)
    return {
      nodes: [],
      unsure: 'every product on the page is a related product, a variant or part of a list; set product-id to choose one',
    };
  const headings = (options.headings ?? []).map(normalName).filter((heading) => heading.length > 0);
  const named = (test: (name: string, heading: string) => boolean) =>
    groups.filter((group) =>
      group.some((node) => {
        const name = textValue(graph, node, 'name');
        return name !== undefined && headings.some((heading) => test(normalName(name), heading));
      }),
    );
  for (const test of [
    (name: string, heading: string) => name === heading,
    (name: string, heading: string) => name.length >= 3 && heading.includes(name),
  ]) {
    const found = named(test);
    if (found.length === 1) return { nodes: found[0]! };
  }
  const top = groups.filter((group) => group.some((node) => graph.topLevel.has(node)));
  if (top.length === 1) return { nodes: top[0]! };
  const names = groups
    .map((group) => textValue(graph, group[0]!, 'name') ?? '(no name)')
    .slice(0, 5)
    .map((name) => `"${name.slice(0, 60)}"`);
  return {
    nodes: [],
    unsure: `the page describes ${groups.length} products (${names.join(', ')}) and none matches its heading; set product-id to the sku, gtin or @id of this page's product`,
  };
}
