/**
 * The English strings of the honesty panel's returns, not-for and disclosure sections: they come
 * with those sections' code (honesty-panel.lower.ts, loaded on demand), not with the panel, and
 * join the panel's catalogue when that code runs. de, fr, es and ar carry them in
 * honesty-panel.messages.<locale>.ts.
 */
const en = {
  'honesty.returns.title': 'Returns',
  'honesty.returns.frequent': 'Frequently returned: {percent} of buyers sent it back.',
  'honesty.returns.rate': '{percent} of buyers sent it back.',
  'honesty.returns.reasons': 'Most common reasons:',
  'honesty.returns.reasonShare': '{reason} ({percent} of returns)',
  'honesty.returns.threshold': 'This store calls a product frequently returned from {percent} of buyers.',
  'honesty.returns.themes': 'Reviews that say the same:',
  'honesty.mentions.one': '{count} of {total} reviews mentions this',
  'honesty.mentions.other': '{count} of {total} reviews mention this',
  'honesty.theme': '{theme} ({mentions})',
  'honesty.splitTheme': '{theme} ({mentions}; reviews split: {like}, {dislike})',
  'honesty.split.like.one': '{count} likes it',
  'honesty.split.like.other': '{count} like it',
  'honesty.split.dislike.one': '{count} does not',
  'honesty.split.dislike.other': '{count} do not',
  'honesty.notFor.title': 'Not for you if…',
  'honesty.notFor.mined': 'Found in critical reviews (picked out automatically, with how many reviews mention each):',
  'honesty.disclosure.title': 'Disclosure',
  'honesty.disclosureKind.sponsored': 'Sponsored',
  'honesty.disclosureKind.affiliate': 'Affiliate links',
  'honesty.disclosureKind.gifted': 'Gifted',
  'honesty.disclosureKind.ownBrand': 'Own brand',
  'honesty.disclosureKind.partner': 'Partnership',
  'honesty.disclosureKind.material': 'Material connection',
  'honesty.disclosure.sponsored': 'The brand pays for this product to be promoted here.',
  'honesty.disclosure.affiliate': 'The store earns a commission on some links here.',
  'honesty.disclosure.gifted': 'The store received this product for free.',
  'honesty.disclosure.ownBrand': "This is the store's own brand.",
  'honesty.disclosure.partner': 'The store has a commercial partnership with the maker.',
  'honesty.disclosure.material': 'The store has a material connection to this product.',
  'honesty.disclosure.partnerAlternatives': 'Some of the alternatives above are from paid partners and are marked as such.',
};

/** The English strings (with honestyOwnMessages, the reference every locale module is tested against). */
export const honestyLowerMessages = { en };
