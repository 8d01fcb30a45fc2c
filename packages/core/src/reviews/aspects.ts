/**
 * A small category lexicon of what shoppers talk about. Words map to an aspect key; the widget
 * shows the label (or its own translation of the key). Aspects not listed here are found in the
 * reviews themselves (see themes.ts).
 */
export const ASPECTS = {
  fit: {
    label: 'Fit and size',
    words: 'fit fits fitted fitting size sizes sizing tight loose snug baggy passform größe passt taille coupe serré talla ajuste',
  },
  quality: {
    label: 'Quality and durability',
    words:
      'quality durable durability sturdy flimsy broke broken lasted lasts stitching seams seam material materials fabric build construction falls fell apart qualität verarbeitung material qualité matière tissu calidad tela',
  },
  comfort: {
    label: 'Comfort',
    words:
      'comfort comfortable uncomfortable comfy cushioning itchy bequem komfort unbequem confortable confort inconfortable cómodo cómoda comodidad incómodo',
  },
  battery: { label: 'Battery', words: 'battery batteries charge charging charger charges akku batterie autonomie batería carga' },
  value: {
    label: 'Value for money',
    words:
      'price value worth money deal expensive overpriced pricey affordable cost costs preis teuer günstig geld prix cher precio caro barato',
  },
  shipping: {
    label: 'Shipping',
    words: 'shipping delivery delivered arrived shipped courier lieferung versand geliefert livraison livré envío entrega',
  },
  packaging: { label: 'Packaging', words: 'packaging package packaged box wrapped verpackung emballage embalaje paquete' },
  ease: {
    label: 'Ease of use',
    words: 'setup instructions assemble assembly install installation intuitive manual anleitung montage notice montaje instrucciones',
  },
  look: {
    label: 'Look and design',
    words: 'color colour colors colours design style looks appearance pattern farbe aussehen couleur diseño',
  },
  sound: { label: 'Sound', words: 'sound audio bass noise noisy loud volume klang sonido' },
  service: { label: 'Customer service', words: 'support service seller warranty kundenservice garantie vendeur vendedor garantía' },
} as const;

export type AspectKey = keyof typeof ASPECTS;

export function aspectEntries(): Array<[string, AspectKey]> {
  const entries: Array<[string, AspectKey]> = [];
  for (const key of Object.keys(ASPECTS) as AspectKey[]) for (const word of ASPECTS[key].words.split(' ')) entries.push([word, key]);
  return entries;
}

/** Common words that are never a theme of their own (English, German, French, Spanish; 4+ letters). */
export const STOPWORDS = (
  'this that with have they them then than what when were will would could should there their these those very just really about after before ' +
  "because been being also only some more most much many even from into over again still well which while your yours it's i've i'm i'd " +
  'does doing done made make makes using used uses bought buying purchase purchased product products item items thing things time times ' +
  'days weeks month months year years back going want wanted need needed said know think thought feel feels felt gets came come comes ' +
  'take took every other another something anything everything little both each first last since through until where here able sure ' +
  'maybe actually definitely quite enough already always ever once twice less daily wear wearing worn week order ordered bought received ' +
  'review reviews star stars honest overall expected expect hoped thanks give gave looking look went keep kept says said like right ' +
  'aber auch dass eine einem einen einer habe haben hatte mich noch oder sich sind wenn wird wurde nach schon immer etwas diese dieser dieses ' +
  'kann mein meine produkt artikel avec dans pour mais cette sont était être avoir plus tout aussi comme même peut fait produit article ' +
  'para pero como este esta todo tiene desde cuando porque también producto artículo solo'
).split(' ');
