/**
 * The script-tag bundle's stand-in for the elements' config-theme-css.ts (the build puts it in
 * that module's place for the elements: scripts/rollup/on-demand-stand-ins.mjs). A theme comes only
 * with a config, so its CSS writer shares a chunk with the config validator (config-check.ts),
 * before any config is applied; a page without a config never downloads it.
 */
import type { CandorConfig } from '@candor/core';

type Writer = typeof import('../../elements/src/shared/config-theme-css.js');

let writer: Writer | undefined;
let loading: Promise<void> | undefined;

/** Loads the theme's CSS writer once; later calls share it. */
export function themeCssReady(): Promise<void> {
  return (loading ??= import('../../elements/src/shared/config-theme-css.js').then((module) => {
    writer = module;
  }));
}

/** The CSS text for a config theme, or '' when the theme changes nothing (or, without a config, is none). */
export const themeCss = (theme: Partial<CandorConfig['theme']> | undefined): string => writer?.themeCss(theme) ?? '';
