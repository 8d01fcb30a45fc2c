/**
 * Two-word complaints and negated complaints that no single lexicon word carries, English.
 * - A failure: a verb whose next word says the part gave up ("the charger stopped working",
 *   "the screen went black", "the hinge fell apart", "the fan burned out"). Each verb is listed
 *   with the words that make it a failure, so "we went out for dinner" or "the food came out
 *   hot" stay neutral.
 * - Negated reassurance: words that praise only when negated ("no need to buy antivirus",
 *   "would not hesitate to buy again", "can't beat the price", "no complaints").
 * Candor's own lists, on VADER's scale (the valence of the verb; the part nearest it takes it).
 */

const FAILURE_VALENCE = -1.6;

/** What "stopped", "quit" and "ceased" are followed by when a part gave up. */
const GAVE_UP = 'working responding charging functioning booting loading';

/** verb: the next words that make it a failure. */
const FAILURES: Record<string, string> = {
  act: 'up',
  stop: GAVE_UP,
  quit: GAVE_UP,
  cease: GAVE_UP,
  burn: 'out',
  blow: 'out',
  wear: 'out off',
  short: 'out',
  give: 'out',
  crap: 'out',
  conk: 'out',
  go: 'bad dead black blank haywire kaput',
  fall: 'apart off',
  come: 'apart loose unglued undone',
};

/** Inflected forms of the verbs above (regular -s, -ed, -ing forms are derived). */
const IRREGULAR: Record<string, string> = {
  stopped: 'stop',
  stopping: 'stop',
  quits: 'quit',
  quitting: 'quit',
  burnt: 'burn',
  blew: 'blow',
  blown: 'blow',
  wore: 'wear',
  worn: 'wear',
  shorted: 'short',
  shorting: 'short',
  gave: 'give',
  given: 'give',
  crapped: 'crap',
  went: 'go',
  goes: 'go',
  gone: 'go',
  going: 'go',
  fell: 'fall',
  fallen: 'fall',
  came: 'come',
  comes: 'come',
  coming: 'come',
  ceased: 'cease',
  ceases: 'cease',
};

/** Every inflected failure verb with the words that complete it. */
export function failureEntries(): Array<[string, Set<string>]> {
  const out: Array<[string, Set<string>]> = [];
  for (const [verb, ends] of Object.entries(FAILURES)) {
    const set = new Set(ends.split(' '));
    const forms = new Set([verb, `${verb}s`, `${verb}ed`, `${verb}ing`]);
    for (const [form, base] of Object.entries(IRREGULAR)) if (base === verb) forms.add(form);
    // "shorts" is clothing, not a failing part.
    forms.delete('shorts');
    for (const form of forms) out.push([form, set]);
  }
  return out;
}

export function failureValence(): number {
  return FAILURE_VALENCE;
}

/** Words that are a complaint's opposite when a negator comes up to three words before them. */
export const NEGATED_PRAISE = 'need needs needed worry worries hesitate beat beaten complaints'.split(' ');
/** Their valence when negated, before the negation turns it (x -0.74, VADER's factor). */
export const NEGATED_PRAISE_VALENCE = -1.6;
