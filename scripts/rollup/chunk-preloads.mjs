import { staticClosure } from '../static-closure.mjs';

/**
 * Fills `__CANDOR_CHUNKS__` in the loader's way to the Lit widgets (packages/embed/src/widget-path.ts) with what each widget needs before it runs: its chunk and
 * the chunk's static imports, transitively ("" for the runtime's), so it can ask for all of
 * them at once. Runs after terser (the name is a free global, which terser leaves alone) and
 * before the manifest, so the manifest's integrity values are those of the final chunk.
 */
export function chunkPreloads() {
  return {
    name: 'candor-chunk-preloads',
    generateBundle(_options, bundle) {
      const widgetPath = Object.values(bundle).find(
        (item) => item.type === 'chunk' && item.moduleIds.some((id) => id.endsWith('/packages/embed/src/widget-path.ts')),
      );
      const closure = (start) => [...staticClosure((file) => bundle[file].imports, start)];
      const names = (files) => files.map((file) => /^candor-(.+)\.js$/.exec(file)[1]).join(' ');
      const runtime = Object.values(bundle).find(
        (item) => item.type === 'chunk' && item.moduleIds.some((id) => id.endsWith('/packages/embed/src/runtime.ts')),
      );
      const always = closure(runtime.fileName);
      // The runtime's chunks are asked for with the first widget anyway: each widget lists only the rest.
      const chunks = { '': names(always) };
      for (const item of Object.values(bundle)) {
        // By its modules, not its facade (see manifest.mjs: a widget chunk may have none).
        const define =
          item.type === 'chunk' ? item.moduleIds.find((id) => /\/packages\/elements\/src\/[a-z-]+\.define\.ts$/.test(id)) : undefined;
        const widget = /\/packages\/elements\/src\/([a-z-]+)\.define\.ts$/.exec(define ?? '');
        if (widget) chunks[widget[1]] = names(closure(item.fileName).filter((file) => !always.includes(file)));
      }
      // A widget's near part (<widget>.lower.ts; see loadWidget in widget-path.ts): its chunk first, then what it adds to the widget's.
      for (const item of Object.values(bundle)) {
        const part =
          item.type === 'chunk'
            ? item.moduleIds.map((id) => /\/packages\/elements\/src\/([a-z-]+)\.lower\.ts$/.exec(id)).find(Boolean)
            : undefined;
        if (!part) continue;
        const widget = new Set(chunks[part[1]].split(' ').map((name) => `candor-${name}.js`));
        chunks[`${part[1]}.near`] = names(closure(item.fileName).filter((file) => !always.includes(file) && !widget.has(file)));
      }
      // The config checks and the theme's CSS writer (one chunk, rollup.config.mjs): a page with a config needs them before its first widget (see prepare in widget-path.ts).
      const validator = Object.values(bundle).find(
        (item) => item.type === 'chunk' && item.moduleIds.some((id) => id.endsWith('/packages/core/src/config/read-config.ts')),
      );
      chunks.config = names(closure(validator.fileName).filter((file) => !always.includes(file)));
      const placeholder = '__CANDOR_CHUNKS__';
      if (widgetPath.code.split(placeholder).length !== 2)
        throw new Error(`(embed) expected ${placeholder} once in ${widgetPath.fileName}`);
      widgetPath.code = widgetPath.code.replace(placeholder, () => JSON.stringify(chunks));
    },
  };
}
