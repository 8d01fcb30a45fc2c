/** German strings of the rating badge, loaded on demand the first time an element speaks German. */
import type { BadgeLocaleMessages } from './rating-badge.messages.js';

export const messages: BadgeLocaleMessages = {
  'badge.label.one': 'Bewertet mit {rating} von {scale} aus {count} Bewertung',
  'badge.label.other': 'Bewertet mit {rating} von {scale} aus {count} Bewertungen',
  'badge.checked.one': '{rating} von {scale} aus der {count} Bewertung, die die Prüfungen des Shops bestanden hat',
  'badge.checked.other': '{rating} von {scale} aus den {count} Bewertungen, die die Prüfungen des Shops bestanden haben',
  'badge.checkedShort': '{rating} geprüft',
  'badge.stated': 'laut Angabe des Shops',
  'badge.smallSample': 'zu wenige Bewertungen für eine verlässliche Note',
  'badge.empty': 'Noch keine Bewertungen',
  'badge.loading': 'Bewertung wird geladen…',
  'badge.error': 'Bewertung nicht verfügbar',
};
