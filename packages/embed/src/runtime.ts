/**
 * What the loader needs from the elements before the first widget is defined: the store config
 * and dev mode. A lazy chunk shared with the widgets (it carries the config validator), so a page
 * without widgets never downloads it, and the loader itself stays tiny.
 */
export { setStoreConfig, setDevMode, forgetPageJsonLd } from '@candor/elements';
