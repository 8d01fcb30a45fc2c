/**
 * The base class of every Candor element. It gives a subclass, ready before each render:
 * - `candorConfig`: the element's own `config` property if set and valid, else the store config
 *   (re-rendering when `setStoreConfig` runs later);
 * - `i18n`: messages and Intl formatting for the resolved locale, with `dir` for RTL;
 * - the config theme adopted as a constructable stylesheet;
 * - an error boundary: a subclass reports problems with its input into `problems` during
 *   `prepare`, and the base logs them as ONE console error per element (again only if they
 *   change). An unexpected exception renders nothing and logs once; nothing reaches the page.
 *
 * - `localeReady`: false while the strings of its language are loading (`static locales`), and an
 *   `updateComplete` that resolves only once the element has rendered in that language;
 * - `shown`: the "shown once when visible" analytics controller.
 *
 * Subclass contract: `static catalogue` (merge `commonMessages` with yours) and `static locales`
 * (its lazily loaded languages), `prepare()`, and `renderContent()` instead of `render()`. Wrap
 * the content in an element with `lang=${this.i18n.locale} dir=${this.i18n.dir}`.
 */
import type { CandorConfig } from '@candor/core';
import { LitElement, nothing, render, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { commonMessages } from './common.messages.js';
import { formatIssues } from './config-check.js';
import { getI18n, type Catalogue, type I18n } from './i18n.js';
import type { LazyCatalogue } from './lazy-messages.js';
import { LocaleController } from './locale-controller.js';
import { canonicalLocale, resolveLocale } from './locale.js';
import { describeElement, isDevMode, logOnce } from './log.js';
import { firstRendersPaced, queueFirstRender, type StagedRender } from './first-render.js';
import { elementConfig, getStoreConfig, StoreConfigController } from './store-config.js';
import { ShownOnceController } from './shown-once.js';
import { baseStyles, ThemeAdopter } from './theme.js';

export abstract class CandorElement extends LitElement {
  // --- statics and styles ---------------------------------------------------------------------
  static override styles: CSSResultGroup = baseStyles;
  // Declared here rather than with decorators: the decorator helpers cost the script-tag bundle
  // about 0.7 KB (brotli) and these tables say the same. Every subclass adds its own table.
  static override properties: PropertyDeclarations = {
    locale: {},
    config: { attribute: false },
  };
  /** Every string the element renders, per locale. */
  static catalogue: Catalogue = commonMessages;
  /** `catalogue` with its other languages loaded on demand; once set, the element reads its strings here. */
  static locales: LazyCatalogue | undefined;

  // --- state ----------------------------------------------------------------------------------
  /** The config in force for this render. */
  protected candorConfig: CandorConfig = getStoreConfig();
  /** Messages and formatting for this render. */
  protected i18n!: I18n;
  /** True while the last update failed unexpectedly; nothing is rendered then. */
  protected failed = false;
  /** Reports what the element shows, once, when it is first in view. */
  protected readonly shown = new ShownOnceController(this);
  private readonly localeLoad = new LocaleController(this);
  private readonly storeConfig = new StoreConfigController(this);
  private readonly theme = new ThemeAdopter();
  /** A large widget's content in stages, where first renders are paced (see first-render.ts). */
  protected readonly stages: StagedRender | undefined;
  /** The problems last logged, joined; unset until the first report. */
  private lastReport: string | undefined;
  /** What `i18n` was made from; read only once `i18n` exists. */
  private i18nKey!: readonly unknown[];

  // --- public properties ----------------------------------------------------------------------
  /** Language tag of the text ("de", "ar-EG"); else the config's store.locale, else the page's lang. */
  locale?: string;

  /** A store config for this element only (parsed JSON); without it the page's store config applies. */
  config?: unknown;

  /** False while the strings of the element's language are on their way (it shows its loading state). */
  protected get localeReady(): boolean {
    return this.localeLoad.ready;
  }

  // --- lifecycle ------------------------------------------------------------------------------
  /** Resolves once the element has rendered in its language (after that language's strings arrived), and every stage of its content. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.localeLoad.pending || this.stages?.pending) {
      await (this.localeLoad.pending ?? this.stages?.pending);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * Where first renders are paced (the script-tag bundle: see first-render.ts), the first render
   * waits its turn in a queue, so that widgets upgraded together do not make one long task. Later
   * renders (a property changed) stay Lit's microtask, unless asked for with `requestPreparedUpdate`.
   * Before the render, in turns of the queue (each a task of its own where it is long): its
   * preparation (the config, the strings, the subclass's `prepare`: the panel's model), its content
   * made (each widget keeps the templates it made until their inputs change), and each template
   * Lit has not seen prepared (see templateTurns). The render then finds them done: the panel's
   * first render was mostly Lit preparing its templates, 55 to 73 ms of a 4x-throttled phone's CPU
   * in one task.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!firstRendersPaced() || (this.hasUpdated && !inTurns.delete(this))) return super.scheduleUpdate();
    return new Promise<void>((done, fail) =>
      queueFirstRender(
        false,
        () => this.willUpdate(new Map()),
        // Run right after this turn, before any queued after it: each only adds to its own render.
        () =>
          queueFirstRender(true, ...templateTurns(this.render(), []), () => {
            try {
              void super.scheduleUpdate();
              done();
            } catch (error) {
              fail(error);
            }
          }),
      ),
    );
  }

  /**
   * Requests an update much larger than the last (the summary's data arrived, a stage of its
   * content), prepared in turns like a first render where first renders are paced; elsewhere, and
   * when an update is already on its way, an update as any other.
   * @internal
   */
  requestPreparedUpdate(): void {
    if (firstRendersPaced() && !this.isUpdatePending) inTurns.add(this);
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const problems: string[] = [];
    try {
      const own = elementConfig(this.config);
      if (own && !own.ok) problems.push(formatIssues(own.issues, 'config property').replace(/\n/g, '\n  '));
      this.candorConfig = own?.ok ? own.config : this.storeConfig.value;
      if (this.locale !== undefined && this.locale !== null && this.locale !== '' && !canonicalLocale(this.locale)) {
        problems.push(
          `locale="${String(this.locale).slice(0, 40)}" is not a language tag such as "en" or "de-CH"; using the page's language.`,
        );
      }
      const locale = resolveLocale({ attribute: this.locale, config: this.candorConfig.store.locale, element: this });
      const widget = this.constructor as typeof CandorElement;
      const catalogue = widget.locales?.catalogue ?? widget.catalogue;
      const messages = this.candorConfig.messages;
      const key = [locale, catalogue, messages];
      if (!this.i18n || key.some((part, index) => part !== this.i18nKey[index])) {
        // Unknown override keys only ever get a dev-mode warning, so that check loads only then.
        if (isDevMode() && Object.keys(messages).length > 0)
          void import('./message-checks.js').then(
            (checks) => checks.checkMessageOverrides(messages),
            () => undefined,
          );
        this.i18n = getI18n(locale, catalogue, messages);
        this.i18nKey = key;
      }
      this.localeLoad.check(widget.locales, this.i18n.locale);
      this.theme.apply(this, this.candorConfig.theme);
      this.prepare(changed, problems);
      this.failed = false;
    } catch (error) {
      this.failed = true;
      problems.push(
        `failed unexpectedly and shows nothing: ${error instanceof Error ? error.message : String(error)}. Please report this.`,
      );
    }
    this.report(problems);
  }

  // --- private helpers ------------------------------------------------------------------------
  /** Logs the element's problems as one console error, once per distinct set. */
  protected report(problems: readonly string[]): void {
    const text = problems.join('\n');
    if (text === this.lastReport) return;
    this.lastReport = text;
    if (!text) return;
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    // Keyed by element and text, so re-renders with the same problems never log again.
    logOnce(
      `${describeElement(this)}#${elementSerial(this)}:${text}`,
      'error',
      `${describeElement(this)}: ${count}\n  ${problems.join('\n  ')}`,
    );
  }

  /** Reads attributes and data for this render; push a sentence per problem into `problems`. */
  protected abstract prepare(changed: PropertyValues, problems: string[]): void;

  /** What to render once `prepare` succeeded. */
  protected abstract renderContent(): TemplateResult | typeof nothing;

  // --- render ---------------------------------------------------------------------------------
  protected override render(): TemplateResult | typeof nothing {
    if (this.failed) return nothing;
    try {
      return this.renderContent();
    } catch (error) {
      this.failed = true;
      this.report([`failed to render and shows nothing: ${error instanceof Error ? error.message : String(error)}. Please report this.`]);
      return nothing;
    }
  }
}

/**
 * What is taken in turns: the elements whose next update is (see requestPreparedUpdate), and the
 * strings of each template given a turn (see templateTurns). One set for both kinds, which are
 * never each other: a second set cost the script-tag bundle 27 B (brotli) more.
 */
const inTurns = new WeakSet<object>();

/**
 * A part's value for that render: its text or attribute value as given (left empty, an attribute
 * such as an <svg>'s viewBox would be invalid, a console error), but no nested template, list or
 * directive, each given a turn of its own or left to the element's render.
 */
const withoutContent = (value: unknown): unknown => (typeof value == 'object' ? nothing : value);

/**
 * A turn for each template in `value` (nested ones too) not seen before: Lit prepares a template
 * (parses its HTML, finds its parts) the first time it renders it and keeps it for the page's
 * life, so the turn renders it into a fragment no one sees, without the content of its parts,
 * and the element's render then only copies it.
 */
function templateTurns(value: unknown, turns: Array<() => void>): Array<() => void> {
  if (Array.isArray(value)) for (const item of value) templateTurns(item, turns);
  else if ((value as TemplateResult | undefined)?.strings) {
    const template = value as TemplateResult;
    if (!inTurns.has(template.strings)) {
      inTurns.add(template.strings);
      turns.push(() => {
        try {
          render({ ...template, values: template.values.map(withoutContent) }, document.createDocumentFragment());
        } catch {
          // Left to the element's render, which prepares it as it would have without this turn.
        }
      });
    }
    template.values.forEach((part) => templateTurns(part, turns));
  }
  return turns;
}

const serials = new WeakMap<Element, number>();
let nextSerial = 1;
function elementSerial(element: Element): number {
  let serial = serials.get(element);
  if (serial === undefined) serials.set(element, (serial = nextSerial++));
  return serial;
}
