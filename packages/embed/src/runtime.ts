/**
 * What the loader needs from the elements before the first widget is defined: the store config
 * and dev mode. A lazy chunk shared with the widgets, so a page without widgets never downloads
 * it, and the loader itself stays tiny. The config validator is a chunk of its own, which only a
 * page with a config loads (config-check.ts).
 * The loader imports it only on its way to a Lit widget, so it also carries what every Lit widget
 * imports (Lit, the element base class, safe registration): one file instead of two, each
 * compressed on its own.
 */
export { setDevMode, forgetPageJsonLd, CandorElement, defineElement, emitCandorEvent, lazyCatalogue } from '@candor/elements';
// The loader reserves each widget's space, so their first renders can take turns, one task each;
// the Intl formatters are built ahead, so those renders find them built.
export { prepareFirstRenders } from '../../elements/src/shared/first-render.js';
// The store config, validated once the validator's chunk is here.
export { setStoreConfig, configApplied } from './config-check.js';
