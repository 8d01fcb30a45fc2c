import { describe, expect, it } from 'vitest';
import { Random, summarizeReviews, type ReviewInput, type SummaryOptions, type Theme } from '../../src/index.js';
import { coverComplaints, keepOneSide, productHeads, productWordsOf } from '../../src/reviews/aspects/coverage.js';
// The theme finder registers itself on import, as the widgets load it beside the engine.
import { lemma, nounLike, sentenceAspects } from '../../src/reviews/theme-finder.js';

const review = (id: number, content: string, rating = 3): ReviewInput => ({ id: `r${id}`, rating, content, createdAt: '2026-01-01' });
/** Each text written by `times` different reviews, so a found aspect passes the 3-review floor. */
const corpus = (texts: ReadonlyArray<readonly [string, number]>): ReviewInput[] => {
  const out: ReviewInput[] = [];
  for (const [text, times] of texts) for (let k = 0; k < times; k++) out.push(review(out.length, text));
  return out;
};
const themesOf = (reviews: ReviewInput[], options: SummaryOptions = {}) =>
  summarizeReviews(reviews, { checks: { duplicate: { mode: 'off' }, burst: { mode: 'off' } }, ...options }).themes;
const keys = (list: Theme[]) => list.map((t) => t.key);

describe('each theme rule, with its false-positive traps', () => {
  // [rule, review texts (each written by 4 reviews), options, keys that must be pros, must be cons, must appear nowhere]
  // One case per rule, written out in full (alike by design): each reads as reviews and the themes they must give.
  const cases: ReadonlyArray<{
    rule: string;
    texts: ReadonlyArray<readonly [string, number]>;
    options?: SummaryOptions;
    pros?: string[];
    cons?: string[];
    never?: string[];
    notCons?: string[];
    notPros?: string[];
  }> = [
    {
      rule: 'the product named in the options is never a theme',
      texts: [
        ['The Zephyr camera is great.', 4],
        ['Great Canon camera, the lens cap is flimsy.', 4],
      ],
      options: { product: { name: 'Zephyr', brand: 'Canon', category: 'Camera' } },
      cons: ['lens cap'],
      never: ['camera', 'canon', 'zephyr'],
    },
    {
      rule: 'the noun reviews call "this X" is the product, not a theme',
      texts: [
        ['This blender is great.', 4],
        ['I love this blender.', 4],
        ['The lid leaks badly.', 4],
      ],
      cons: ['lid'],
      never: ['blender'],
    },
    {
      rule: 'a brand or model the reviews write capitalised after "my" / "this" is the product, not a theme',
      texts: [
        ['My Toshiba is great, the screen is bright.', 4],
        ['I love this Toshiba.', 3],
        ['Windows is slow and buggy.', 6],
      ],
      pros: ['screen'],
      cons: ['windows'],
      never: ['toshiba'],
    },
    {
      rule: 'in German every noun is capitalised, so a capital after "meine" names no brand',
      texts: [
        ['Meine Kapuze ist super.', 2],
        ['Die Kapuze ist super.', 10],
        ['Der Reißverschluss ist leider kaputt.', 4],
      ],
      options: { locale: 'de' },
      pros: ['kapuze'],
      cons: ['reißverschluss'],
    },
    {
      rule: 'the same reviews in English: "my Hood" written capitalised twice names the product',
      texts: [
        ['My Hood is great.', 2],
        ['The hood is great.', 10],
        ['The zipper is broken, sadly.', 4],
      ],
      cons: ['zipper'],
      never: ['hood'],
    },
    {
      rule: '"too" before a describing word is an excess, so a complaint',
      texts: [
        ['The keyboard is too slick.', 4],
        ['I love the screen too.', 4],
        ['The fan is not too loud.', 4],
        ['The lid is too bad, sadly.', 3],
      ],
      cons: ['keyboard', 'lid'],
      pros: ['screen'],
      notCons: ['screen', 'fan'],
    },
    {
      rule: 'comparative and superlative forms of a context word say what the word says of the same part',
      texts: [
        ['The battery life was shorter than expected.', 4],
        ['It has the lowest price around.', 4],
        ['The fan is louder than my old one.', 4],
        ['The speaker is louder than my old one.', 4],
      ],
      // "louder" praises a speaker and criticises a fan; battery life is the battery category.
      pros: ['value', 'speaker'],
      cons: ['battery', 'fan'],
      notCons: ['value', 'speaker'],
    },
    {
      rule: 'general complaint and praise words: sub-par, inept, tarnished, loose; amazed, astonishing',
      texts: [
        ['The hinge is a bit loose.', 4],
        ['The support staff is inept.', 4],
        ['The trackpad is subpar.', 4],
        ['I was amazed by the keyboard.', 4],
        ['The display is astonishing.', 4],
      ],
      pros: ['keyboard', 'display'],
      // Staff is the customer service category.
      cons: ['hinge', 'service', 'trackpad'],
    },
    {
      rule: 'a part that had to be replaced is a complaint; the old product this one replaced is no theme',
      texts: [
        ['They replaced the hard drive twice.', 4],
        ['These replaced my old wired pair, and the cushions are great.', 4],
        ['This replaced my previous nylon rucksack.', 4],
      ],
      cons: ['hard drive'],
      pros: ['cushion'],
      never: ['pair', 'wired pair', 'nylon rucksack', 'rucksack'],
    },
    {
      rule: 'praise that needs a counterfactual condition criticises what the condition names',
      texts: [
        ['If the viewfinder were bigger, it would be perfect.', 4],
        ['If you like bass, these are perfect.', 4],
        ['The strap is great.', 3],
      ],
      cons: ['viewfinder'],
      notCons: ['bass'],
    },
    {
      rule: 'verbs of eating are never themes',
      texts: [
        ['We eat here every week and the pasta is great.', 4],
        ['I ate there twice, the waiter was rude.', 4],
      ],
      pros: ['pasta'],
      cons: ['waiter'],
      never: ['eat', 'ate'],
    },
    {
      rule: 'a "but" sentence praises one aspect and criticises the other',
      texts: [['Great pictures, but the viewfinder is tiny.', 4]],
      pros: ['picture'],
      cons: ['viewfinder'],
    },
    {
      rule: 'a negated complaint is not a complaint',
      texts: [
        ['The strap is not bad at all.', 4],
        ['The buckle is terrible.', 4],
      ],
      cons: ['buckle'],
      notCons: ['strap'],
    },
    {
      rule: 'a question asserts nothing',
      texts: [
        ['Is the speaker any good?', 4],
        ['The remote is awful.', 4],
      ],
      cons: ['remote'],
      never: ['speaker'],
    },
    {
      rule: 'a wish names what is missing',
      texts: [
        ['I wish the keys were backlit.', 4],
        ['If it had a better remote, it would be perfect.', 4],
      ],
      cons: ['key', 'remote'],
    },
    {
      rule: 'words turn negative in context',
      texts: [
        ['Short battery life.', 4],
        ['The fan is loud.', 4],
        ['Long cord, very handy.', 4],
        ['Runs small, order a size up.', 4],
        ['We walked it home in cold weather.', 3],
      ],
      cons: ['battery', 'fan', 'fit'],
      pros: ['cord'],
      never: ['weather', 'small', 'runs'],
    },
    {
      rule: 'fillers, pronouns and verbs of reviewing are never themes',
      texts: [
        ['Anyone around here called it great, and I recommend it to everyone.', 4],
        ['The hinge broke, sadly.', 4],
      ],
      never: ['anyone', 'around', 'called', 'everyone'],
    },
    {
      rule: 'inflections and variants merge into one aspect',
      texts: [
        ['The pictures are sharp.', 2],
        ['Sharp picture.', 1],
        ['The photos are stunning.', 2],
      ],
      pros: ['picture'],
      never: ['photo', 'pictures'],
    },
    {
      rule: 'multi-word aspects keep their words; category words join their category',
      texts: [
        ['The lens cap is flimsy.', 4],
        ['Customer service was rude.', 5],
        ['The prices are great.', 6],
      ],
      cons: ['lens cap', 'service'],
      pros: ['value'],
    },
    {
      rule: 'a comparison praises one side and criticises the other',
      texts: [['The new zipper is much better than the old buckle.', 4]],
      pros: ['zipper'],
      cons: ['buckle'],
    },
    {
      rule: 'German, French and Spanish reviews give aspects and categories too',
      texts: [
        ['Der Reißverschluss ist leider kaputt.', 4],
        ['Der Akku ist schlecht.', 4],
        ['La fermeture est cassée.', 4],
        ['El cierre está roto.', 4],
        ['Die Kapuze ist super.', 4],
      ],
      cons: ['reißverschluss', 'battery', 'fermeture', 'cierre'],
      pros: ['kapuze'],
      never: ['ist', 'est', 'está', 'cierre está'],
    },
    {
      rule: 'a part that gave up is a complaint; the same verbs about the visit are not',
      texts: [
        ['The remote stopped working after a month.', 4],
        ['The screen went black, sadly.', 4],
        ['The trackpad keeps acting up.', 4],
        ['We went out for dinner and the pasta was great.', 4],
        ['The soup came out hot and the bread was lovely.', 4],
      ],
      cons: ['remote', 'screen', 'trackpad'],
      pros: ['pasta', 'bread'],
      notCons: ['soup', 'dinner'],
    },
    {
      rule: 'a negated reassurance is praise, and the same word without a negator is nothing',
      texts: [
        ['No need to buy a mouse, the trackpad is that good.', 4],
        ['I would not hesitate to buy the tent again.', 3],
        ['The hinge is terrible.', 4],
      ],
      pros: ['trackpad'],
      cons: ['hinge'],
      notCons: ['mouse', 'tent'],
    },
    {
      rule: '"if you ..." is a condition on the reader, so its praise stays praise; "if it ..." still names a lack',
      texts: [
        ['If you love spicy food, you will love the curry.', 4],
        ['If the viewfinder were bigger, it would be perfect.', 4],
        ['The strap is great.', 3],
      ],
      pros: ['curry'],
      cons: ['viewfinder'],
      notCons: ['curry', 'food'],
    },
    {
      rule: 'a use, a place or a count after a preposition or "to" is no part; "easy to use" names usability',
      texts: [
        ['Great for school and for travel, the keyboard is excellent.', 4],
        ['So easy to use.', 4],
        ['I bought two, the battery is awful.', 4],
      ],
      pros: ['keyboard', 'ease'],
      cons: ['battery'],
      never: ['school', 'travel', 'two'],
    },
    {
      rule: '"easy to set up" is the ease of use, as "setup" is; "I set up" names nothing',
      texts: [
        ['So easy to set up.', 4],
        ['I set up the tent and it was awful.', 4],
      ],
      pros: ['ease'],
      cons: ['tent'],
      never: ['set up', 'set'],
    },
    {
      rule: 'idioms that end in a noun ("out of the box", "of course", "in the end") name no part',
      texts: [
        ['Right out of the box the battery was great.', 4],
        ['Of course the hinge broke.', 4],
        ['In the end the screen is lovely.', 4],
      ],
      pros: ['battery', 'screen'],
      cons: ['hinge'],
      never: ['packaging', 'course', 'end'],
    },
    {
      rule: '"could be better" and "needs better" ask for more; "couldn\'t be happier" is praise; "would recommend" stays praise',
      texts: [
        ['The speakers could be better.', 4],
        ['It needs a better trackpad.', 4],
        ["I couldn't be happier with the screen.", 4],
        ['I would recommend the keyboard.', 4],
      ],
      cons: ['speaker', 'trackpad'],
      pros: ['screen', 'keyboard'],
      notCons: ['screen', 'keyboard'],
    },
    {
      rule: 'a negated verb is a complaint',
      texts: [
        ['The remote would not pair.', 4],
        ['The display is gorgeous.', 4],
      ],
      cons: ['remote'],
      pros: ['display'],
    },
    {
      rule: '"like" praises after its subject or opening the sentence; "looks like" compares and "would like" wishes',
      texts: [
        ['I really like the keyboard.', 4],
        ['Like the trackpad a lot.', 4],
        ["I don't like the speakers.", 4],
        ['The lid looks like plastic.', 4],
        ['I would like a backlight.', 4],
      ],
      pros: ['keyboard', 'trackpad'],
      cons: ['speaker'],
      notPros: ['lid', 'backlight', 'speaker'],
    },
    {
      rule: '"well" praises what works well, not what comes "as well" or a clause it opens',
      texts: [
        ['The hinge holds well.', 4],
        ['It comes with a webcam as well.', 4],
        ['Well, the fan died.', 4],
      ],
      pros: ['hinge'],
      cons: ['fan'],
      notPros: ['webcam', 'fan'],
    },
    {
      rule: '"no big deal" is no complaint and no bargain',
      texts: [
        ['No big deal.', 4],
        ['The hinge squeaks, no big deal.', 4],
        ['The screen is great.', 4],
      ],
      pros: ['screen'],
      cons: ['hinge'],
      never: ['value'],
    },
    {
      rule: '"sharp" praises a screen and criticises edges',
      texts: [
        ['The screen is very sharp.', 4],
        ['The edges are sharp.', 4],
      ],
      pros: ['screen'],
      cons: ['edge'],
      notPros: ['edge'],
      notCons: ['screen'],
    },
    {
      rule: "VADER's words for service and letdowns: unfriendly staff, a disappointing lid, a question asks and judges nothing",
      texts: [
        ['The staff were unfriendly.', 4],
        ['The lid is a disaster.', 4],
        ['Is the cover delightful?', 4],
        ['The waiter was welcoming and cheerful.', 4],
      ],
      pros: ['waiter'],
      cons: ['staff', 'lid'],
      never: ['cover'],
    },
    {
      rule: '"son" (a son; Spanish "are"; French "his") is not the sound, which "sound" and "sonido" still name',
      texts: [
        ['My son was thrilled with it.', 4],
        ['Los altavoces son geniales.', 4],
        ['Son écran est superbe.', 4],
      ],
      never: ['sound'],
    },
    {
      rule: '"sound" and "sonido" still name the sound',
      texts: [
        ['The sound is great.', 4],
        ['El sonido es malo.', 4],
      ],
      pros: ['sound'],
      cons: ['sound'],
    },
    {
      rule: 'a capitalised name before "products" is a maker, not an aspect; "quality products" keeps its aspect',
      texts: [
        ['I love Apple products.', 4],
        ['Toshiba products are terrible.', 4],
        ['Great quality products.', 4],
      ],
      pros: ['quality'],
      never: ['apple', 'toshiba'],
    },
    {
      rule: 'a maker named capitalised before "products" is the product wherever reviews name it',
      texts: [
        ['You can never go wrong with Apple products.', 4],
        ['Apple did a great job, the keyboard is great.', 4],
      ],
      pros: ['keyboard'],
      never: ['apple'],
    },
    {
      rule: 'discourse nouns ("the best part", "a great job", "a good investment", "the experience") name no aspect',
      texts: [
        ['The best part is the keyboard.', 4],
        ['They did a great job, a good investment.', 4],
        ['It was a wonderful experience.', 4],
      ],
      pros: ['keyboard'],
      never: ['part', 'job', 'investment', 'experience'],
    },
    {
      rule: '"would like" and "would change" wish for what is missing (cons); "would recommend" praises, and the product it names is no pro',
      texts: [
        ['I would like a backlight.', 4],
        ['The only thing I would change is the trackpad.', 4],
        ['I would recommend the Zephyr, the screen is great.', 4],
      ],
      options: { product: { name: 'Zephyr' } },
      pros: ['screen'],
      cons: ['backlight', 'trackpad'],
      never: ['zephyr'],
    },
    {
      rule: 'what breaks "until" a point is a con, what was praised before it a pro; a plain "until" judges nothing',
      texts: [
        ['The keyboard worked great until the hinge cracked.', 4],
        ['Leave it on the charger until the light turns green.', 4],
      ],
      pros: ['keyboard'],
      cons: ['hinge'],
      never: ['charger', 'light'],
    },
    {
      rule: 'a kind named lowercase before "products" is no name of the product',
      texts: [
        ['I avoid pork products.', 4],
        ['The pork was great.', 4],
      ],
      pros: ['pork'],
    },
  ];
  it.each(cases)('$rule', ({ texts, options, pros = [], cons = [], never = [], notCons = [], notPros = [] }) => {
    const themes = themesOf(corpus(texts), options);
    for (const key of pros) expect(keys(themes.pros), `pro ${key}`).toContain(key);
    for (const key of cons) expect(keys(themes.cons), `con ${key}`).toContain(key);
    const all = [...keys(themes.pros), ...keys(themes.cons)];
    for (const key of never) expect(all, `never ${key}`).not.toContain(key);
    for (const key of notCons) expect(keys(themes.cons), `not a con: ${key}`).not.toContain(key);
    for (const key of notPros) expect(keys(themes.pros), `not a pro: ${key}`).not.toContain(key);
  });

  it('a short title that is an opinion on one noun ("Great bottle") names the product, which is then no theme', () => {
    const titled = (id: number, title: string, content: string): ReviewInput => ({ ...review(id, content), title });
    const reviews = [
      titled(0, 'Great bottle', 'The lid leaks, sadly.'),
      titled(1, 'Lovely bottle!', 'Keeps tea hot all day. The lid leaks a little.'),
      titled(2, 'Nice bottle', 'The lid is terrible, it leaks.'),
      titled(3, 'Happy', 'The bottle is great and the strap is sturdy.'),
      titled(4, 'Good buy', 'The bottle is lovely, the strap is great.'),
      titled(5, 'Five stars', 'A great bottle. The strap is excellent.'),
    ];
    const themes = themesOf(reviews);
    expect(keys(themes.cons)).toContain('lid');
    expect(keys(themes.pros)).toContain('strap');
    expect([...keys(themes.pros), ...keys(themes.cons)]).not.toContain('bottle');
    // Control: the same words in the text, not in short titles, leave the bottle a found aspect.
    const untitled = themesOf(
      reviews.map(({ title, ...rest }) => ({
        ...rest,
        content: `${title}. ${rest.content}`.replace(/^(Happy|Good buy|Five stars)\. /, ''),
      })),
    );
    expect(keys(untitled.pros)).toContain('bottle');
  });

  it('labels are in the reviews own words; categories carry a translation key and "Other ..." lines too', () => {
    const themes = themesOf(
      corpus([
        ['The lens cap is flimsy.', 4],
        ['Customer service was rude.', 4],
      ]),
    );
    const lensCap = themes.cons.find((t) => t.key === 'lens cap')!;
    expect(lensCap.label).toBe('Lens cap');
    expect(lensCap.labelKey).toBeUndefined();
    expect(themes.cons.find((t) => t.key === 'service')!.labelKey).toBe('aspect.service');
  });

  it('a label is on both sides only when reviews really split, and then carries the split', () => {
    const split = themesOf(
      corpus([
        ['The battery is great.', 6],
        ['The battery is awful.', 4],
        ['The case is nice.', 3],
      ]),
    );
    const pro = split.pros.find((t) => t.key === 'battery')!;
    const con = split.cons.find((t) => t.key === 'battery')!;
    expect(pro.split).toEqual({ positive: 6, negative: 4 });
    expect(con.split).toEqual({ positive: 6, negative: 4 });
    // 9 to 1 is no split: the battery is a pro only.
    const oneSided = themesOf(
      corpus([
        ['The battery is great.', 9],
        ['The battery is awful.', 1],
        ['The strap is awful.', 3],
      ]),
    );
    expect(keys(oneSided.pros)).toContain('battery');
    expect(keys(oneSided.cons)).not.toContain('battery');
    expect(oneSided.pros.find((t) => t.key === 'battery')!.split).toBeUndefined();
  });

  it('a quote of a long sentence is the clause that holds the aspect and its opinion, never cut mid-word', () => {
    const long =
      'We took it on a two-week trip through the mountains with our kids and the dog, through rain, sun and one memorable hailstorm on the pass, and the zipper broke on day three.';
    const themes = themesOf(corpus([[long, 4]]));
    const zipper = themes.cons.find((t) => t.key === 'zipper')!;
    for (const quote of zipper.quotes) {
      expect(quote.text).toContain('the zipper broke on day three');
      expect(long).toContain(quote.text.replace(/…$/, ''));
      expect(quote.text.length).toBeLessThanOrEqual(160);
    }
  });

  it('mentions count distinct reviews and each quote contains the aspect', () => {
    const themes = themesOf(
      corpus([
        ['The zipper broke. The zipper is awful, the zipper!', 5],
        ['The zipper is terrible.', 2],
      ]),
    );
    const zipper = themes.cons.find((t) => t.key === 'zipper')!;
    expect(zipper.mentions).toBe(7);
    expect(new Set(zipper.reviewIds).size).toBe(7);
    for (const quote of zipper.quotes) expect(quote.text.toLowerCase()).toContain('zipper');
  });
});

