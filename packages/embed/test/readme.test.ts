/** The README's pinned tag carries the integrity values of the files in the build (from the manifest). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readmeBlock } from '../scripts/pinned-tag.mjs';
import { EMBED_DIR, readManifest } from './support/harness.js';

describe('packages/embed/README.md', () => {
  const readme = readFileSync(join(EMBED_DIR, 'README.md'), 'utf8');

  it('shows the pinned tag with the integrity values of this build (else: node packages/embed/scripts/pinned-tag.mjs --write)', () => {
    expect(readme).toContain(readmeBlock());
  });

  it('its integrity values are the manifest sha384 of candor.js and candor.css', () => {
    const manifest = readManifest();
    expect(readme).toContain(`integrity="${manifest.files['candor.js']!.integrity}"`);
    expect(readme).toContain(`integrity="${manifest.files['candor.css']!.integrity}"`);
    expect(manifest.files['candor.js']!.integrity).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
  });
});
