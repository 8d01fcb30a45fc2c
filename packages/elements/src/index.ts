/**
 * @candor/elements: Candor's web components. Importing this entry point defines no tags; import
 * a `*.define.js` module (or `@candor/elements/define/<widget>.js`) for that.
 */
export * from './shared/index.js';
export { CandorHonestyPanel } from './honesty-panel.js';
export { honestyMessages } from './honesty-panel.messages.js';