describe('the polarity of each aspect in one sentence', () => {
  // [sentence, aspect key, polarity the engine must give it]; each rule with its trap beside it.
  it.each([
    ['The hinge is weak plastic and the screen great.', 'hinge', -1], // after "is": the subject, not the nearer "plastic"
    ['The hinge is weak plastic and the screen great.', 'screen', 1],
    ['I really like the keyboard.', 'keyboard', 1],
    ["I don't like the speakers.", 'speaker', -1],
    ['The case looks like plastic.', 'case', 0], // "like" compares
    ['I would like a backlight.', 'backlight', -1], // "would like" wishes, as "I wish" does: the backlight is missing
    ['The only thing I would change is the trackpad.', 'trackpad', -1],
    ['I would recommend the keyboard.', 'keyboard', 1], // "would recommend" is no wish
    ['Would you like a backlit keyboard?', 'backlit keyboard', 0], // a question asks, it wishes for nothing
    ['The trackpad responds well.', 'trackpad', 1], // "responds" is the verb, not part of the phrase
    ['It has a webcam as well.', 'webcam', 0], // "as well" adds, it does not praise
    ['The screen is very sharp.', 'screen', 1],
    ['The edges are sharp.', 'edge', -1],
    ['The staff were unfriendly.', 'staff', -1],
    ['Is the battery any good?', 'battery', 0], // a question judges nothing
    ['Keyboard could use some trimming.', 'keyboard', -1],
    ['It could be the motherboard.', 'motherboard', 0], // "could be" with no opinion guesses, it does not ask for more
    ['The fan could use some work but the screen is great.', 'screen', 1],
    ["This isn't a big deal, the screen is fine.", 'screen', 1],
    ["It doesn't overheat or make any loud noises.", 'noise', 1], // the negation reaches past "or"
    ['The screen is bright or the keys are loose.', 'key', -1], // "or" alone negates nothing
    ['He not only makes his own mozzarella, but every pie is fresh.', 'mozzarella', 1], // "not only" adds
    ['It has not just a good screen but a great keyboard.', 'screen', 1],
    ['It does not have a good screen.', 'screen', -1], // a plain "not" still negates
    ["It makes whatever you like, whether it's on the menu or not.", 'menu', 0], // "or not" leaves open
    ['Try the cheesecake!', 'cheesecake', 1], // a recommendation
    ['You must try the salmon.', 'salmon', 1],
    ['I tried to use the touchpad.', 'touchpad', 0], // "try to" is an attempt
    ['Try to use the touchpad.', 'touchpad', 0],
    ['Try finding a case for it.', 'case', 0], // "try finding" is a challenge
    ['They had to replace the motherboard.', 'motherboard', -1], // a part that needed repair
    ['I needed to fix the hinge twice.', 'hinge', -1],
    ['I bought it to replace my old laptop, the screen is fine.', 'screen', 1], // replacing what one had is no repair
    ['The fix for the hinge was quick.', 'hinge', 1], // "fix" as a noun
    ['Then the battery ceased charging at all.', 'battery', -1], // "ceased" gives up as "stopped" does
    ['It has a faster processor.', 'processor', 1], // comparatives of praise praise
    ['Service was quicker than expected.', 'service', 1],
    ['The processor is not faster than my old one.', 'processor', -1], // negated
    ['The fan dies faster than the screen.', 'fan', -1], // a failure verb keeps its own
    ['The battery drains faster than my old one.', 'battery', -1], // a drained battery is no praise
    ['The battery drains fast.', 'battery', -1],
    ['The sink drains fast.', 'sink', 1], // a sink that drains is
    ['There is hardly any memory left on the hard drive.', 'memory', -1], // "hardly" negates
    ['The screen rarely flickers.', 'screen', 1],
    ['The keyboard is barely usable.', 'keyboard', -1],
    ['Other than that, the screen is great.', 'screen', 1], // "other than that" sets aside, it compares nothing
    ['The trackpad is great compared to the mouse.', 'mouse', -1], // "compared to" compares, as "than" does
    ['The trackpad is great compared to the mouse.', 'trackpad', 1],
    ['It worked great until the hinge cracked.', 'hinge', -1], // "until" turns the sentence, as "but" does
    ['Leave it on the charger until the light turns green.', 'charger', 0], // and adds nothing where nothing is judged
    ['It has a high price tag.', 'price tag', -1], // a context word takes the noun right after it ("high price")
    ['The screen has a high resolution.', 'resolution', 1],
    ['It has a low price tag.', 'price tag', 1],
    ['The screen is too large.', 'screen', -1], // after "too", the excess is the opinion
    ['The screen is large.', 'screen', 1],
    ['The keyboard is too quiet.', 'keyboard', -1],
    ['The staff were very accommodating.', 'staff', 1],
    ['The staff were not accommodating.', 'staff', -1], // negated praise
    ['The disc drive refused to open.', 'disc drive', -1],
    ['The trackpad lags.', 'trackpad', -1],
    ['The trackpad never lags.', 'trackpad', 1], // a negated complaint
    // Opinion words from VADER (MIT) that reviews use: each with a trap where it judges nothing or is negated.
    ['The recovery discs came free.', 'recovery disc', 1],
    ['The shipping was not free.', 'shipping', -1], // negated
    ['Feel free to ask me about the zipper.', 'zipper', 0], // "feel free" invites, it praises nothing
    ['The lunch special was great.', 'lunch special', 1], // "special" is a dish, not an opinion word
    ['I was surprised by the keyboard.', 'keyboard', 1],
    ['The waiter ignored us.', 'waiter', -1],
    ['I was forced to reinstall the operating system.', 'operating system', -1],
    ['The trackpad keeps freaking out.', 'trackpad', -1],
    ['I am really enjoying the keyboard.', 'keyboard', 1],
    ['I saved a lot on the memory upgrade.', 'memory upgrade', 1],
    ['The hinge gives the screen a lot of flexibility.', 'hinge', 1],
    ['I got it for a bargain at the outlet.', 'outlet', 1],
    ['The fan runs efficiently.', 'fan', 1],
    ['It has the greatest keyboard.', 'keyboard', 1],
    ['The screen is alright.', 'screen', 1],
    ['The screen is not alright.', 'screen', -1], // negated
    ['I was shocked by the fan noise.', 'fan noise', -1],
    ['The update brought improvements.', 'update', 1],
    ['I do not want an external mouse.', 'external mouse', 0], // a negated wish is the reviewer's choice
    ['Games do not require a dedicated video card.', 'dedicated video card', 0], // a negated need states no fault
    ['The external mouse does not work.', 'external mouse', -1], // a negated verb is still a failure
  ] as const)('%s: %s is %i', (text, key, polarity) => {
    const found = sentenceAspects([text], { minSentences: 1 })[0]!;
    expect(found.find((a) => a.key === key)?.polarity, JSON.stringify(found)).toBe(polarity);
  });
});

