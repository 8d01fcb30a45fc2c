/**
 * Which review-policy facts a store actually wrote in its config. The validated config fills
 * defaults (verification "none", moderation "none", ordering "newest", no incentives) so code can
 * read every field, but a default is not a statement: the disclosure says a policy only when the
 * store declared it. Likewise the honesty panel's cooling-off section alone appears only when the
 * store asked for it. `validateConfig` records both per config object.
 */
import type { CandorConfig } from './schema.js';

export const POLICY_FACTS = ['verification', 'moderation', 'ordering', 'incentives'] as const;
export type PolicyFact = (typeof POLICY_FACTS)[number];
export type DeclaredPolicy = Record<PolicyFact, boolean>;

const NOTHING_DECLARED: DeclaredPolicy = { verification: false, moderation: false, ordering: false, incentives: false };
const declared = new WeakMap<CandorConfig, DeclaredPolicy>();

const own = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;

/** The facts a raw (unvalidated) config input states about its review policy. */
export function declaredReviewPolicy(input: unknown): DeclaredPolicy {
  const reviews = own(input, 'reviews');
  return {
    verification: own(own(reviews, 'verification'), 'method') !== undefined,
    moderation: own(own(reviews, 'moderation'), 'method') !== undefined,
    ordering: own(reviews, 'ordering') !== undefined,
    incentives: own(own(reviews, 'incentives'), 'offered') !== undefined,
  };
}

const requestedCoolingOff = new WeakMap<CandorConfig, boolean>();

/**
 * Records what `input` declared for the config validated from it. An input that is itself a
 * validated config (a server renderer hands its config to the widgets, which validate it again)
 * passes on what its own input declared: its filled-in defaults are not statements either.
 */
export function recordDeclaredPolicy(config: CandorConfig, input: unknown): void {
  // WeakMap.get answers undefined for a key that is not an object.
  const earlier = input as CandorConfig;
  declared.set(config, declared.get(earlier) ?? declaredReviewPolicy(input));
  requestedCoolingOff.set(config, requestedCoolingOff.get(earlier) ?? own(own(own(input, 'honesty'), 'sections'), 'coolingOff') === true);
}

/** What the store declared in the config this object was validated from (nothing, for a config made elsewhere). */
export function declaredPolicyOf(config: CandorConfig): DeclaredPolicy {
  return declared.get(config) ?? NOTHING_DECLARED;
}

/** True when the store switched the cooling-off section on in so many words (`honesty.sections.coolingOff: true`). */
export function coolingOffRequested(config: CandorConfig): boolean {
  return requestedCoolingOff.get(config) === true;
}

export const declaresAnyPolicy = (policy: DeclaredPolicy): boolean => POLICY_FACTS.some((fact) => policy[fact]);
