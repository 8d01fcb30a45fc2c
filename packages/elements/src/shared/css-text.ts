/**
 * `css` for modules that must not load Lit (the script-tag listing badge): the template's text as
 * a plain string. Named `css` so the bundle's template minifier treats it like Lit's `css`.
 */
export const css = (strings: TemplateStringsArray, ...values: unknown[]): string => String.raw({ raw: strings }, ...values);
