/**
 * The honesty panel's cost per use and its headings: plain functions of the model and the
 * element's I18n. The interactive sections (cooling off, alternatives) stay in the element with
 * their handlers; returns, not-for and disclosure load on demand (honesty-panel.lower.ts).
 */
import type { HonestyModel } from '@candor/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { I18n } from './shared/i18n.js';

function perUnit(i18n: I18n, model: HonestyModel): string {
  return i18n.t(`honesty.perUnit.${model.useUnit}`);
}

/** A real h1-h6 for a level from 1 (past 6 stays h6): lit needs each tag written out in its own template. */
export function heading(level: number, id: string, part: string, text: string): TemplateResult {
  return [
    html`<h1 id=${id} part=${part} class="heading">${text}</h1>`,
    html`<h2 id=${id} part=${part} class="heading">${text}</h2>`,
    html`<h3 id=${id} part=${part} class="heading">${text}</h3>`,
    html`<h4 id=${id} part=${part} class="heading">${text}</h4>`,
    html`<h5 id=${id} part=${part} class="heading">${text}</h5>`,
    html`<h6 id=${id} part=${part} class="heading">${text}</h6>`,
  ][Math.min(level, 6) - 1]!;
}

// --- render ---------------------------------------------------------------------------------
export function renderCostPerUse(i18n: I18n, model: HonestyModel, level: number): TemplateResult | typeof nothing {
  const cost = model.costPerUse;
  if (!cost) return nothing;
  const { value, owners } = cost;
  const amount = i18n.currency(value.amount, value.currency, value.fractionDigits);
  const years = value.uses.lifespanYears !== undefined ? i18n.duration(value.uses.lifespanYears, 'year') : undefined;
  const kind = value.lessThanMinorUnit ? 'lessThan' : value.approximate ? 'about' : 'exact';
  const figure = i18n.t(`honesty.costPerUse.${kind}${years ? 'Over' : ''}`, {
    amount,
    perUnit: perUnit(i18n, model),
    ...(years ? { years } : {}),
  });
  const cheap = (c: typeof value) => i18n.currency(c.amount, c.currency, c.fractionDigits);
  return html`<div class="section" part="section cost-per-use">
    ${heading(level, 'candor-honesty-cost', 'section-title', i18n.t('honesty.costPerUse.title'))}
    <p class="figure" part="figure">${figure}</p>
    <p class="work">${i18n.plural('honesty.costPerUse.work', value.uses.uses, { price: i18n.currency(value.price, value.currency) })}</p>
    ${
      owners
        ? html`<p class="note">
          ${i18n.plural('honesty.costPerUse.owners', owners.range.reports, {
            minYears: i18n.number(owners.range.minYears, { maximumFractionDigits: 1 }),
            maxYears: i18n.duration(Math.round(owners.range.maxYears * 10) / 10, 'year'),
            low: cheap(owners.low),
            high: cheap(owners.high),
            perUnit: perUnit(i18n, model),
          })}
        </p>`
        : nothing
    }
  </div>`;
}
