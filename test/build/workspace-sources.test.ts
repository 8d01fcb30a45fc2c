/**
 * The embed build resolves `@candor/elements/<widget>.js` to the widget's define module. A name
 * with no define module (a typo in the loader's widget table) must fail the build, naming the
 * widget and the file, rather than ship a loader whose widget never arrives.
 */
import { resolve } from 'node:path';
import { rollup, type Plugin } from 'rollup';
import { describe, expect, it } from 'vitest';
import { workspaceSources } from '../../scripts/rollup/workspace-sources.mjs';

/** Builds a one-line entry that imports `specifier` through the build's workspace resolution. */
async function buildImporting(specifier: string): Promise<void> {
  const entry: Plugin = {
    name: 'entry',
    resolveId: (id) => (id === 'entry' ? '\0entry' : null),
    load: (id) => (id === '\0entry' ? `export const load = () => import(${JSON.stringify(specifier)});` : null),
  };
  const bundle = await rollup({ input: 'entry', plugins: [entry, workspaceSources()], onwarn: () => {} });
  await bundle.close();
}

/** What the build resolves `specifier` to, or null. */
async function resolved(specifier: string): Promise<string | null> {
  let id: string | null = null;
  const probe: Plugin = {
    name: 'probe',
    async buildStart() {
      id = (await this.resolve(specifier))?.id ?? null;
    },
    resolveId: (source) => (source === 'entry' ? '\0entry' : null),
    load: (source) => (source === '\0entry' ? 'export {};' : null),
  };
  const bundle = await rollup({ input: 'entry', plugins: [workspaceSources(), probe] });
  await bundle.close();
  return id;
}

describe('workspace sources (rollup)', () => {
  it("resolves a widget's import to its define module", async () => {
    expect(await resolved('@candor/elements/rating-badge.js')).toBe(resolve('packages/elements/src/rating-badge.define.ts'));
  });

  it('fails the build for a widget without a define module, naming the widget and the file', async () => {
    const build = buildImporting('@candor/elements/ratng-badge.js');
    await expect(build).rejects.toThrow('<candor-ratng-badge>');
    await expect(build).rejects.toThrow('packages/elements/src/ratng-badge.define.ts does not exist');
  });
});