describe('the phrases sentenceAspects finds, with their false-positive traps', () => {
  // [sentence, keys it must find, keys it must not find]: each rule, then a sentence where the same words are aspects.
  it.each([
    // Words the suffix rules read as nouns: adverbs, kin, dates, reflexives, participles, superlatives.
    ['My sister thinks the screen is great.', ['screen'], ['sister']],
    ['I bought it in April and the keyboard died on Friday.', ['keyboard'], ['april', 'friday']],
    ['The OS itself is great.', ['os'], ['os itself']],
    ['The latest update is great.', ['update'], ['latest update']],
    ['It has often crashed, the fan is loud.', ['fan'], ['often']],
    ['Bad luck, the hinge broke.', ['hinge'], ['luck']],
    ['The buckles close easily.', ['buckle'], ['buckle close']],
    ['The contest entry was great.', ['contest entry'], []], // a noun that ends like a superlative
    // A verb after its subject ends the phrase: no plural noun is followed by an object.
    ['The keyboard responds well.', ['keyboard'], ['keyboard respond']],
    ['The fan noise causes the whole desk to hum.', ['fan noise'], ['fan noise cause']],
    ['The battery packs are great.', ['battery pack'], ['battery']], // a plural head before a verb stays
    ['The keyboard keys and the screen are great.', ['keyboard key', 'screen'], []],
    // Idioms: "in case", "that is not the case", "in the first place" name no case and no place.
    ['In case it breaks, the warranty is great.', ['warranty'], ['case']],
    ['The screen should be sharp, but that is not the case.', ['screen'], ['case']],
    ['The screen was bad in the first place.', ['screen'], ['place']],
    ['The case is sturdy.', ['case'], []],
    ['The place is great.', ['place'], []],
    // Two-letter names of software: "XP", "MS" (other two-letter words stay out: "as", "ok").
    ['MS Office and Windows XP are great.', ['ms office', 'windows xp'], ['office', 'windows']],
    ['It is ok as is, the screen is great.', ['screen'], ['ok', 'as']],
    // "built-in" and "a built in" before a noun are part of its name; "was built in" names a place.
    ['The built-in webcam is great.', ['built in webcam'], ['webcam']],
    ['It has a built in camera that is great.', ['built in camera'], []],
    ['It was built in Taiwan and the fan is great.', ['fan'], ['built in taiwan']],
    // "boot up", "start up": the operation; "up" after another verb names nothing.
    ['It is slow to boot up.', ['boot up'], ['boot']],
    ['Start up is fast.', ['start up'], []],
    ['Sign up was fast.', [], ['sign up', 'up']],
    ['It was easy to set up.', ['set up'], []],
    ['I set up the screen and it is great.', ['screen'], ['set up']],
    // "it runs great", "works well": the performance; after a noun the noun is what performs.
    ['It runs great and works well.', ['runs', 'works'], []],
    ['The battery works well and the fan runs quietly.', ['battery', 'fan'], ['works', 'runs', 'battery works', 'fan runs']],
    // "the feel", "a sleek look": a quality named after an article; as verbs they name nothing.
    ['I love the feel of the keys.', ['feel', 'key'], []],
    ['It has a sleek look.', ['look'], []],
    ['I feel the screen looks great.', ['screen'], ['feel', 'look', 'screen look']],
    // After "no" a noun names a missing part; after "not" or a modal it is a verb.
    ['There is no cd drive.', ['cd drive'], ['drive']],
    ['It has no camera, sadly.', ['camera'], []],
    ['The fan does not spin and it would not boot.', ['fan'], ['spin', 'boot']],
    ['Excellent zipper, no snags at all.', ['zipper'], ['snag']], // a plural after "no": defects that are absent
  ] as const)('%s', (text, found, never) => {
    const keys = sentenceAspects([text], { minSentences: 1 })[0]!.map((a) => a.key);
    for (const key of found) expect(keys, key).toContain(key);
    for (const key of never) expect(keys, key).not.toContain(key);
  });

  it('keeps one word with an opinion when another sentence names it too, and without one in three sentences; a compound with less', () => {
    const texts = [
      'The hinge is great.',
      'The hinge is loose.',
      'The gasket is great.', // one word, one sentence: not kept for its opinion alone
      'The rubber seal is great.', // a compound: kept for its opinion
      'It came with a strap.',
      'It came with a strap.', // one word without an opinion in two sentences: not kept
      'It came with a wrist strap.',
      'It came with a wrist strap.', // a compound without an opinion in two: kept
    ];
    const keys = sentenceAspects(texts).map((phrases) => phrases.map((a) => a.key));
    expect(keys).toEqual([['hinge'], ['hinge'], [], ['rubber seal'], [], [], ['wrist strap'], ['wrist strap']]);
    expect(sentenceAspects([...texts, 'It came with a strap.'])[4]!.map((a) => a.key)).toEqual(['strap']);
    // minSentences applies to every phrase: 1 keeps them all.
    expect(sentenceAspects(texts, { minSentences: 1 }).map((phrases) => phrases.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });
});

describe('the polarity sentenceAspects gives its target phrases', () => {
  // [sentence with the target in brackets, polarity]: the words outside the targets stay in the sentence.
  it.each([
    // The second clause names a laptop, so its opinion may be about that: it does not pass back to the price.
    ['Decent comp for the [price], and my other laptop died on me.', 1],
    // A clause that names nothing gives its opinion to the phrase before it, as in a summary.
    ['Good [screen], but very dim.', -1],
  ] as const)('%s: %i', (marked, polarity) => {
    const start = marked.indexOf('[');
    const end = marked.indexOf(']') - 1;
    const text = marked.replace('[', '').replace(']', '');
    const found = sentenceAspects([text], { targets: [[[start, end]]] })[0]!;
    expect(found.map((a) => a.polarity)).toEqual([polarity]);
  });
});

describe('the pure rules', () => {
  it('lemma merges plurals and variants, and nounLike keeps function words, verbs and adjectives out', () => {
    expect(['batteries', 'photos', 'pics', 'boxes', 'keys', 'lens', 'sizing'].map(lemma)).toEqual([
      'battery',
      'picture',
      'picture',
      'box',
      'key',
      'lens',
      'size',
    ]);
    for (const word of ['viewfinder', 'remote', 'fan', 'os', 'setting', 'hinge']) expect(nounLike(word), word).toBe(true);
    for (const word of ['contest', 'interest', 'forest']) expect(nounLike(word), word).toBe(true);
    for (const word of ['itself', 'april', 'sister', 'latest', 'cheapest', 'taken', 'thus', 'whenever', 'lap', 'luck', 'send', 'close'])
      expect(nounLike(word), word).toBe(false);
    for (const word of ['anyone', 'around', 'called', 'quickly', 'worked', 'working', 'gorgeous', 'the', 'we', '123'])
      expect(nounLike(word), word).toBe(false);
  });

  it('productWordsOf and productHeads find the product', () => {
    expect([...productWordsOf({ name: 'Zephyr X2 Cameras', brand: 'Canon' })].sort()).toEqual(['camera', 'canon', 'x2', 'zephyr']);
    expect(productWordsOf(undefined).size).toBe(0);
    const heads = productHeads(
      [
        { key: 'blender', thisReviews: 30, opinionReviews: 60 },
        { key: 'lid', thisReviews: 2, opinionReviews: 40 },
        { key: 'jar', thisReviews: 1, opinionReviews: 1 },
        // A name written capitalised after "my" / "this" in two reviews or more, however often it is discussed.
        { key: 'toshiba', thisReviews: 3, thisNamed: 3, opinionReviews: 40 },
        { key: 'windows', thisReviews: 0, thisNamed: 0, opinionReviews: 30 },
        { key: 'hood', thisReviews: 4, thisNamed: 1, opinionReviews: 40 },
      ],
      100,
    );
    expect(heads).toEqual(['blender', 'toshiba']);
  });

  it.each([
    [41, 17, 'both'],
    [9, 1, 'pros'],
    [1, 9, 'cons'],
    [3, 1, 'both'],
    [5, 5, 'both'],
    [0, 0, 'pros'],
  ] as const)('keepOneSide(%i, %i) is %s', (positive, negative, side) => expect(keepOneSide(positive, negative)).toBe(side));

  it('coverComplaints shows what fits and names the rest', () => {
    const cons = [{ n: 30 }, { n: 20 }, { n: 12 }, { n: 9 }, { n: 4 }];
    const shown = [cons[0]!];
    const result = coverComplaints([10, 15], shown, cons, (c) => c.n, 2);
    expect(result.show).toEqual([cons[1]]);
    expect(result.name).toEqual([cons[2]]);
    expect(coverComplaints([], shown, cons, (c) => c.n, 5)).toEqual({ show: [], name: [] });
  });
});

describe('properties', () => {
  const PARTS = ['remote', 'hinge', 'zipper', 'strap', 'lid', 'cable', 'button', 'screen', 'wheel', 'handle', 'knob', 'latch'];
  const GOOD = ['great', 'excellent', 'perfect', 'lovely'];
  const BAD = ['terrible', 'awful', 'horrible', 'useless'];
  /** A random set: each part praised and criticised by its own random number of reviews. */
  const randomSet = (seed: number) => {
    const random = new Random(seed);
    const reviews: ReviewInput[] = [];
    for (const part of PARTS) {
      const good = random.int(0, 25);
      const bad = random.int(0, 25);
      for (let k = 0; k < good; k++) reviews.push(review(reviews.length, `The ${part} is ${random.pick(GOOD)}.`, 5));
      for (let k = 0; k < bad; k++) reviews.push(review(reviews.length, `The ${part} is ${random.pick(BAD)}.`, 1));
    }
    return reviews;
  };

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: no complaint made by more reviews than the smallest shown pro is left out', (seed) => {
    const reviews = randomSet(seed);
    const themes = themesOf(reviews);
    const against = new Map<string, number>();
    for (const r of reviews)
      if (r.rating === 1) for (const part of PARTS) if (r.content!.includes(` ${part} `)) against.set(part, (against.get(part) ?? 0) + 1);
    const smallestPro = Math.min(...themes.pros.map((t) => t.mentions));
    const named = themes.cons.flatMap((t) => [t.key, ...(t.aspects ?? []).map((a) => a.key)]);
    for (const [part, count] of against) if (count > smallestPro) expect(named, `${part} (${count} > ${smallestPro})`).toContain(part);
    for (const theme of themes.cons) for (const a of theme.aspects ?? []) expect(a.mentions).toBe(against.get(a.key));
  });

  it.each([3, 9, 14])('seed %i: mirrored reviews give mirrored themes', (seed) => {
    const reviews = randomSet(seed);
    const mirror = (text: string) => {
      for (let k = 0; k < GOOD.length; k++) {
        if (text.includes(GOOD[k]!)) return text.replace(GOOD[k]!, BAD[k]!);
        if (text.includes(BAD[k]!)) return text.replace(BAD[k]!, GOOD[k]!);
      }
      return text;
    };
    const mirrored = reviews.map((r) => ({ ...r, rating: 6 - r.rating, content: mirror(r.content!) }));
    const a = themesOf(reviews);
    const b = themesOf(mirrored);
    // The coverage rule favours complaints on purpose, so which themes are shown may differ; every
    // aspect shown on mirrored sides has the same reviews behind it, and so does the balance target.
    const same = (x: Theme[], y: Theme[]) => {
      let compared = 0;
      for (const t of x) {
        const u = y.find((o) => o.key === t.key && t.key !== 'other');
        if (!u) continue;
        expect([u.key, u.mentions, u.reviewIds]).toEqual([t.key, t.mentions, t.reviewIds]);
        compared++;
      }
      return compared;
    };
    expect(same(a.pros, b.cons) + same(a.cons, b.pros)).toBeGreaterThan(2);
    expect(b.negativeSentenceShare).toBeCloseTo(1 - a.negativeSentenceShare!, 12);
  });

  it('a 1-star and a 5-star review with mirrored text give mirrored themes', () => {
    // Three of each, so the found aspects pass the 3-review floor.
    const times = (make: (k: number) => ReviewInput[]) => [0, 1, 2].flatMap(make);
    const pair = times((k) => [
      review(2 * k, 'The hinge is great but the latch is awful.', 5),
      review(2 * k + 1, 'The hinge is awful but the latch is great.', 1),
    ]);
    const mirrored = times((k) => [
      review(2 * k, 'The hinge is awful but the latch is great.', 1),
      review(2 * k + 1, 'The hinge is great but the latch is awful.', 5),
    ]);
    const a = themesOf(pair);
    const b = themesOf(mirrored);
    expect(a.pros.map((t) => t.key).sort()).toEqual(['hinge', 'latch']);
    expect(b.pros.map((t) => [t.key, t.mentions])).toEqual(a.pros.map((t) => [t.key, t.mentions]));
    const single = themesOf(times((k) => [review(2 * k, 'The hinge is great.', 5), review(2 * k + 1, 'The latch is awful.', 1)]));
    const flipped = themesOf(times((k) => [review(2 * k, 'The hinge is awful.', 1), review(2 * k + 1, 'The latch is great.', 5)]));
    expect(single.pros.map((t) => t.key)).toEqual(['hinge']);
    expect(flipped.pros.map((t) => t.key)).toEqual(single.cons.map((t) => t.key));
    expect(flipped.cons.map((t) => t.key)).toEqual(single.pros.map((t) => t.key));
  });

  it('the same reviews give the same themes, whatever the order of calls', () => {
    const reviews = randomSet(42);
    const first = themesOf(reviews);
    themesOf(randomSet(43));
    expect(themesOf(reviews)).toEqual(first);
  });

  it('a sentenceAspects call with targets between two summaries leaves the second unchanged (no state carries over)', () => {
    const reviews = corpus([
      ['The usb port cover hinge is weak.', 4],
      ['The battery life is great.', 4],
    ]);
    const first = themesOf(reviews);
    sentenceAspects(['The usb port cover hinge is weak and the wireless network card driver fails.'], {
      targets: [
        [
          [4, 30],
          [43, 71],
        ],
      ],
    });
    expect(themesOf(reviews)).toEqual(first);
  });
});
