/**
 * The code behind "show our work"'s switches, on its own so the script-tag bundle can leave it out
 * of the page: `<candor-review-summary>` imports this module only when a shopper first opens the
 * work or switches a check, never to render.
 */
export { recomputeWithout } from '@candor/core';
