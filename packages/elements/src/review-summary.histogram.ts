/**
 * The ratings table of a loaded summary: every review and the reviews that passed the checks, per
 * star, as counts and shares screen readers can read (the bars are hidden from them). In the
 * widget's own chunk: it is within the summary's reserved frame, seen before any click.
 */
import type { ReviewSummary } from '@candor/core/reviews';
import { html, type TemplateResult } from 'lit';
import type { I18n } from './shared/i18n.js';

/** A share as a whole percentage, cut rather than rounded up. */
function share(i18n: I18n, part: number, whole: number): string {
  return i18n.percent(whole > 0 ? Math.floor((part / whole) * 100 + 1e-9) / 100 : 0);
}

export function renderHistogram(
  i18n: I18n,
  summary: ReviewSummary,
  trusted: readonly number[],
  trustedCount: number,
  onPage: boolean,
): TemplateResult {
  const { t, plural } = i18n;
  const rows = summary.histogram.raw.map((count, index) => ({ stars: index + 1, count, trusted: trusted[index] ?? 0 })).reverse();
  const bar = (part: number, whole: number) =>
    html`<svg class="bar" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false"
      ><rect class="bar-track" width="100" height="4"></rect><rect class="bar-fill" width=${whole ? (part / whole) * 100 : 0} height="4"></rect
    ></svg>`;
  const cell = (part: number, whole: number) =>
    html`<td>${bar(part, whole)}${t('summary.histogram.cell', { count: i18n.number(part), percent: share(i18n, part, whole) })}</td>`;
  return html`<table part="histogram">
    <caption>
      ${t('summary.histogram.caption')}
    </caption>
    <thead>
      <tr>
        <td></td>
        <th scope="col">${t(onPage ? 'summary.onPageAll' : 'summary.all')}</th>
        <th scope="col">${t(onPage ? 'summary.checkedOnPage' : 'summary.checked')}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr>
          <th scope="row">${plural('summary.histogram.stars', row.stars)}</th>
          ${cell(row.count, summary.total)} ${cell(row.trusted, trustedCount)}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
