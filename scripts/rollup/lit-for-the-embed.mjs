import { resolve as resolvePath } from 'node:path';

const html = /\/lit-html\/lit-html\.js$/;
const reactive = /\/@lit\/reactive-element\/reactive-element\.js$/;

/**
 * Edits to Lit's production modules; each `from` must match exactly once in its file, so a Lit
 * upgrade that moves one fails the build instead of shipping Lit unedited.
 */
const EDITS = [
  // Lit's templates use Candor's one "candor" policy (a name can be created once per page; the engine's Worker URL needs it too).
  {
    file: html,
    from: /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/g,
    to: '$1?__candorTrustedTypes.candorPolicy():void 0',
  },
  {
    file: html,
    from: /^/g,
    to: `import * as __candorTrustedTypes from ${JSON.stringify(resolvePath('packages/elements/src/shared/trusted-types.ts'))};`,
  },
  { file: html, from: /\(\w+\.litHtmlVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, to: 'void 0' },
  { file: /\/lit-element\/lit-element\.js$/, from: /\(\w+\.litElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, to: 'void 0' },
  { file: reactive, from: /\(\w+\.reactiveElementVersions\?\?=\[\]\)\.push\("[^"]*"\)/g, to: 'void 0' },
  { file: reactive, from: /\w+\.litPropertyMetadata\?\?=new WeakMap/g, to: 'void 0' },
  { file: reactive, from: /(?<![.\w])litPropertyMetadata\.get\(/g, to: 'candorPropertyMetadata.get(' },
  { file: reactive, from: /^/g, to: 'const candorPropertyMetadata=new WeakMap;' },
];

/**
 * Changes to Lit's production modules, for the bundle only (npm users keep plain Lit):
 * - its Trusted Types policy is named "candor" instead of "lit-html", so a strict page allows
 *   `trusted-types candor` and a store's own Lit app (policy "lit-html") never collides with ours;
 * - no globals: the version lists (litHtmlVersions, litElementVersions, reactiveElementVersions)
 *   are not written, and the decorator metadata map (litPropertyMetadata) is a module-level map,
 *   so window.Candor is the only global the bundle adds. (The elements declare properties in
 *   static tables, so Lit's decorator modules are not in the bundle; were one to come back, the
 *   loader test that lists new globals would find litPropertyMetadata.)
 */
export function litForTheEmbed() {
  return {
    name: 'candor-lit-for-the-embed',
    transform(code, id) {
      let out = code;
      for (const edit of EDITS.filter(({ file }) => file.test(id))) {
        const count = out.match(edit.from)?.length ?? 0;
        if (count !== 1)
          throw new Error(
            `(embed) expected 1 of ${edit.from} in ${id}, found ${count}: check the Lit edits in scripts/rollup/lit-for-the-embed.mjs`,
          );
        out = out.replace(edit.from, edit.to);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
