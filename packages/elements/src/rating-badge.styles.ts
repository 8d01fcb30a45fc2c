/** The rating badge's own styles as CSS text (no Lit): the Lit badge and the script-tag listing badge adopt the same. */
import { css } from './shared/css-text.js';

export const BADGE_CSS: string = css`
  :host {
    display: inline-block;
    /* The host's own line is as high as the badge's (1.5em of the small text), so its height is known before it renders. */
    font-size: var(--candor-font-size-small);
    --candor-star: var(--candor-accent);
    --candor-star-empty: var(--candor-border);
  }
  [part='base'] {
    display: inline-flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.35em;
    min-block-size: 1.5em;
    min-inline-size: 9em;
    font-size: var(--candor-font-size-small);
  }
  .muted {
    color: var(--candor-text-muted);
  }
`;
