/**
 * A widget whose define module has not landed in @candor/elements yet: the build resolves it to an
 * empty module (and says so), and type-checking falls back to this declaration. Once the module
 * exists, its real types win (a pattern declaration is only used when resolution fails).
 */
declare module '@candor/elements/*.js';

/** A stylesheet's text, minified by the build (see `cssText()` in rollup.config.mjs). */
declare module '*.css?text' {
  const text: string;
  export default text;
}
