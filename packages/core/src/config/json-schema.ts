/**
 * The published JSON Schema (candor.schema.json): the structure from the same shapes the
 * validator reads, the documentation from schema-docs.ts.
 */
import { CONFIG_DOCS } from './schema-docs.js';
import { configShape } from './schema.js';
import type { JsonSchema } from './shape.js';

export const CONFIG_SCHEMA_ID = 'https://unpkg.com/@candor/core/candor.schema.json';

type Visit = (node: JsonSchema, path: string) => void;

/** Calls visit on every sub-schema with its docs path (`products.*.returns.rate`, `products.*.alternatives[].url`). */
export function walkSchema(node: JsonSchema, visit: Visit, path = ''): void {
  visit(node, path);
  const join = (key: string) => (path ? `${path}.${key}` : key);
  const properties = node['properties'] as Record<string, JsonSchema> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) walkSchema(child, visit, join(key));
  const additional = node['additionalProperties'];
  if (typeof additional === 'object' && additional !== null) walkSchema(additional as JsonSchema, visit, join('*'));
  const items = node['items'];
  if (typeof items === 'object' && items !== null) walkSchema(items as JsonSchema, visit, `${path}[]`);
}

export function configJsonSchema(): JsonSchema {
  const schema = configShape.jsonSchema();
  walkSchema(schema, (node, path) => {
    const doc = CONFIG_DOCS[path];
    if (doc !== undefined) node['description'] = doc;
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: CONFIG_SCHEMA_ID,
    title: 'Candor store config',
    ...schema,
  };
}
