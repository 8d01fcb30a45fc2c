/**
 * The honesty panel's read-only sections that usually stand below the fold (returns, not-for,
 * disclosure) with their English strings, and the matching of review complaints to return reasons
 * (whose word lists only the returns section needs): plain functions of the model and the
 * element's I18n, in a module the panel imports when it comes near the viewport (or at once when
 * one of them is among its first two sections), and the script-tag loader imports with a panel in
 * view at the start. In the script-tag bundle it is a chunk of its own.
 */
import {
  matchReturnThemes,
  type CoolingOffRecord,
  type CoolingOffState,
  type HonestyDisclosure,
  type HonestyModel,
  type HonestyTheme,
} from '@candor/core';
import { html, nothing, render, type TemplateResult } from 'lit';
import { lowerSections } from './honesty-panel.js';
import { honestyLowerMessages } from './honesty-panel.lower.messages.js';
import { honestyLocales } from './honesty-panel.messages.js';
import { heading } from './honesty-panel.sections.js';
import { addEnglish, type I18n } from './shared/i18n.js';

/** The panel builds its model with it once this module is here (only the returns section shows its matches). */
export { matchReturnThemes };

/** Message key of a disclosure kind ("other" would read as a plural category, so it is "material"). */
const DISCLOSURE_KEYS: Record<HonestyDisclosure['kind'], string> = {
  sponsored: 'sponsored',
  affiliate: 'affiliate',
  gifted: 'gifted',
  'own-brand': 'ownBrand',
  partner: 'partner',
  other: 'material',
};
function mentions(i18n: I18n, theme: HonestyTheme, total: number): string {
  return i18n.plural('honesty.mentions', theme.mentions, { total: i18n.number(Math.max(total, theme.mentions)) });
}

/**
 * One complaint theme as a list item's text: its label and count, and when reviews split on it,
 * how many like it and how many do not (so a complaint most reviewers praise is never read as a verdict).
 */
function themeLine(i18n: I18n, theme: HonestyTheme, total: number): string {
  const params = { theme: themeLabel(i18n, theme), mentions: mentions(i18n, theme, total) };
  const { split } = theme;
  if (!split) return i18n.t('honesty.theme', params);
  return i18n.t('honesty.splitTheme', {
    ...params,
    like: i18n.plural('honesty.split.like', split.positive, { count: i18n.number(split.positive) }),
    dislike: i18n.plural('honesty.split.dislike', split.negative, { count: i18n.number(split.negative) }),
  });
}

/**
 * A category's or "Other complaints" label in the page's language (`honesty.theme.<labelKey>`;
 * English is the engine's own label, so the English catalogue carries no copy); a found aspect
 * in the reviews' own words.
 */
function themeLabel(i18n: I18n, theme: HonestyTheme): string {
  const key = `honesty.theme.${theme.labelKey}`;
  const translated = i18n.t(key);
  return translated === key ? theme.label : translated;
}

// --- render ---------------------------------------------------------------------------------
export function renderReturns(i18n: I18n, model: HonestyModel, level: number): TemplateResult | typeof nothing {
  const returns = model.returns;
  if (!returns) return nothing;
  const { note, themes, totalTrusted } = returns;
  const percent = i18n.percent(note.percent / 100);
  return html`<div class="section" part="section returns">
    ${heading(level, 'candor-honesty-returns', 'section-title', i18n.t('honesty.returns.title'))}
    ${
      note.frequent
        ? html`<p class="warning"><strong>${i18n.t('honesty.returns.frequent', { percent })}</strong></p>`
        : html`<p>${i18n.t('honesty.returns.rate', { percent })}</p>`
    }
    ${
      note.topReasons.length
        ? html`<p>${i18n.t('honesty.returns.reasons')}</p>
          <ul>
            ${note.topReasons.map(
              (reason) =>
                html`<li>
                  ${
                    typeof reason.share === 'number'
                      ? i18n.t('honesty.returns.reasonShare', {
                          reason: reason.label,
                          percent: i18n.percent(Math.ceil(reason.share * 100 - 1e-6) / 100),
                        })
                      : reason.label
                  }
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      themes.length
        ? html`<p>${i18n.t('honesty.returns.themes')}</p>
          <ul>
            ${themes.map((theme) => html`<li>${themeLine(i18n, theme, totalTrusted)}</li>`)}
          </ul>`
        : nothing
    }
    <p class="work">${i18n.t('honesty.returns.threshold', { percent: i18n.percent(note.threshold, (note.threshold * 100) % 1 ? 1 : 0) })}</p>
  </div>`;
}

export function renderNotFor(i18n: I18n, model: HonestyModel, level: number): TemplateResult | typeof nothing {
  const notFor = model.notFor;
  if (!notFor) return nothing;
  return html`<div class="section" part="section not-for">
    ${heading(level, 'candor-honesty-not-for', 'section-title', i18n.t('honesty.notFor.title'))}
    ${notFor.merchant.length ? html`<ul>${notFor.merchant.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
    ${
      // The same theme list as the returns section's, written out: a shared helper measured 40 B more brotli.
      notFor.mined.length
        ? html`<p class="note">${i18n.t('honesty.notFor.mined')}</p>
          <ul>
            ${notFor.mined.map((theme) => html`<li>${themeLine(i18n, theme, notFor.totalTrusted)}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

export function renderDisclosure(i18n: I18n, model: HonestyModel, level: number): TemplateResult | typeof nothing {
  const disclosure = model.disclosure;
  if (!disclosure) return nothing;
  const line = (item: HonestyDisclosure) =>
    html`<li>
      <span class="kind">${i18n.t(`honesty.disclosureKind.${DISCLOSURE_KEYS[item.kind]}`)}:</span>
      ${item.text ?? i18n.t(`honesty.disclosure.${DISCLOSURE_KEYS[item.kind]}`)}
    </li>`;
  return html`<div class="section" part="section disclosure">
    ${heading(level, 'candor-honesty-disclosure', 'section-title', i18n.t('honesty.disclosure.title'))}
    <ul>
      ${disclosure.items.map(line)}
      ${disclosure.partnerAlternatives ? html`<li>${i18n.t('honesty.disclosure.partnerAlternatives')}</li>` : nothing}
    </ul>
  </div>`;
}

/** The state a press of "save for later" shows. */
const SAVED: CoolingOffState = { state: 'cooling', record: {} as CoolingOffRecord, age: 0, remaining: 0 };
let savedPrepared = false;

/**
 * Renders the cooling-off section in its "saved" state (`renderSection(SAVED)`) once, when the
 * browser is idle, into a fragment no one sees. Lit parses a template's HTML the first time it
 * renders it (about a fifth of the save's task on a 4x-throttled phone), and the section's
 * duration and relative-time formatters are built then too: the press finds both made. Here rather
 * than in the panel's chunk: the page downloads this one only when the panel comes near.
 */
export function prepareSaved(renderSection: (state: CoolingOffState) => TemplateResult | typeof nothing): void {
  // Not in a server render (`candor render`), which has no later press, nor a document.
  if (savedPrepared || typeof document === 'undefined') return;
  savedPrepared = true;
  const prepare = () => render(renderSection(SAVED), document.createDocumentFragment());
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 10_000 });
  else setTimeout(prepare, 2000);
}

// Here as soon as this module runs, whoever imported it, with their strings: the loader imports it
// before a panel in view renders, and that render then has every section (nothing arrives later to
// push the page down).
addEnglish(honestyLocales.catalogue, honestyLowerMessages.en);
lowerSections.provide({ renderReturns, renderNotFor, renderDisclosure, prepareSaved, matchReturnThemes });
