/** Spanish strings of the rating badge, loaded on demand the first time an element speaks Spanish. */
import type { BadgeLocaleMessages } from './rating-badge.messages.js';

export const messages: BadgeLocaleMessages = {
  'badge.label.one': 'Valorado con {rating} de {scale} según {count} reseña',
  'badge.label.many': 'Valorado con {rating} de {scale} según {count} de reseñas',
  'badge.label.other': 'Valorado con {rating} de {scale} según {count} reseñas',
  'badge.checked.one': '{rating} de {scale} según la {count} reseña que superó las comprobaciones de la tienda',
  'badge.checked.many': '{rating} de {scale} según los {count} de reseñas que superaron las comprobaciones de la tienda',
  'badge.checked.other': '{rating} de {scale} según las {count} reseñas que superaron las comprobaciones de la tienda',
  'badge.checkedShort': '{rating} comprobado',
  'badge.stated': 'según la tienda',
  'badge.smallSample': 'muy pocas reseñas para fiarse',
  'badge.empty': 'Todavía no hay reseñas',
  'badge.loading': 'Cargando la valoración…',
  'badge.error': 'Valoración no disponible',
};
