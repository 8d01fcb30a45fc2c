import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';

/** The workspace's package entries, the same mapping as tsconfig `paths` and the vitest aliases. */
const ENTRIES = {
  '@candor/core': 'packages/core/src/index.ts',
  '@candor/core/reviews': 'packages/core/src/reviews/index.ts',
  '@candor/core/reviews/themes': 'packages/core/src/reviews/theme-finder.ts',
  '@candor/elements': 'packages/elements/src/index.ts',
};

/**
 * Resolves `@candor/core`, `@candor/core/reviews`, `@candor/elements` and
 * `@candor/elements/<widget>.js` to their sources. A widget whose define module does not exist
 * fails the build, naming the widget and the file: the loader would otherwise ship without it.
 */
export function workspaceSources() {
  return {
    name: 'candor-workspace-sources',
    resolveId(id, importer) {
      if (Object.hasOwn(ENTRIES, id)) return resolvePath(ENTRIES[id]);
      const widget = /^@candor\/elements\/([a-z-]+)\.js$/.exec(id);
      if (!widget) return null;
      const file = `packages/elements/src/${widget[1]}.define.ts`;
      if (!existsSync(file)) {
        this.error(`<candor-${widget[1]}>: ${file} does not exist (${id} is imported by ${importer ?? 'the build input'})`);
      }
      return resolvePath(file);
    },
  };
}
