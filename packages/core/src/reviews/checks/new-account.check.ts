/** New accounts: one-review accounts, excluded only when over-represented and rating differently beyond chance (`new-account.ts`). */
import type { ReviewCheck } from './check.js';
import { findNewAccounts } from './new-account.js';

export const newAccount: ReviewCheck<'new-account'> = {
  id: 'new-account',
  defaults: { mode: 'flag', expectedShare: 0.2 },
  reason: 'one-review accounts are over-represented and rate differently beyond chance',
  flag({ population, options, flag }, settings) {
    const { indices, details } = findNewAccounts(population, settings.expectedShare, options.burstSignificance);
    for (const i of indices) flag(i, { check: 'new-account', evidence: "the reviewer's only review" });
    return {
      excludes: () => details.significant,
      note: ({ flagged, excluded }) =>
        excluded === 0
          ? `${flagged} kept: ${details.significant ? 'this check only flags' : 'not both over-represented and rating differently beyond chance'}`
          : undefined,
      details: { newAccounts: details },
    };
  },
};
