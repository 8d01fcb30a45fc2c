import { resolve as resolvePath } from 'node:path';

/** Elements modules the script-tag bundle loads only on pages with a store config, and their stand-ins. */
const STAND_INS = new Map(
  ['config-check', 'config-theme-css'].map((name) => [
    resolvePath(`packages/elements/src/shared/${name}.ts`),
    resolvePath(`packages/embed/src/${name}.ts`),
  ]),
);
const ELEMENTS = resolvePath('packages/elements/src');

/**
 * In the script-tag bundle, the elements reach the config validator and the theme's CSS writer
 * through the embed's stand-ins (packages/embed/src/config-check.ts, config-theme-css.ts), which
 * load them only on pages that hand Candor a config. Only the elements' own imports are redirected:
 * the stand-ins and the listing badge import the real modules.
 */
export function onDemandStandIns() {
  return {
    name: 'candor-on-demand-stand-ins',
    async resolveId(source, importer, options) {
      if (!importer?.startsWith(ELEMENTS) || !/config-(check|theme-css)\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && STAND_INS.get(resolved.id)) ?? resolved;
    },
  };
}
