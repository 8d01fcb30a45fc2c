/** Versions read from the installed package files, so a summary's settings hash changes with the engine. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const readVersion = (specifier: string): string => {
  try {
    return (require(specifier) as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

export const CLI_VERSION = readVersion('../package.json');
export const CORE_VERSION = readVersion('@candor/core/package.json');
