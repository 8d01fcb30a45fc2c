/**
 * Finding schema.org Product nodes in parsed JSON-LD, as product pages really publish it: a single
 * object, an array of objects, an `@graph`, `@type` as a string or a list, full IRIs
 * ("http://schema.org/Product") and products nested under an `Offer`'s `itemOffered` or a
 * `ProductGroup`'s `hasVariant`.
 */

export type JsonLdNode = Record<string, unknown>;

const isNode = (value: unknown): value is JsonLdNode => typeof value === 'object' && value !== null && !Array.isArray(value);

/** True when the node's `@type` names the given schema.org type (short or full IRI form). */
export function hasType(node: JsonLdNode, type: string): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some(
    (value) =>
      typeof value === 'string' &&
      value
        .replace(/^https?:\/\/(?:www\.)?schema\.org\//i, '')
        .replace(/^schema:/i, '')
        .toLowerCase() === type.toLowerCase(),
  );
}

/** Every Product node, in document order, at any depth (bounded, so hostile input cannot recurse forever). */
export function findSchemaOrgProducts(jsonLd: unknown): JsonLdNode[] {
  const found: JsonLdNode[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 12 || seen.has(value)) return;
    if (Array.isArray(value)) {
      seen.add(value);
      value.forEach((item) => visit(item, depth + 1));
      return;
    }
    if (!isNode(value)) return;
    seen.add(value);
    if (hasType(value, 'Product') || hasType(value, 'ProductModel')) found.push(value);
    for (const [key, child] of Object.entries(value)) {
      if (key === '@context') continue;
      if (typeof child === 'object' && child !== null) visit(child, depth + 1);
    }
  };
  visit(jsonLd, 0);
  return found;
}

/** A node's property as a list, since JSON-LD allows one value or many. */
export function asList(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** The first plain text of a property that may be text, a number, or `{ "@value": ... }` / `{ name }`. */
export function textOf(value: unknown): string | undefined {
  for (const item of asList(value)) {
    if (typeof item === 'string' && item.trim()) return item.trim();
    if (typeof item === 'number') return String(item);
    if (isNode(item)) {
      const inner = item['@value'] ?? item['name'];
      if (typeof inner === 'string' && inner.trim()) return inner.trim();
    }
  }
  return undefined;
}

/** A number from a property that may be a number or numeric text ("89.00", or "89,00" with a decimal comma). */
export function numberOf(value: unknown): number | undefined {
  for (const item of asList(value)) {
    const raw = isNode(item) ? item['@value'] : item;
    const parsed =
      typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(raw) ? Number(raw.replace(',', '.')) : NaN;
    if (Number.isFinite(parsed)) return parsed;
  }
  return undefined;
}

export { isNode as isJsonLdNode };
