/**
 * Candor's one Trusted Types policy, "candor" (pages with Trusted Types list it:
 * `trusted-types candor`). A policy name can be created once per page, so every part of Candor
 * that needs one asks here: the script-tag bundle's Lit for its HTML templates (scripts/rollup/lit-for-the-embed.mjs
 * points Lit's policy at this function) and engine-runner.ts for its Worker's script URL. Both
 * rules pass their input on as Lit's own policy does: the policy never leaves Candor's modules,
 * and the one script URL given to it is the engine-worker chunk's, checked there to be same-origin.
 */
interface CandorPolicy {
  createHTML(html: string): string;
  createScriptURL(url: string): string;
}

let policy: CandorPolicy | undefined;

/** The "candor" policy, created on first use; undefined where the browser has no Trusted Types. Throws when the page refuses the name. */
export const candorPolicy = (): CandorPolicy | undefined =>
  (policy ??= (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: CandorPolicy): CandorPolicy } }
  ).trustedTypes?.createPolicy('candor', {
    createHTML: (html) => html,
    createScriptURL: (url) => url,
  }));
