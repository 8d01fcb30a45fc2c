export {
  costPerUse,
  expectedUsesOf,
  currencyFractionDigits,
  USES_BASES,
  COST_PER_USE_GAPS,
  type UseFacts,
  type UsesBasis,
  type ExpectedUses,
  type CostPerUse,
  type CostPerUseGap,
  type CostPerUseResult,
} from './cost-per-use.js';
export { lifespanRange, costPerUseRange, MIN_LIFESPAN_REPORTS, type LifespanRange, type CostPerUseRange } from './lifespan.js';
export {
  readCoolingOff,
  saveCoolingOff,
  forgetCoolingOff,
  setCoolingOffNotify,
  sweepExpiredCoolingOff,
  parseCoolingOffRecord,
  coolingOffKey,
  COOLING_OFF_PREFIX,
  COOLING_OFF_KEEP_AFTER_READY_HOURS,
  COOLING_OFF_STATES,
  type StorageLike,
  type Clock,
  type CoolingOffRecord,
  type CoolingOffState,
  type CoolingOffStateName,
} from './cooling-off.js';
export { returnsNote, isFrequentlyReturned, percentUp, type ReturnFacts, type ReturnReason, type ReturnsNote } from './returns.js';
export { matchReturnThemes, themeMatchesReason, reasonGroupsOf, RETURN_REASON_GROUPS, type ReturnReasonGroup } from './return-themes.js';
export {
  cleanReviewFacts,
  honestyFactsFromSummary,
  type HonestyReviewFacts,
  type HonestyTheme,
  type SummaryForHonesty,
} from './review-facts.js';
export {
  buildHonestyModel,
  buildHonestyModelWith,
  MIN_MINED_MENTIONS,
  MAX_MINED_THEMES,
  type HonestyModel,
  type HonestyModelInput,
  type ReturnThemeMatcher,
  type HonestyAlternative,
  type HonestyDisclosure,
} from './model.js';
