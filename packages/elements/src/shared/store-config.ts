/**
 * The store config every Candor element reads, held once per page (per copy of this module).
 * The embed or an app calls `setStoreConfig(json)` whenever the config arrives, before or after
 * the elements render; elements subscribe (through `StoreConfigController`) and re-render.
 * Until then, `defaultConfig()` applies, so every element also works from attributes alone.
 *
 * A config that fails validation is not applied: the previous one stays, and one console
 * error lists every problem with its JSON path. Problems that lie only inside product entries
 * cost just those entries: they are left out, with the same console error, and the rest applies.
 * Nothing here throws.
 */
import { defaultConfig, type CandorConfig, type ConfigResult } from '@candor/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkConfig, configCheckReady, formatIssues } from './config-check.js';
import { logOnce } from './log.js';

type Listener = (config: CandorConfig) => void;

let defaults: CandorConfig | undefined;
let current: CandorConfig | undefined;
const listeners = new Set<Listener>();

const base = (): CandorConfig => (defaults ??= defaultConfig());

export function getStoreConfig(): CandorConfig {
  return current ?? base();
}

/**
 * Validates and applies a store config (parsed JSON or an already validated config).
 * Returns the validation result; on failure the previous config stays in force.
 */
export function setStoreConfig(input: unknown, source = 'candor.json'): ConfigResult {
  // The script-tag bundle calls this only once the validator is at hand.
  const result = validateForPage(input, source)!;
  if (!result.ok) {
    logOnce(
      `store-config:${formatIssues(result.issues, source)}`,
      'error',
      `${formatIssues(result.issues, source)}\nThe store config was not applied; elements keep the previous one.`,
    );
    return result;
  }
  current = result.config;
  notify(result.config);
  return result;
}

function notify(config: CandorConfig): void {
  for (const listener of [...listeners]) {
    try {
      listener(config);
    } catch {
      // A listener's failure must not stop the others; elements guard themselves.
    }
  }
}

/**
 * Validates with faulty product entries left out, and says in one console error which were.
 * Undefined while the validator is on its way (see config-check.ts); the page's elements render
 * again once it is there.
 */
function validateForPage(input: unknown, source: string): ConfigResult | undefined {
  const result = checkConfig(input, { isolateProducts: true });
  if (!result) return renderAgainWhenChecked();
  const { dropped } = result;
  if (dropped) {
    const text = `${formatIssues(dropped.issues, source)}\nLeft out: products ${dropped.products.join(', ')}; the rest of the store config applies.`;
    logOnce(`store-config:${text}`, 'error', text);
  }
  return result;
}

/** Has the page's elements render again once the validator is at hand (should it not load, they keep the store config). */
function renderAgainWhenChecked(): undefined {
  configCheckReady().then(
    () => notify(getStoreConfig()),
    () => undefined,
  );
  return undefined;
}

/** Back to the defaults (tests, or an app that switches stores). */
export function resetStoreConfig(): void {
  current = undefined;
  for (const listener of [...listeners]) listener(base());
}

/** Calls `listener` on every later `setStoreConfig`; returns the unsubscribe function. */
export function subscribeStoreConfig(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const validated = new WeakMap<object, ConfigResult>();

/**
 * A config handed to one element (its `config` property), validated once per object.
 * Undefined input means "use the store config"; so does undefined output, while the validator is
 * on its way (the element renders again with its own config once it is there).
 */
export function elementConfig(input: unknown): ConfigResult | undefined {
  if (input === undefined || input === null) return undefined;
  if (typeof input !== 'object') return checkConfig(input) ?? renderAgainWhenChecked();
  let result = validated.get(input);
  if (!result) {
    result = validateForPage(input, 'the config property');
    if (result) validated.set(input, result);
  }
  return result;
}

/** Re-renders its host whenever the store config changes, while the host is connected. */
export class StoreConfigController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The config the host last rendered with, to notice a change made while it was detached. */
  private seen: CandorConfig | undefined;

  get value(): CandorConfig {
    return (this.seen = getStoreConfig());
  }

  hostConnected(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = subscribeStoreConfig(() => this.host.requestUpdate());
    // A detached element hears no updates: one moved out and back in (a quick-view modal, a
    // framework re-parenting it) catches up here with a config set meanwhile.
    if (this.seen && this.seen !== getStoreConfig()) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
