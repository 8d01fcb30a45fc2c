/** Shared infrastructure for every Candor element. See packages/elements/README.md ("Shared infrastructure"). */
export { CandorElement } from './candor-element.js';
export { commonMessages } from './common.messages.js';
export {
  createI18n,
  getI18n,
  defineCatalogue,
  mergeCatalogues,
  registerCatalogue,
  effectiveLocale,
  type I18n,
  type Catalogue,
  type Messages,
  type MessageOverrides,
  type MessageParams,
} from './i18n.js';
export { checkMessageOverrides, isKnownMessageKey, PLURAL_CATEGORIES, MESSAGE_NAMESPACES } from './message-checks.js';
export {
  resolveLocale,
  closestLang,
  canonicalLocale,
  directionOf,
  languageOf,
  catalogueLocaleOf,
  SUPPORTED_LOCALES,
  RTL_LANGUAGES,
  type SupportedLocale,
  type TextDirection,
  type LocaleSources,
} from './locale.js';
export {
  getStoreConfig,
  setStoreConfig,
  resetStoreConfig,
  subscribeStoreConfig,
  elementConfig,
  StoreConfigController,
} from './store-config.js';
export { baseStyles, themeCss, themeStyles, ThemeAdopter } from './theme.js';
export { LIGHT, DARK, TOKEN_NAMES, TEXT_PAIRS, UI_PAIRS, type ColorToken } from './tokens.js';
export { contrastRatio, relativeLuminance, readableOn, parseHex } from './color.js';
export { defineElement, type DefineOutcome } from './define.js';
export { emitCandorEvent, type CandorEventDetailMap, type CandorEventName, type CandorEvent, type CandorEvents } from './events.js';
export { pageJsonLd, pageFactsFor, forgetPageJsonLd } from './json-ld.js';
export { logOnce, devWarn, setDevMode, isDevMode, resetLogOnce, describeElement } from './log.js';
export { fetchOnce, clearFetchCache, fillUrlTemplate, FetchError, type FetchOptions, type FetchAs } from './fetch-json.js';
export { lazyCatalogue, type LazyCatalogue, type LocaleLoaders, type OtherLocale } from './lazy-messages.js';
