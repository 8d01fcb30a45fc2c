/**
 * The `$schema` URLs the install docs (docs/installing.md) give really serve the schema: the demo
 * store's server answers /cdn/candor@<version>/candor.schema.json with the schema `pnpm build` wrote
 * to packages/core, and the other documented locations exist. Needs `pnpm build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStoreServer } from '../../scripts/serve.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(join(repo, 'packages/embed/package.json'), 'utf8')) as { version: string };
const published = JSON.parse(readFileSync(join(repo, 'packages/core/candor.schema.json'), 'utf8')) as unknown;
const docs = readFileSync(join(repo, 'docs/installing.md'), 'utf8');

let server: Server;
let origin = '';
beforeAll(async () => {
  if (!existsSync(join(repo, `packages/embed/dist/candor@${version}/candor.js`)))
    throw new Error('packages/embed/dist is missing: run `pnpm build` first.');
  ({ server, url: origin } = await startStoreServer({ port: 0 }));
});
afterAll(() => new Promise((done) => server?.close(done)));

describe('the $schema of candor.json', () => {
  it(`the demo store serves /cdn/candor@${version}/candor.schema.json: JSON, the schema the build wrote`, async () => {
    const path = `/cdn/candor@${version}/candor.schema.json`;
    expect(docs).toContain(path);
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual(published);
  });

  it('control: a schema URL that is not there is a 404, so the check above can fail', async () => {
    expect((await fetch(`${origin}/cdn/candor@${version}/chunks/candor.schema.json`)).status).toBe(404);
  });

  it('the npm tarball carries the file the documented node_modules path names', () => {
    expect(docs).toContain('"./node_modules/@candor/core/candor.schema.json"');
    const core = JSON.parse(readFileSync(join(repo, 'packages/core/package.json'), 'utf8')) as {
      files: string[];
      exports: Record<string, string>;
    };
    expect(core.files).toContain('candor.schema.json');
    expect(core.exports['./candor.schema.json']).toBe('./candor.schema.json');
  });

  it('the demo store and the example configs point at a schema file that exists', () => {
    for (const file of ['examples/demo-store/candor.json', 'examples/configs/minimal.candor.json']) {
      const { $schema } = JSON.parse(readFileSync(join(repo, file), 'utf8')) as { $schema: string };
      expect(existsSync(resolve(dirname(join(repo, file)), $schema)), `${file}: ${$schema}`).toBe(true);
    }
  });
});
