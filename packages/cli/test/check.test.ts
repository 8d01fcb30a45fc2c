import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '@candor/core';
import { checkConfigFile, formatCheck } from '../src/check/run.js';
import { tempDir } from './helpers.js';

const write = (text: string) => {
  const file = join(tempDir(), 'candor.json');
  writeFileSync(file, text);
  return file;
};

describe('candor check', () => {
  it('a valid config is ok', () => {
    const result = checkConfigFile(write('{ "version": 1, "reviews": { "ratingScale": 5 } }'));
    expect(result.ok).toBe(true);
    expect(formatCheck(result)[0]).toMatch(/candor\.json: ok$/);
  });

  it("prints file:path: message with the browser's own messages, one line per problem", () => {
    const text = '{ "version": 1, "reviews": { "ratingScale": 12, "checks": { "burst": { "mode": "sometimes" } } } }';
    const file = write(text);
    const result = checkConfigFile(file);
    expect(result.ok).toBe(false);
    const browser = parseConfig(text);
    expect(result.issues).toEqual(browser.issues);
    const lines = formatCheck(result);
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toContain(`${file}:$.reviews.ratingScale: `);
    expect(lines.join('\n')).toContain(`${file}:$.reviews.checks.burst.mode: `);
    for (const line of lines) expect(line).toMatch(/expected .*found/);
  });

  it('a JSON syntax error names its line and column; a missing file says what to pass', () => {
    expect(formatCheck(checkConfigFile(write('{\n  "version": 1,\n}')))[0]).toMatch(/invalid JSON at line 3/);
    expect(formatCheck(checkConfigFile('/nonexistent/candor.json'))[0]).toMatch(/cannot read .* no such file/);
  });
});
