/** Registers <candor-honesty-panel>. Safe to import more than once, or next to another copy of Candor. */
import { CandorHonestyPanel } from './honesty-panel.js';
import { defineElement } from './shared/define.js';

defineElement('candor-honesty-panel', CandorHonestyPanel);

declare global {
  interface HTMLElementTagNameMap {
    'candor-honesty-panel': CandorHonestyPanel;
  }
}

export { CandorHonestyPanel };
