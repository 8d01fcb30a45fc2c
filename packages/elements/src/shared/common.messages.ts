/** Strings every Candor widget may use. */
import { defineCatalogue } from './i18n.js';

export const commonMessages = defineCatalogue(
  {
    'common.justNow': 'just now',
    'common.listSeparator': ', ',
  },
  {
    de: { 'common.justNow': 'gerade eben', 'common.listSeparator': ', ' },
    fr: { 'common.justNow': "à l'instant", 'common.listSeparator': ', ' },
    es: { 'common.justNow': 'hace un momento', 'common.listSeparator': ', ' },
    ar: { 'common.justNow': 'قبل لحظات', 'common.listSeparator': '، ' },
  },
);
