/**
 * Why a widget could not load, as one console error: a chunk of its own, downloaded only when a
 * widget failed, so no page that works pays for it.
 */
import { CHUNKS, chunkUrl } from './widget-path.js';

/**
 * One console error saying why <candor-`name`> could not load: the first of its chunks (and
 * the runtime's) the server refuses, by URL and HTTP status (the browser's error names only the
 * module it imported, never the status, nor a missing import of it); else the browser's error,
 * with the Trusted Types advice only when that error is about Trusted Types.
 */
export function reportFailure(name: string, error: unknown, logError: (message: string) => void): Promise<void> {
  return Promise.all(
    `${CHUNKS['']} ${CHUNKS[name]}`
      .split(' ')
      .filter(Boolean)
      .map((chunk) =>
        fetch(chunkUrl(chunk), { method: 'HEAD' }).then(
          (response) => (response.ok ? '' : `${response.url} answered HTTP ${response.status}`),
          () => '',
        ),
      ),
  ).then((refused) =>
    logError(
      `<candor-${name}> could not load: ${refused.find(Boolean) ?? error}${/Trusted/.test(String(error)) ? `; allow Candor's Trusted Types policy: "trusted-types candor"` : ''}.`,
    ),
  );
}
