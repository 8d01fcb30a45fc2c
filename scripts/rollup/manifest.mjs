import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';

/**
 * candor.schema.json next to the bundle, and manifest.json: every file with its bytes, its sha384
 * integrity value and its brotli / gzip sizes; for chunks their static and dynamic imports; and
 * which chunk is the runtime, each widget, web-vitals and the engine.
 */
export function manifest({ name, version }) {
  return {
    name: 'candor-manifest',
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: 'candor.schema.json', source: readFileSync('packages/core/candor.schema.json') });
      const files = {};
      const roles = { widgets: {} };
      const compressed = [];
      for (const fileName of Object.keys(bundle).sort()) {
        const item = bundle[fileName];
        const bytes = Buffer.from(item.type === 'chunk' ? item.code : item.source);
        const brotli = brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } });
        const gzip = gzipSync(bytes, { level: 9 });
        compressed.push([fileName, brotli, gzip]);
        files[fileName] = {
          bytes: bytes.length,
          integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
          brotli: brotli.length,
          gzip: gzip.length,
          ...(item.type === 'chunk' ? { imports: item.imports, dynamicImports: item.dynamicImports } : {}),
        };
        const facade = item.type === 'chunk' ? (item.facadeModuleId ?? '') : '';
        // By its modules, not its facade: a widget chunk that also exports what its lazy parts share
        // with it (the panel's headings, for its lower sections) has no facade module.
        const defineModule =
          item.type === 'chunk' ? item.moduleIds.find((id) => /\/packages\/elements\/src\/[a-z-]+\.define\.ts$/.test(id)) : undefined;
        const widget = /\/packages\/elements\/src\/([a-z-]+)\.define\.ts$/.exec(defineModule ?? '');
        if (widget) roles.widgets[widget[1]] = fileName;
        // The runtime only re-exports, so its chunk has no facade module of its own.
        if (item.type === 'chunk' && item.moduleIds.some((id) => id.endsWith('/packages/embed/src/runtime.ts'))) roles.runtime = fileName;
        if (facade.endsWith('/packages/embed/src/vitals.ts')) roles.vitals = fileName;
        if (facade.endsWith('/packages/embed/src/widget-path.ts')) roles.widgetPath = fileName;
        // The listing badge's chunk also exports what its lazy chunks (its theme, its problems) share with it, so it has no facade either.
        if (item.type === 'chunk' && item.moduleIds.some((id) => id.endsWith('/packages/embed/src/listing-badge.ts')))
          roles.listingBadge = fileName;
        if (facade.endsWith('/packages/core/src/reviews/index.ts')) roles.engine = fileName;
      }
      const text = `${JSON.stringify({ name, version, entry: 'candor.js', ...roles, files }, null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: text });
      // Each file also precompressed beside it (`candor.js.br`, `candor.js.gz`), as the measured
      // sizes say: a static host serves them as they are (nginx brotli_static/gzip_static, most
      // CDNs' origins, the demo server). Not in the manifest: they are encodings of its files.
      for (const [fileName, brotli, gzip] of compressed) {
        this.emitFile({ type: 'asset', fileName: `${fileName}.br`, source: brotli });
        this.emitFile({ type: 'asset', fileName: `${fileName}.gz`, source: gzip });
      }
    },
  };
}
