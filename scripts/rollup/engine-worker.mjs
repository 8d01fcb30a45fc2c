import { resolve as resolvePath } from 'node:path';

/**
 * The engine's Worker: `new URL('./engine-worker.js', import.meta.url)` in engine-runner.ts (and in
 * intl-warmup.ts, which starts it only to build Intl formatters) becomes
 * the URL of a chunk emitted from engine-worker.ts, which shares the engine and theme-finder chunks
 * with the main thread (one download, whichever runs it).
 */
export function engineWorker() {
  const pattern = /new URL\((['"])\.\/engine-worker\.js\1, import\.meta\.url\)/g;
  return {
    name: 'candor-engine-worker',
    transform(code, id) {
      if (!/\/packages\/elements\/src\/(engine-runner|intl-warmup)\.ts$/.test(id)) return null;
      const found = code.match(pattern)?.length ?? 0;
      if (found !== 1) throw new Error(`(embed) expected one new URL('./engine-worker.js', import.meta.url) in ${id}, found ${found}`);
      const ref = this.emitFile({ type: 'chunk', id: resolvePath('packages/elements/src/engine-worker.ts'), name: 'engine-worker' });
      // A function replacement: a reference id may hold "$", which a replacement string would read as a pattern.
      return { code: code.replace(pattern, () => `new URL(import.meta.ROLLUP_FILE_URL_${ref})`), map: null };
    },
  };
}
