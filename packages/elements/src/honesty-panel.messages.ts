/**
 * Every string the honesty panel shows. English ships with the panel (the strings of its returns,
 * not-for and disclosure sections with those sections, in honesty-panel.lower.messages.ts); de, fr, es and ar live in
 * `honesty-panel.messages.<locale>.ts` and load on demand (each becomes its own small chunk), so a
 * page downloads only the language it speaks. A store overrides any string per locale in its
 * config: `"messages": { "de": { "honesty.title": "Brauchst du das wirklich?" } }`.
 * Plural messages have one key per plural category (Arabic uses all six).
 */
import { commonMessages } from './shared/common.messages.js';
import { defineCatalogue, mergeCatalogues } from './shared/i18n.js';
import { lazyCatalogue } from './shared/lazy-messages.js';

const en = {
  'honesty.title': 'Do you really need this?',
  'honesty.costPerUse.title': 'Cost per use',
  'honesty.costPerUse.about': 'About {amount} {perUnit}',
  'honesty.costPerUse.aboutOver': 'About {amount} {perUnit} over {years}',
  'honesty.costPerUse.exact': '{amount} {perUnit}',
  'honesty.costPerUse.exactOver': '{amount} {perUnit} over {years}',
  'honesty.costPerUse.lessThan': 'Less than {amount} {perUnit}',
  'honesty.costPerUse.lessThanOver': 'Less than {amount} {perUnit} over {years}',
  'honesty.costPerUse.work.one': '{price} for {count} expected use, rounded up so it never looks cheaper than it is.',
  'honesty.costPerUse.work.other': '{price} spread over {count} expected uses, rounded up so it never looks cheaper than it is.',
  'honesty.costPerUse.owners.one': '{count} long-term owner reports {minYears} to {maxYears} of use: about {low} to {high} {perUnit}.',
  'honesty.costPerUse.owners.other': '{count} long-term owners report {minYears} to {maxYears} of use: about {low} to {high} {perUnit}.',
  'honesty.perUnit.use': 'per use',
  'honesty.perUnit.wear': 'per wear',
  'honesty.perUnit.wash': 'per wash',
  'honesty.perUnit.day': 'per day',
  'honesty.perUnit.night': 'per night',
  'honesty.perUnit.charge': 'per charge',
  'honesty.perUnit.cycle': 'per cycle',
  'honesty.perUnit.meal': 'per meal',
  'honesty.perUnit.ride': 'per ride',
  'honesty.perUnit.session': 'per session',
  'honesty.perUnit.read': 'per read',
  'honesty.coolingOff.title': 'Still want it in {duration}?',
  'honesty.coolingOff.intro': 'Save it on this device and decide later. Nothing is sent anywhere, and you can still buy it right now.',
  'honesty.coolingOff.save': 'Save it for {duration}',
  'honesty.coolingOff.cooling': 'Saved {ago}. It will be waiting here; the cooling-off time ends {remaining}.',
  'honesty.coolingOff.ready': 'You saved this {ago}. The cooling-off time is over: if you still want it, it is right here.',
  'honesty.coolingOff.forget': 'Forget it',
  'honesty.coolingOff.saved': 'Saved on this device.',
  'honesty.coolingOff.forgotten': 'Forgotten. Nothing about this product is kept on this device.',
  'honesty.coolingOff.unavailable':
    'This browser is not letting the page store anything (private browsing, perhaps), so it cannot keep this for you. A bookmark does the same job.',
  'honesty.coolingOff.full': "This browser's storage for this site is full, so it cannot keep this for you. A bookmark does the same job.",
  'honesty.coolingOff.notify': 'Notify me when the time is up',
  'honesty.coolingOff.notifyOn': 'A notification will appear when the time is up, if this page is still open.',
  'honesty.coolingOff.notifyDenied': 'Notifications are blocked in this browser, so the reminder will wait here on the page instead.',
  'honesty.coolingOff.notifyUnavailable': 'This browser cannot show notifications, so the reminder will wait here on the page instead.',
  'honesty.coolingOff.notificationTitle': 'Still want it?',
  'honesty.coolingOff.notificationBody': 'The cooling-off time for {product} is over.',
  'honesty.coolingOff.thisProduct': 'this product',
  'honesty.alternatives.title': 'Other ways to get it',
  'honesty.alternatives.partner': 'paid partner',
  'honesty.alternative.refurbished': 'Refurbished',
  'honesty.alternative.secondHand': 'Second-hand',
  'honesty.alternative.rental': 'Rent',
  'honesty.alternative.repair': 'Repair',
  'honesty.alternative.care': 'Care',
  'honesty.alternative.tradeIn': 'Trade-in',
};

/** English only; the other locales are empty until loaded. */
export const honestyOwnMessages = defineCatalogue(en, { de: {}, fr: {}, es: {}, ar: {} });

/** The panel's catalogue, growing as locales load (`honestyLocales.catalogue` is a new object after each load). */
export const honestyLocales = lazyCatalogue(mergeCatalogues(commonMessages, honestyOwnMessages), {
  de: () => import('./honesty-panel.messages.de.js'),
  fr: () => import('./honesty-panel.messages.fr.js'),
  es: () => import('./honesty-panel.messages.es.js'),
  ar: () => import('./honesty-panel.messages.ar.js'),
});
