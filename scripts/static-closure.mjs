/**
 * Every file a chunk needs before it runs: the chunks given and their static imports, transitively.
 * `importsOf(file)` lists a file's static imports (rollup's `chunk.imports`, or the manifest's).
 * Shared by the build (the loader's preload lists), the budget tests and bundle-breakdown.mjs.
 */
export function staticClosure(importsOf, ...entries) {
  const found = new Set();
  const visit = (file) => {
    if (found.has(file)) return;
    found.add(file);
    for (const next of importsOf(file) ?? []) visit(next);
  };
  entries.forEach(visit);
  return found;
}
