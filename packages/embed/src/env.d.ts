/** A stylesheet's text, minified by the build (see `cssText()` in rollup.config.mjs). */
declare module '*.css?text' {
  const text: string;
  export default text;
}
