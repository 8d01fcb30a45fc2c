import { unsafeCSS } from 'lit';
import { css } from './shared/css-text.js';

/**
 * Logical properties throughout (margin-inline, padding-block) so right-to-left needs no extra rules.
 * `--candor-honesty-min-block-size` reserves space before and while the element upgrades.
 */
export const honestyPanelStyles = unsafeCSS(css`
  :host {
    min-block-size: var(--candor-honesty-min-block-size, 0px);
    contain: layout style;
  }
  .panel {
    background: var(--candor-surface);
    color: var(--candor-text);
    border: 1px solid var(--candor-border);
    border-radius: var(--candor-radius);
    padding: var(--candor-space);
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  .heading {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 650;
  }
  .section {
    margin-block-start: var(--candor-space);
    padding-block-start: calc(var(--candor-space) * 0.75);
    border-block-start: 1px solid color-mix(in srgb, var(--candor-border) 45%, transparent);
  }
  .section .heading {
    font-size: 1em;
  }
  p,
  ul {
    margin: 0.375em 0 0;
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  .figure {
    font-size: 1.25em;
    font-weight: 650;
  }
  .work,
  .note,
  .count {
    color: var(--candor-text-muted);
    font-size: var(--candor-font-size-small);
  }
  .warning {
    color: var(--candor-text);
    background: var(--candor-warning-surface);
    border-inline-start: 4px solid var(--candor-warning-text);
    padding: 0.375em 0.625em;
    border-radius: calc(var(--candor-radius) / 2);
  }
  .warning strong {
    color: var(--candor-warning-text);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.625em;
  }
  button {
    font: inherit;
    font-size: var(--candor-font-size-small);
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--candor-radius);
    border: 1px solid var(--candor-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--candor-accent);
    color: var(--candor-on-accent);
  }
  button.secondary {
    background: transparent;
    color: var(--candor-text);
    border-color: var(--candor-border);
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: filter 120ms ease-out;
    }
  }
  button:hover {
    filter: brightness(1.08);
  }
  a {
    color: var(--candor-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .kind {
    font-weight: 600;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.375em;
    padding: 0 0.375em;
    border: 1px solid var(--candor-border);
    border-radius: 999px;
    color: var(--candor-text-muted);
    font-size: var(--candor-font-size-small);
  }
  /* State variants stacked in one grid cell: the tallest sets the height, only the active one shows. */
  .stack {
    display: grid;
  }
  .stack > * {
    grid-area: 1 / 1;
    min-inline-size: 0;
  }
  .stack > :not([data-active]),
  [data-off] {
    visibility: hidden;
  }
  .status:empty {
    /* Kept in the tree (a live region must exist before it speaks) but takes no room. */
    margin: 0;
  }
  @media (forced-colors: active) {
    .panel,
    button {
      border-color: CanvasText;
    }
    button.primary {
      background: ButtonText;
      color: ButtonFace;
    }
  }
`);
