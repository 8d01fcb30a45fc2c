/**
 * The published JSON Schema (candor.schema.json): the structure from the same shapes the
 * validator reads, the documentation from schema-docs.ts.
 */
import { CONFIG_DOCS } from './schema-docs.js';
import { configShape } from './schema.js';
import type { AnyShape, JsonSchema } from './shape.js';

export const CONFIG_SCHEMA_ID = 'https://unpkg.com/@candor/core/candor.schema.json';

/** The JSON Schema (draft 2020-12) fragment of one shape, from what the shape was made from. */
export function shapeJsonSchema(shape: AnyShape): JsonSchema {
  const source = shape.source;
  switch (source.kind) {
    case 'string': {
      const { minLength = 0, maxLength, pattern } = source.options;
      return {
        type: 'string',
        ...(minLength > 0 ? { minLength } : {}),
        ...(maxLength !== undefined ? { maxLength } : {}),
        ...(pattern ? { pattern: pattern.source } : {}),
      };
    }
    case 'number': {
      const { min, max, integer = false } = source.options;
      return {
        type: integer ? 'integer' : 'number',
        ...(min !== undefined ? { minimum: min } : {}),
        ...(max !== undefined ? { maximum: max } : {}),
      };
    }
    case 'boolean':
      return { type: 'boolean' };
    case 'oneOf':
      return { enum: [...source.values] };
    case 'defaulted': {
      const schema = shapeJsonSchema(source.shape);
      const { fallback } = source;
      const isEmptyObject = typeof fallback === 'object' && fallback !== null && Object.keys(fallback).length === 0;
      return isEmptyObject ? schema : { ...schema, default: fallback };
    }
    case 'array': {
      const { minItems = 0, maxItems } = source.options;
      return {
        type: 'array',
        items: shapeJsonSchema(source.item),
        ...(minItems > 0 ? { minItems } : {}),
        ...(maxItems !== undefined ? { maxItems } : {}),
      };
    }
    case 'object': {
      const { props } = source;
      const ignored = source.options.ignoredKeys ?? [];
      return {
        type: 'object',
        properties: {
          ...Object.fromEntries(ignored.map((key) => [key, { type: 'string' }])),
          ...Object.fromEntries(Object.entries(props).map(([key, shape]) => [key, shapeJsonSchema(shape)])),
        },
        required: Object.entries(props)
          .filter(([, shape]) => !shape.inOptional)
          .map(([key]) => key),
        additionalProperties: false,
      };
    }
    case 'record': {
      const { keyPattern, maxKeys } = source.options;
      return {
        type: 'object',
        propertyNames: { pattern: keyPattern.source },
        additionalProperties: shapeJsonSchema(source.value),
        ...(maxKeys !== undefined ? { maxProperties: maxKeys } : {}),
      };
    }
  }
}

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
  const schema = shapeJsonSchema(configShape);
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
