/**
 * Everything Candor reads from a product page's structured data, in one call: the graph of every
 * syntax, the product the page is about, its stated aggregate and its listed reviews, and every
 * problem with where and why (for one dev-mode message). Pure, so it is table-tested in node; the
 * elements read the DOM into `StructuredBlock`s and hand them here.
 */
import { buildGraph, textValue, type StructuredBlock } from './graph.js';
import { choosePageProduct, graphProductIds } from './page-product.js';
import { readPageRatings, type PageRatings, type PageRatingsOptions } from './page-ratings.js';

export interface PageReading extends PageRatings {
  /** The product chosen, or undefined with `unsure` saying why none was. */
  product?: { name?: string; ids: string[] };
  unsure?: string;
}

export interface ReadPageOptions extends PageRatingsOptions {
  productId?: string | undefined;
  /** The page's h1 and og:title, to recognise its main product. */
  headings?: readonly string[];
}

export function readPageStructuredData(blocks: readonly StructuredBlock[], options: ReadPageOptions = {}): PageReading {
  const graph = buildGraph(blocks);
  const choice = choosePageProduct(graph, { productId: options.productId, headings: options.headings ?? [] });
  if (!choice.nodes.length) return { reviews: [], problems: graph.problems, ...(choice.unsure ? { unsure: choice.unsure } : {}) };
  const ratings = readPageRatings(graph, choice.nodes, options);
  const first = choice.nodes[0]!;
  const name = textValue(graph, first, 'name');
  return {
    ...ratings,
    problems: [...graph.problems, ...ratings.problems],
    product: { ...(name ? { name } : {}), ids: [...new Set(choice.nodes.flatMap((node) => graphProductIds(graph, node)))] },
  };
}
