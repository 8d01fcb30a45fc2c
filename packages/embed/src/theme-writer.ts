/**
 * The chunk of a store theme's CSS writer on the way to the Lit widgets (config-theme-css.ts loads
 * it), named apart from the listing badge's copy of the same module (candor-config-theme-css.js).
 */
export { themeCss } from '../../elements/src/shared/config-theme-css.js';
