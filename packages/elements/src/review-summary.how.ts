/**
 * The summary's "how reviews work here": written from the engine's facts and the store config, a
 * policy only where the store declared it, and what Candor itself left out and why.
 */
import { declaredPolicyOf, declaresAnyPolicy, type CandorConfig, type DeclaredPolicy } from '@candor/core';
import type { ReviewSummary } from '@candor/core/reviews';
import { html, nothing, type TemplateResult } from 'lit';
import { safeLink } from './review-data.js';
import { camel, type I18n } from './shared/i18n.js';

/**
 * The policy facts the store declared, from the summary (computed with the store's config) or else
 * the page's store config. A verification method other than none, or incentives offered, cannot be
 * a default, so an older summary that carries them declared them.
 */
function declaredPolicy(config: CandorConfig, summary: ReviewSummary): DeclaredPolicy {
  const facts = summary.disclosure;
  const fromConfig = declaredPolicyOf(config);
  const base = facts.declared ?? fromConfig;
  return {
    verification: base.verification || fromConfig.verification || facts.verificationMethod !== 'none',
    moderation: base.moderation || fromConfig.moderation,
    ordering: base.ordering || fromConfig.ordering,
    incentives: base.incentives || fromConfig.incentives || facts.incentivesOffered,
  };
}

/** With no declared policy, only what Candor itself did, and that the store has not described its policy. */
function renderUndeclared(i18n: I18n, summary: ReviewSummary): TemplateResult {
  const { t, plural } = i18n;
  const applied = summary.checks
    .filter((check) => check.mode !== 'off' && check.applicable)
    .map((check) => t(`summary.check.${camel(check.check)}`));
  return html`<li>${plural('summary.how.candorRead', summary.total, { checks: i18n.list(applied) })}</li>
    <li>${t('summary.how.undeclared')}</li>`;
}

/** "How reviews work here", written from the engine's facts and the store config: a policy only where the store declared it. */
export function renderHow(i18n: I18n, config: CandorConfig, summary: ReviewSummary, full: boolean): TemplateResult {
  const { t, plural } = i18n;
  const facts = summary.disclosure;
  const method = facts.verificationMethod;
  const verification = facts.verificationDescription ?? config.reviews.verification.description;
  const moderation = facts.moderationMethod ?? config.reviews.moderation.method;
  const ordering = facts.ordering ?? config.reviews.ordering;
  const incentives = facts.incentivesOffered || config.reviews.incentives.offered;
  const kinds = (facts.incentiveKinds.length ? facts.incentiveKinds : (config.reviews.incentives.kinds ?? [])).map((kind) =>
    t(`summary.incentive.${camel(kind)}`),
  );
  const policy = safeLink(facts.reviewPolicyUrl ?? config.store.reviewPolicyUrl);
  const fakePolicy = safeLink(facts.fakeReviewPolicyUrl ?? config.store.fakeReviewPolicyUrl);
  const leftOut = facts.leftOut.length ? facts.leftOut : summary.excluded.filter((entry) => entry.mode === 'exclude' && entry.count > 0);
  const shares = facts.shares;
  // Which levels the store's config counts as verified, and the share at each (never rounded up).
  const levels = facts.verificationLevels;
  const percent = (share: number) => i18n.percent(Math.floor(share * 100) / 100);
  const known = (key: string, fallback: string) => (t(key) === key ? fallback : t(key));
  const declared = declaredPolicy(config, summary);
  return html`<section part="how">
    <h3>${t('summary.how.title')}</h3>
    <ul>
      ${declaresAnyPolicy(declared) ? nothing : renderUndeclared(i18n, summary)}
      ${declared.verification ? html`<li>${t(`summary.how.verify.${camel(method)}`)} ${verification ? html`<bdi>${verification}</bdi>` : nothing}</li>` : nothing}
      ${
        declared.verification && levels && method !== 'none'
          ? html`<li>${t('summary.how.counted', { levels: i18n.list(levels.counted.map((level) => t(`summary.level.${camel(level)}`))) })}</li>
            ${full ? html`<li>${t('summary.how.levels', { orderMatched: percent(levels.shares['order-matched']), platform: percent(levels.shares.platform), none: percent(levels.shares.none) })}</li>` : nothing}`
          : nothing
      }
      ${full && shares.verified !== null && method !== 'none' ? html`<li>${t('summary.how.verifiedShare', { percent: i18n.percent(Math.floor(shares.verified * 100) / 100) })}</li>` : nothing}
      ${
        declared.incentives
          ? html`<li>
            ${incentives ? t('summary.how.incentives.yes', { kinds: i18n.list(kinds.length ? kinds : [t('summary.incentive.other')]) }) : t('summary.how.incentives.no')}
            ${config.reviews.incentives.description ? html`<bdi>${config.reviews.incentives.description}</bdi>` : nothing}
          </li>`
          : nothing
      }
      ${full && shares.incentivized > 0 ? html`<li>${t('summary.how.incentivizedShare', { percent: i18n.percent(Math.floor(shares.incentivized * 100) / 100) })}</li>` : nothing}
      ${
        full && shares.imported + shares.syndicated > 0
          ? html`<li>${t('summary.how.importedShare', { percent: i18n.percent(Math.floor((shares.imported + shares.syndicated) * 100) / 100) })}</li>`
          : nothing
      }
      ${
        declared.moderation
          ? html`<li>
            ${known(`summary.how.moderation.${camel(moderation)}`, moderation)}
            ${config.reviews.moderation.description ? html`<bdi>${config.reviews.moderation.description}</bdi>` : nothing}
          </li>`
          : nothing
      }
      ${declared.ordering ? html`<li>${known(`summary.how.ordering.${camel(ordering)}`, ordering)}</li>` : nothing}
      ${facts.undatedCount ? html`<li>${plural('summary.how.undated', facts.undatedCount)}</li>` : nothing}
      ${
        full
          ? html`<li>
            ${
              leftOut.length
                ? html`${t('summary.how.leftOut')}
                  <ul>
                    ${leftOut.map(
                      (entry) =>
                        html`<li>${t('summary.how.leftOutItem', { check: t(`summary.check.${camel(entry.check)}`), count: i18n.number(entry.count), why: t(`summary.why.${camel(entry.check)}`) })}</li>`,
                    )}
                  </ul>`
                : t('summary.how.leftOutNone')
            }
          </li>`
          : nothing
      }
      ${summary.checkoutSurvey.count ? html`<li>${plural('summary.how.checkout', summary.checkoutSurvey.count)}</li>` : nothing}
      ${full ? html`<li>${t('summary.how.generated')}</li>` : nothing}
    </ul>
    ${
      policy || fakePolicy
        ? html`<p>
          ${policy ? html`<a href=${policy}>${t('summary.how.policy')}</a>` : nothing}${policy && fakePolicy ? ' · ' : nothing}${
            fakePolicy ? html`<a href=${fakePolicy}>${t('summary.how.fakePolicy')}</a>` : nothing
          }
        </p>`
        : nothing
    }
  </section>`;
}
