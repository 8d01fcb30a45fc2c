/**
 * What `guard` from lit/directives does, without its code (which the script-tag bundle would load
 * as a chunk of its own): a part of a widget's template is made again only when something it is
 * made from changed. The same template given to Lit again is compared value by value, which costs
 * next to nothing, instead of formatting every message, number and date in it; and unlike a
 * `noChange`, it renders in full wherever Lit has to build that part anew.
 */
export class TemplateCache<T> {
  private inputs: readonly unknown[] = [];
  private made: { template: T } | undefined;

  /** `make()`'s template, or the one it made last when each of `inputs` is the same (===) as then. */
  get(inputs: readonly unknown[], make: () => T): T {
    const same = this.made && inputs.length === this.inputs.length && inputs.every((input, index) => input === this.inputs[index]);
    if (!same || !this.made) {
      this.made = { template: make() };
      this.inputs = inputs;
    }
    return this.made.template;
  }
}
