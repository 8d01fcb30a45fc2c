/** A stylesheet's text, minified by the build (see scripts/rollup/css-text.mjs). */
declare module '*.css?text' {
  const text: string;
  export default text;
}
