/**
 * @candor/elements: Candor's web components. Importing this entry point defines no tags; import
 * a `*.define.js` module (or `@candor/elements/<widget>.js`) for that.
 *
 * Every name here is a semver promise: the element classes and their base class, the store-config
 * and dev-mode helpers, the event map, and what a subclass needs to add a widget (catalogues,
 * registration). Everything else in src/ is internal and may change in any release; the API report
 * test (test/api-report.test.ts) makes any change to this list a visible diff.
 */
export { CandorElement } from './shared/candor-element.js';
export { CandorHonestyPanel } from './honesty-panel.js';
export { CandorReviewSummary } from './review-summary.js';
export { CandorRatingBadge } from './rating-badge.js';

export { getStoreConfig, setStoreConfig, resetStoreConfig, subscribeStoreConfig } from './shared/store-config.js';
export { setDevMode } from './shared/log.js';
export { pageFactsFor, forgetPageJsonLd } from './shared/json-ld.js';
export { defineElement, type DefineOutcome } from './shared/define.js';
export { emitCandorEvent, type CandorEventDetailMap, type CandorEventName, type CandorEvent, type CandorEvents } from './shared/events.js';

export { commonMessages } from './shared/common.messages.js';
export {
  defineCatalogue,
  mergeCatalogues,
  type I18n,
  type Catalogue,
  type Messages,
  type MessageOverrides,
  type MessageParams,
} from './shared/i18n.js';
export { lazyCatalogue, type LazyCatalogue, type LocaleLoaders, type OtherLocale } from './shared/lazy-messages.js';
export { SUPPORTED_LOCALES, type SupportedLocale, type TextDirection } from './shared/locale.js';
export { honestyLocales } from './honesty-panel.messages.js';
export { summaryLocales } from './review-summary.messages.js';
export { badgeLocales } from './rating-badge.messages.js';
// For server rendering: the strings a locale needs before render, and the CSS a store theme becomes.
export { preloadLocale } from './preload.js';
export { themeCss } from './shared/theme.js';
