import { readFileSync } from 'node:fs';

/**
 * The listing badge (packages/embed/src/listing-badge.ts, the Lit-free badge of badge-only pages)
 * gets its own copy of every module it imports statically, so its chunk stands alone: were the
 * modules it shares with the Lit widgets split into chunks of their own, both the listing page and
 * the product page would download several small files, each compressed on its own (over 1 KB more
 * on the product page, measured). The copies are compiled here (TypeScript's transpileModule; the
 * type check is the real files' in the main compile); dynamic imports (the locale chunks) still
 * point at the one shared chunk.
 */
export function listingBadgeCopies() {
  const PREFIX = '\0candor-listing:';
  const entry = /\/packages\/embed\/src\/listing-badge\.ts$/;
  const copied = (importer) => !!importer && (entry.test(importer) || importer.startsWith(PREFIX));
  const real = (importer) => (importer.startsWith(PREFIX) ? importer.slice(PREFIX.length) : importer);
  let ts;
  return {
    name: 'candor-listing-badge-copies',
    async resolveId(source, importer, options) {
      if (!copied(importer)) return null;
      const resolved = await this.resolve(source, real(importer), { ...options, skipSelf: true });
      if (!resolved || resolved.external || !/\.ts$/.test(resolved.id)) return resolved;
      // As the bundle's treeshake option says of the originals: core and elements modules have no side effects.
      return { id: PREFIX + resolved.id, moduleSideEffects: !/\/packages\/(core|elements)\/src\//.test(resolved.id) };
    },
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string' || !importer?.startsWith(PREFIX)) return null;
      return this.resolve(specifier, real(importer), { skipSelf: true });
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      ts ??= (await import('typescript')).default;
      const file = id.slice(PREFIX.length);
      const options = { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, useDefineForClassFields: false };
      return { code: ts.transpileModule(readFileSync(file, 'utf8'), { fileName: file, compilerOptions: options }).outputText, map: null };
    },
  };
}
