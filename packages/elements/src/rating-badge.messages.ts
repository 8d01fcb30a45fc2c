/**
 * Every string the rating badge shows, in en, de, fr, es and ar; a store overrides any of them per
 * locale in its config (`"messages": { "en": { "badge.empty": "Not rated yet" } }`).
 * `badge.label` is the sentence screen readers read; the stars are hidden from them.
 */
import { commonMessages } from './shared/common.messages.js';
import { defineCatalogue, mergeCatalogues } from './shared/i18n.js';

const en = {
  'badge.label.one': 'Rated {rating} out of {scale} from {count} review',
  'badge.label.other': 'Rated {rating} out of {scale} from {count} reviews',
  'badge.checked.one': '{rating} out of {scale} from the {count} review that passed the store’s checks',
  'badge.checked.other': '{rating} out of {scale} from the {count} reviews that passed the store’s checks',
  'badge.checkedShort': '{rating} checked',
  'badge.smallSample': 'too few reviews to rely on',
  'badge.empty': 'No reviews yet',
  'badge.loading': 'Loading the rating…',
  'badge.error': 'Rating not available',
};

type Key = keyof typeof en;

const de: Partial<Record<Key, string>> = {
  'badge.label.one': 'Bewertet mit {rating} von {scale} aus {count} Bewertung',
  'badge.label.other': 'Bewertet mit {rating} von {scale} aus {count} Bewertungen',
  'badge.checked.one': '{rating} von {scale} aus der {count} Bewertung, die die Prüfungen des Shops bestanden hat',
  'badge.checked.other': '{rating} von {scale} aus den {count} Bewertungen, die die Prüfungen des Shops bestanden haben',
  'badge.checkedShort': '{rating} geprüft',
  'badge.smallSample': 'zu wenige Bewertungen für eine verlässliche Note',
  'badge.empty': 'Noch keine Bewertungen',
  'badge.loading': 'Bewertung wird geladen…',
  'badge.error': 'Bewertung nicht verfügbar',
};

const fr: Partial<Record<Key | 'badge.label.many' | 'badge.checked.many', string>> = {
  'badge.label.one': 'Noté {rating} sur {scale} d’après {count} avis',
  'badge.label.many': 'Noté {rating} sur {scale} d’après {count} d’avis',
  'badge.label.other': 'Noté {rating} sur {scale} d’après {count} avis',
  'badge.checked.one': '{rating} sur {scale} d’après le seul avis ayant passé les contrôles de la boutique ({count})',
  'badge.checked.many': '{rating} sur {scale} d’après les {count} d’avis ayant passé les contrôles de la boutique',
  'badge.checked.other': '{rating} sur {scale} d’après les {count} avis ayant passé les contrôles de la boutique',
  'badge.checkedShort': '{rating} contrôlé',
  'badge.smallSample': 'trop peu d’avis pour s’y fier',
  'badge.empty': 'Aucun avis pour l’instant',
  'badge.loading': 'Chargement de la note…',
  'badge.error': 'Note indisponible',
};

const es: Partial<Record<Key | 'badge.label.many' | 'badge.checked.many', string>> = {
  'badge.label.one': 'Valorado con {rating} de {scale} según {count} reseña',
  'badge.label.many': 'Valorado con {rating} de {scale} según {count} de reseñas',
  'badge.label.other': 'Valorado con {rating} de {scale} según {count} reseñas',
  'badge.checked.one': '{rating} de {scale} según la {count} reseña que superó las comprobaciones de la tienda',
  'badge.checked.many': '{rating} de {scale} según los {count} de reseñas que superaron las comprobaciones de la tienda',
  'badge.checked.other': '{rating} de {scale} según las {count} reseñas que superaron las comprobaciones de la tienda',
  'badge.checkedShort': '{rating} comprobado',
  'badge.smallSample': 'muy pocas reseñas para fiarse',
  'badge.empty': 'Todavía no hay reseñas',
  'badge.loading': 'Cargando la valoración…',
  'badge.error': 'Valoración no disponible',
};

const ar: Partial<Record<string, string>> = {
  'badge.label.zero': 'التقييم {rating} من {scale} من دون مراجعات',
  'badge.label.one': 'التقييم {rating} من {scale} من مراجعة واحدة',
  'badge.label.two': 'التقييم {rating} من {scale} من مراجعتين',
  'badge.label.few': 'التقييم {rating} من {scale} من {count} مراجعات',
  'badge.label.many': 'التقييم {rating} من {scale} من {count} مراجعة',
  'badge.label.other': 'التقييم {rating} من {scale} من {count} مراجعة',
  'badge.checked.zero': '{rating} من {scale} من دون مراجعات اجتازت فحوص المتجر',
  'badge.checked.one': '{rating} من {scale} من المراجعة الوحيدة التي اجتازت فحوص المتجر',
  'badge.checked.two': '{rating} من {scale} من المراجعتين اللتين اجتازتا فحوص المتجر',
  'badge.checked.few': '{rating} من {scale} من {count} مراجعات اجتازت فحوص المتجر',
  'badge.checked.many': '{rating} من {scale} من {count} مراجعة اجتازت فحوص المتجر',
  'badge.checked.other': '{rating} من {scale} من {count} مراجعة اجتازت فحوص المتجر',
  'badge.checkedShort': '{rating} بعد الفحص',
  'badge.smallSample': 'عدد المراجعات قليل جدًا للاعتماد عليه',
  'badge.empty': 'لا توجد مراجعات بعد',
  'badge.loading': 'جارٍ تحميل التقييم…',
  'badge.error': 'التقييم غير متاح',
};

export const badgeOwnMessages = { en, de, fr, es, ar };
export const badgeMessages = mergeCatalogues(commonMessages, defineCatalogue(en, { de, fr, es, ar }));
