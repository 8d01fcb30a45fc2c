/**
 * The e2e tests start pnpm as `pnpmCommand()` says. Under `pnpm test`, npm_execpath names the pnpm
 * that runs the suite: a JavaScript file for an npm-installed classic pnpm, a native executable for
 * the one `npm i -g pnpm@12` installs (or /usr/bin/pnpm). Each must start and answer.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pnpmCommand } from './pnpm-command.js';

const saved = process.env['npm_execpath'];
afterEach(() => {
  if (saved === undefined) delete process.env['npm_execpath'];
  else process.env['npm_execpath'] = saved;
});

/** Runs what pnpmCommand() answers with `args`; its exit status and output. */
function runPnpm(...args: string[]) {
  const [command, prefix] = pnpmCommand();
  const result = spawnSync(command, [...prefix, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

describe('pnpmCommand', () => {
  it('runs a native pnpm executable directly', () => {
    const which = spawnSync('sh', ['-c', 'command -v pnpm'], { encoding: 'utf8' }).stdout.trim();
    process.env['npm_execpath'] = realpathSync(which);
    const { status, stdout, stderr } = runPnpm('--version');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('runs a JavaScript pnpm through node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-pnpm-'));
    try {
      const script = join(dir, 'pnpm.cjs');
      writeFileSync(script, 'console.log(`js ${process.argv.slice(2).join(" ")}`);\n');
      process.env['npm_execpath'] = script;
      expect(pnpmCommand()).toEqual([process.execPath, [script]]);
      expect(runPnpm('--version')).toMatchObject({ status: 0, stdout: 'js --version' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("uses the pnpm on PATH when npm_execpath is npm's own or unset", () => {
    process.env['npm_execpath'] = '/usr/lib/node_modules/npm/bin/npm-cli.js';
    expect(pnpmCommand()).toEqual(['pnpm', []]);
    delete process.env['npm_execpath'];
    expect(pnpmCommand()).toEqual(['pnpm', []]);
  });
});
