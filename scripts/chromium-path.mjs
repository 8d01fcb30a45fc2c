// Where the real-browser tests find Chromium. CHROMIUM_PATH wins; otherwise the usual places.
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser to launch, or undefined when none is found. */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path));
}

/** Like findChromium, but always a string so configs can be loaded; scripts/candor.mjs checks first. */
export function chromiumPath(env = process.env) {
  return findChromium(env) ?? '/usr/bin/chromium';
}
