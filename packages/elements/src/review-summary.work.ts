/**
 * The review summary's "show our work" list: each check, what it found and what was done with it,
 * and the switches that recompute the figures without a check.
 */
import type { ReviewCheckId } from '@candor/core';
import type { ReviewSummary } from '@candor/core/reviews';
import { html, nothing, type TemplateResult } from 'lit';
import { canRecompute, prepareSwitches } from './recompute-loader.js';
import { camel, type I18n } from './shared/i18n.js';
import { ratingText } from './stars.js';

/**
 * The list for `summary` with the checks in `disabled` switched off; a switch calls
 * `onCheckChange`. Opening the list fetches the recompute code, which makes each switch's figures
 * (with the store's `smallSample`) before the shopper presses it. The list's status line is always
 * there, empty until a check is off: a live region must exist before it speaks, and a switch then
 * changes its text only (empty, it takes no room: its margin collapses with the list's). Positional
 * parameters: their names are not kept in the bundle.
 */
export function renderWork(
  i18n: I18n,
  summary: ReviewSummary,
  disabled: readonly ReviewCheckId[],
  onCheckChange: (summary: ReviewSummary, check: ReviewCheckId, event: Event) => void,
  smallSample: number,
): TemplateResult {
  const { t, plural } = i18n;
  const recompute = canRecompute(summary);
  const shown = summary.excluded.filter((entry) => entry.mode !== 'off' || entry.count > 0);
  return html`<details part="work" @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && prepareSwitches(summary, disabled, smallSample)}>
    <summary>${plural('summary.work.title', Math.max(0, summary.total - summary.trustedCount))}</summary>
    <p class="small">${t(recompute ? 'summary.work.intro' : 'summary.work.fixed')}</p>
    <ul class="checks">
      ${shown.map((entry) => {
        const name = t(`summary.check.${camel(entry.check)}`);
        const report = summary.checks.find((item) => item.check === entry.check);
        const failed = report?.flagged ?? entry.count;
        const excluded = report?.excluded ?? entry.count;
        const toggle = recompute && entry.mode === 'exclude' && entry.count > 0 && entry.check !== 'checkout-survey';
        // Say exactly what happened: a check that could not run is not a check that everyone passed.
        let outcome: string | undefined;
        if (report && !report.applicable) outcome = t('summary.mode.notApplicable');
        else if (!failed) outcome = undefined;
        else if (entry.check === 'checkout-survey') outcome = t('summary.mode.apart');
        else if (entry.mode !== 'exclude' || excluded === failed) outcome = t(`summary.mode.${entry.mode}`);
        else if (excluded === 0) outcome = t(entry.check === 'burst' ? 'summary.mode.keptBurst' : 'summary.mode.flag');
        else outcome = t('summary.mode.partly', { count: i18n.number(excluded) });
        const averages = report && failed && report.flaggedAverage !== null && report.othersAverage !== null;
        return html`<li part="check">
          <strong>${name}</strong>:
          ${report && !report.applicable ? outcome : html`${plural('summary.check.failed', failed)}${outcome ? html`${t('common.listSeparator')}${outcome}` : nothing}`}.
          ${entry.check === 'burst' && excluded < failed ? nothing : html`<span class="small">(${t(`summary.why.${camel(entry.check)}`)})</span>`}
          ${averages ? html`<span class="small">${t('summary.check.averages', { flagged: ratingText(i18n, report.flaggedAverage!), others: ratingText(i18n, report.othersAverage!) })}</span>` : nothing}
          ${
            toggle
              ? html`<br /><label class="switch"
                  ><input
                    type="checkbox"
                    ?checked=${!disabled.includes(entry.check)}
                    .checked=${!disabled.includes(entry.check)}
                    @change=${(event: Event) => onCheckChange(summary, entry.check, event)} />
                  ${t('summary.check.apply')}<span class="visually-hidden">: ${name}</span></label
                >`
              : nothing
          }
        </li>`;
      })}
    </ul>
    <p class="small" role="status">${disabled.length ? t('summary.work.recomputed', { checks: i18n.list(disabled.map((check) => t(`summary.check.${camel(check)}`))) }) : nothing}</p>
  </details>`;
}
