/**
 * The review checks, in the order they run: a review's flags list its checks in this order.
 * Reports and the store config list them in REVIEW_CHECK_IDS order. To add a check: its id in
 * `check-ids.ts`, its settings type in `types.ts`, a `<id>.check.ts` module here (copy
 * `insider.check.ts`), an entry below, and its `summary.check.*` and `summary.why.*` messages in
 * every locale (the elements' catalogue test fails until they exist).
 */
import type { ReviewCheckId } from '../check-ids.js';
import { burst } from './burst.check.js';
import type { ReviewCheck } from './check.js';
import { checkoutSurvey } from './checkout-survey.check.js';
import { duplicate } from './duplicate.check.js';
import { incentivized } from './incentivized.check.js';
import { insider } from './insider.check.js';
import { newAccount } from './new-account.check.js';
import { syndicated } from './syndicated.check.js';
import { unverified } from './unverified.check.js';

/** Each check by its id: the type requires exactly one entry per id of REVIEW_CHECK_IDS. */
export const CHECKS_BY_ID: { readonly [Id in ReviewCheckId]: ReviewCheck<Id> } = {
  unverified,
  incentivized,
  duplicate,
  burst,
  insider,
  'checkout-survey': checkoutSurvey,
  syndicated,
  'new-account': newAccount,
};

export const REVIEW_CHECKS: readonly ReviewCheck[] = [
  incentivized,
  checkoutSurvey,
  unverified,
  syndicated,
  newAccount,
  insider,
  duplicate,
  burst,
];
