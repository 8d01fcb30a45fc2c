/** Arabic strings of the rating badge, loaded on demand the first time an element speaks Arabic. */
import type { BadgeLocaleMessages } from './rating-badge.messages.js';

export const messages: BadgeLocaleMessages = {
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
  'badge.stated': 'حسب ما يذكره المتجر',
  'badge.smallSample': 'عدد المراجعات قليل جدًا للاعتماد عليه',
  'badge.empty': 'لا توجد مراجعات بعد',
  'badge.loading': 'جارٍ تحميل التقييم…',
  'badge.error': 'التقييم غير متاح',
};
