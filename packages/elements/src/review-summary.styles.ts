import { unsafeCSS } from 'lit';
import { css } from './shared/css-text.js';

/**
 * The review summary's layout. Colours come only from the --candor-* tokens (AA contrast is
 * checked on the tokens). The frame keeps one block size in every state, so the page below never
 * moves while data loads; the shopper's own click lifts the limit.
 */
export const summaryStyles = unsafeCSS(css`
  :host {
    --candor-summary-block-size: 34rem;
    --candor-star: var(--candor-accent);
    --candor-star-empty: var(--candor-border);
    contain: layout;
  }
  [part='base'] {
    border: 1px solid var(--candor-border);
    border-radius: var(--candor-radius);
    background: var(--candor-surface);
    padding: var(--candor-space);
  }
  .frame {
    block-size: var(--candor-summary-block-size);
    overflow: hidden;
    /* clip, unlike hidden, cannot be scrolled by focus: content below stays below, so focusing it opens the frame. */
    overflow: clip;
    position: relative;
  }
  .frame[data-open] {
    block-size: auto;
    overflow: visible;
  }
  .frame[data-clipped]:not([data-open])::after {
    content: '';
    position: absolute;
    inset: auto 0 0 0;
    block-size: 3rem;
    background: linear-gradient(transparent, var(--candor-surface));
    pointer-events: none;
  }
  [part='expand'] {
    margin-block-start: calc(var(--candor-space) / 2);
  }
  [part='expand'][data-idle] {
    visibility: hidden;
  }
  /* Pressed while the content behind it loads: the same button, same size, saying it is busy. */
  [part='expand'][aria-busy='true'] {
    cursor: progress;
  }
  .more-status {
    margin: 0;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 calc(var(--candor-space) / 2);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
  }
  h4 {
    font-size: 1em;
  }
  p,
  ul,
  ol,
  table,
  blockquote,
  details {
    margin: 0 0 calc(var(--candor-space) / 2);
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  section {
    margin-block-start: var(--candor-space);
  }
  .small,
  [part='generated'],
  caption {
    font-size: var(--candor-font-size-small);
    color: var(--candor-text-muted);
  }
  [part='generated'] {
    border-inline-start: 3px solid var(--candor-border);
    padding-inline-start: 0.5em;
  }
  [part='ratings'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--candor-space);
  }
  .figure {
    flex: 1 1 14rem;
    background: var(--candor-surface-raised);
    border-radius: var(--candor-radius);
    padding: calc(var(--candor-space) * 0.75);
  }
  .figure .label {
    font-weight: 600;
    margin: 0;
  }
  .big {
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.2;
  }
  .big .stars {
    block-size: 0.8em;
  }
  .warning {
    background: var(--candor-warning-surface);
    color: var(--candor-warning-text);
    border-radius: var(--candor-radius);
    padding: 0.5em 0.75em;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    border-radius: 2px;
  }
  .checks {
    list-style: none;
    padding: 0;
  }
  .checks li {
    border-block-start: 1px solid var(--candor-border);
    padding-block: 0.5em;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 24px;
  }
  .switch input {
    inline-size: 1.1em;
    block-size: 1.1em;
    accent-color: var(--candor-accent);
    margin: 0;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
  }
  th,
  td {
    text-align: start;
    padding: 0.2em 0.4em;
    font-weight: normal;
    font-variant-numeric: tabular-nums;
  }
  thead th {
    font-weight: 600;
    font-size: var(--candor-font-size-small);
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.5em;
  }
  .bar-track {
    fill: var(--candor-surface-raised);
    stroke: var(--candor-border);
    stroke-width: 0.5;
  }
  .bar-fill {
    fill: var(--candor-star);
  }
  [dir='rtl'] .bar {
    transform: scaleX(-1);
  }
  .themes {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--candor-space);
  }
  .themes ul,
  .helpful-pair {
    list-style: none;
    padding: 0;
  }
  [part~='theme'] {
    margin-block-end: 0.75em;
  }
  .theme-label {
    font-weight: 600;
  }
  blockquote {
    margin-inline: 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--candor-border);
    font-style: italic;
  }
  .helpful-pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--candor-space);
  }
  [part~='helpful'] {
    background: var(--candor-surface-raised);
    border-radius: var(--candor-radius);
    padding: calc(var(--candor-space) * 0.75);
    margin: 0;
  }
  a {
    color: var(--candor-link);
  }
  button {
    font: inherit;
    color: var(--candor-on-accent);
    background: var(--candor-accent);
    border: 0;
    border-radius: var(--candor-radius);
    padding: 0.4em 0.9em;
    min-block-size: 44px;
    cursor: pointer;
  }
  .status {
    display: flex;
    align-items: center;
    block-size: 100%;
  }
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .skeleton span {
    display: block;
    block-size: 1.25em;
    border-radius: 4px;
    background: var(--candor-surface-raised);
  }
  .skeleton span:nth-child(1) {
    inline-size: 40%;
  }
  .skeleton span:nth-child(2) {
    inline-size: 90%;
    block-size: 5em;
  }
  .skeleton span:nth-child(3) {
    inline-size: 75%;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='expand'][aria-busy='true'],
    .skeleton span {
      animation: candor-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes candor-pulse {
    50% {
      opacity: 0.55;
    }
  }
`);
