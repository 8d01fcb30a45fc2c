/** French strings of the rating badge, loaded on demand the first time an element speaks French. */
import type { BadgeLocaleMessages } from './rating-badge.messages.js';

export const messages: BadgeLocaleMessages = {
  'badge.label.one': 'Noté {rating} sur {scale} d’après {count} avis',
  'badge.label.many': 'Noté {rating} sur {scale} d’après {count} d’avis',
  'badge.label.other': 'Noté {rating} sur {scale} d’après {count} avis',
  'badge.checked.one': '{rating} sur {scale} d’après le seul avis ayant passé les contrôles de la boutique ({count})',
  'badge.checked.many': '{rating} sur {scale} d’après les {count} d’avis ayant passé les contrôles de la boutique',
  'badge.checked.other': '{rating} sur {scale} d’après les {count} avis ayant passé les contrôles de la boutique',
  'badge.checkedShort': '{rating} contrôlé',
  'badge.stated': 'selon la boutique',
  'badge.smallSample': 'trop peu d’avis pour s’y fier',
  'badge.empty': 'Aucun avis pour l’instant',
  'badge.loading': 'Chargement de la note…',
  'badge.error': 'Note indisponible',
};
