/** The published JSON Schema (candor.schema.json), made from the same shapes the validator reads. */
import { configShape } from './schema.js';
import type { JsonSchema } from './shape.js';

export const CONFIG_SCHEMA_ID = 'https://unpkg.com/@candor/core/candor.schema.json';

export function configJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: CONFIG_SCHEMA_ID,
    title: 'Candor store config',
    ...configShape.jsonSchema(),
  };
}
