/**
 * Safe registration. A host page may load Candor twice (two script tags, an npm copy plus the
 * CDN copy). Defining the same class again is a no-op; another class under a Candor tag gets one
 * console warning and the first definition stays. Never throws.
 */
import { logOnce } from './log.js';

export type DefineOutcome = 'defined' | 'already-defined' | 'conflict' | 'unsupported';

export function defineElement(tag: string, constructor: CustomElementConstructor): DefineOutcome {
  if (typeof customElements === 'undefined') return 'unsupported';
  const existing = customElements.get(tag);
  if (existing === constructor) return 'already-defined';
  if (existing) {
    logOnce(
      `define:${tag}`,
      'warn',
      `<${tag}> is already defined by another copy of Candor (or another library); keeping the first definition. ` +
        `Load Candor once per page, or make sure both copies are the same version.`,
    );
    return 'conflict';
  }
  try {
    customElements.define(tag, constructor);
    return 'defined';
  } catch (error) {
    // A race with another copy, or a constructor registered under another tag already.
    logOnce(`define:${tag}`, 'warn', `<${tag}> could not be defined: ${error instanceof Error ? error.message : String(error)}`);
    return 'conflict';
  }
}
