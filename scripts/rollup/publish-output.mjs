import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';

/**
 * Once the whole bundle is written to `staging`, it takes `target`'s place: the old folder is
 * renamed aside, the new one renamed in, then the old one deleted, so `target` is missing only
 * between two renames. Other folders in dist (an earlier version's) go, so dist holds exactly this
 * build. A failed build removes its staging folder and leaves dist as it was.
 */
export function publishOutput(staging, target) {
  const discard = () => rmSync(staging, { recursive: true, force: true });
  return {
    name: 'candor-publish-output',
    buildEnd: (error) => error && discard(),
    renderError: discard,
    writeBundle() {
      const parent = dirname(target);
      mkdirSync(parent, { recursive: true });
      const aside = `${target}.old-${process.pid}`;
      if (existsSync(target)) renameSync(target, aside);
      renameSync(staging, target);
      for (const entry of readdirSync(parent)) {
        const path = join(parent, entry);
        if (resolvePath(path) !== resolvePath(target)) rmSync(path, { recursive: true, force: true });
      }
    },
  };
}
