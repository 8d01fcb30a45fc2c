/**
 * The published JSON Schema checked by a standard validator (ajv, draft 2020-12) on the same cases
 * as Candor's own validator, and on every example config in the repo: types, validator and schema
 * cannot drift apart unnoticed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { configJsonSchema, configShape, validateConfig } from '../../src/index.js';
import { shapeJsonSchema, walkSchema } from '../../src/config/json-schema.js';
import { CONFIG_DOCS } from '../../src/config/schema-docs.js';
import { invalidCases, validCases } from './cases.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaValidates = ajv.compile(configJsonSchema());

function exampleConfigs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(full).isDirectory()) return exampleConfigs(full);
    return /(^|\.)candor\.json$/.test(name) ? [full] : [];
  });
}

describe('candor.schema.json', () => {
  it('is the file the build publishes, unchanged (run `pnpm build` after editing the shapes)', () => {
    const published = JSON.parse(readFileSync(join(repo, 'packages/core/candor.schema.json'), 'utf8'));
    expect(published).toEqual(configJsonSchema());
  });

  it.each(validCases)('accepts $name', ({ config }) => {
    expect(schemaValidates(config), JSON.stringify(schemaValidates.errors)).toBe(true);
  });

  it.each(invalidCases.filter((c) => c.schemaRejects !== false))('refuses $name', ({ config }) => {
    expect(schemaValidates(config)).toBe(false);
  });

  it('documents the keys a store author sees in an editor', () => {
    const schema = configJsonSchema() as { properties: Record<string, { description?: string }> };
    for (const section of ['store', 'reviews', 'honesty', 'products', 'theme', 'messages']) {
      expect(schema.properties[section]?.description, section).toBeTruthy();
    }
  });
});

describe('example configs', () => {
  const files = exampleConfigs(join(repo, 'examples'));

  it('exist', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files.map((file) => [file.slice(repo.length), file]))('%s is valid for Candor and for the JSON Schema', (_, file) => {
    const config = JSON.parse(readFileSync(file, 'utf8'));
    const ours = validateConfig(config);
    expect(ours.issues).toEqual([]);
    expect(schemaValidates(config), JSON.stringify(schemaValidates.errors)).toBe(true);
  });
});

describe('schema docs', () => {
  it('document only keys that exist, so a renamed key cannot leave its doc behind', () => {
    const paths = new Set<string>();
    walkSchema(shapeJsonSchema(configShape), (_, path) => paths.add(path));
    expect(Object.keys(CONFIG_DOCS).filter((path) => !paths.has(path))).toEqual([]);
  });

  it('stay out of the runtime shapes (they are for editors, not the script-tag bundle)', () => {
    // Config keys named "description" exist (reviews.verification.description); a doc is a string value.
    expect(JSON.stringify(shapeJsonSchema(configShape))).not.toMatch(/"description":"/);
    expect(JSON.stringify(configJsonSchema())).toMatch(/"description":"Facts about the store itself."/);
  });
});
