/** Duplicates: a text that copies an earlier review, or one of many copies of a text with no original (`duplicate.ts`). */
import type { PreparedReview } from '../prepare.js';
import type { ReviewFlag } from '../types.js';
import type { ReviewCheck } from './check.js';
import { findDuplicates, type DuplicateHit } from './duplicate.js';

export const duplicate: ReviewCheck<'duplicate'> = {
  id: 'duplicate',
  defaults: { mode: 'exclude', similarity: 0.8, minWords: 8 },
  reason: 'the text copies another review',
  flag({ population, options, words, flag }, settings) {
    const hits = findDuplicates(
      // Undated reviews count as the latest, so a dated one is always taken as the earlier copy.
      {
        sets: words.sets,
        created: population.map((r) => (Number.isNaN(r.created) ? Infinity : r.created)),
        ids: population.map((r) => r.id),
      },
      settings.similarity,
      options.exactDuplicateLimit,
    );
    for (const hit of hits) flag(hit.index, duplicateFlag(hit, population));
  },
};

function duplicateFlag(hit: DuplicateHit, population: PreparedReview[]): Omit<ReviewFlag, 'excludes'> {
  const id = (i: number) => population[i]!.id;
  if (hit.original >= 0)
    return {
      check: 'duplicate',
      evidence: `${Math.round(hit.similarity * 100)}% of its 3-word phrases also appear in review ${id(hit.original)}, posted earlier`,
      related: [id(hit.original)],
    };
  // The others, oldest first; a template posted 20,000 times must not list 20,000 ids per flag.
  const listed = hit.group
    .slice(0, 11)
    .filter((i) => i !== hit.index)
    .slice(0, 10)
    .map(id);
  const more = hit.group.length - 1 - listed.length;
  return {
    check: 'duplicate',
    evidence: `one of ${hit.group.length} copies of one text, a campaign with no original${more > 0 ? ` (${more} not listed)` : ''}`,
    related: listed,
  };
}
