/**
 * The loader's dev-mode warnings in words: a chunk of its own, downloaded only when a page that
 * asked for them (`data-dev` on the loader's tag) has something to warn about, so no page pays for
 * their sentences otherwise.
 */
const STRATEGIES = 'eager, idle, visible';

export const WARNINGS = {
  load: (value: string, where: string, fallback: string) =>
    `data-load="${value}"${where} is not one of ${STRATEGIES}; using "${fallback}".`,
  configure: () => 'Candor.configure() takes an object in the shape of candor.json.',
  defined: (tag: string, version: string) => `<${tag}> is already defined on this page; Candor ${version} uses that definition.`,
  notWidget: (name: string, names: string) => `data-candor="${name}" is not a Candor widget; use one of: ${names}.`,
  ignored: (name: string, ignored: string, documented: string) =>
    `data-candor="${name}": ignored ${ignored}; <candor-${name}> takes only data-${documented} and data-load.`,
};

export type Warning = keyof typeof WARNINGS;

/** The sentence of warning `code` with its details. */
export const warningText = (code: Warning, details: string[]): string => (WARNINGS[code] as (...values: string[]) => string)(...details);
