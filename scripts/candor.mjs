#!/usr/bin/env node
// The README's commands, runnable by a newcomer with only Node and npm:
//   npm start   install, build, serve the demo store on http://localhost:4173 (PORT overrides)
//   npm test    install, find or install Chromium, lint, type-check, build, run every test project
//   npm run bench   install, find or install Chromium, build, then the benchmarks
// They work the same through pnpm (`pnpm start`, `pnpm test`). When pnpm is missing, the pinned
// version runs through npx, so nothing needs a global install or root.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium-path.mjs';

const PNPM_VERSION = '12.4.2';
const root = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = '.vitest-results.json';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function runOrExit(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) process.exit(status);
}

/** The pnpm to use: the one on PATH when it is the pinned version, else the pinned one through npx. */
function pnpmCommand() {
  const onPath = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (onPath.status === 0 && onPath.stdout.trim() === PNPM_VERSION) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
}

const [pnpm, ...pnpmPrefix] = pnpmCommand();
const runPnpm = (args, options) => run(pnpm, [...pnpmPrefix, ...args], options);
const pnpmOrExit = (args, options) => runOrExit(pnpm, [...pnpmPrefix, ...args], options);

function install() {
  // --frozen-lockfile: a newcomer gets exactly the versions the tests ran with.
  pnpmOrExit(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
}

/** Chromium for the real-browser tests: CHROMIUM_PATH, a known place, or Debian's package when we may install it. */
function ensureChromium() {
  const found = findChromium();
  if (found && existsSync(found)) return found;
  if (process.env.CHROMIUM_PATH) {
    fail(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing; installing Debian\'s "chromium" package for the real-browser tests...');
    runOrExit('apt-get', ['update', '-qq']);
    runOrExit('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = findChromium();
    if (installed) return installed;
  }
  fail(
    [
      'The real-browser tests need Chromium or Chrome, and none was found.',
      '  Debian/Ubuntu:  sudo apt-get install chromium     (then run this again)',
      '  macOS:          brew install --cask chromium',
      '  Elsewhere:      install Chrome or Chromium and run   CHROMIUM_PATH=/path/to/chrome npm test',
      'Downloaded test browsers (npx playwright install) are not used.',
    ].join('\n'),
  );
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

/** vitest's own counts, as the plain closing line CI reads: "N passed, N failed, N skipped". */
function printCounts() {
  if (!existsSync(`${root}/${RESULTS}`)) {
    console.log('vitest wrote no results: the run did not complete.');
    return false;
  }
  const results = JSON.parse(readFileSync(`${root}/${RESULTS}`, 'utf8'));
  const skipped = results.numPendingTests + (results.numTodoTests ?? 0);
  console.log(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
  return results.numFailedTests === 0 && results.numTotalTests > 0;
}

/** The static checks that need no build, first, so that a lint or format error fails in seconds. */
function lint() {
  console.log('\n> lint (ESLint: any error or warning fails)');
  pnpmOrExit(['run', 'lint']);
  console.log('\n> format (Prettier: `pnpm format` fixes the files it lists)');
  pnpmOrExit(['run', 'format:check']);
}

function test(extraArgs) {
  install();
  lint();
  const chromium = ensureChromium();
  const env = { ...process.env, CHROMIUM_PATH: chromium, NO_COLOR: process.env.NO_COLOR ?? (process.env.CI ? '1' : undefined) };
  if (env.NO_COLOR === undefined) delete env.NO_COLOR;
  console.log('\n> type-check');
  pnpmOrExit(['run', 'typecheck'], { env });
  console.log('\n> build (the budget, package and end-to-end tests read the built files)');
  pnpmOrExit(['run', 'build'], { env });
  console.log('\n> vitest: node, DOM shim and real headless Chromium');
  rmSync(`${root}/${RESULTS}`, { force: true });
  const status = runPnpm(['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}`, ...extraArgs], {
    env,
  });
  const green = printCounts();
  process.exit(status !== 0 ? status : green ? 0 : 1);
}

function start() {
  install();
  pnpmOrExit(['run', 'build']);
  runOrExit(process.execPath, ['scripts/serve.mjs']);
}

function bench() {
  install();
  // The script-tag benchmark loads the built bundle in Chromium.
  const chromium = ensureChromium();
  pnpmOrExit(['run', 'build']);
  pnpmOrExit(['-r', '--if-present', 'run', 'bench'], { env: { ...process.env, CHROMIUM_PATH: chromium } });
}

const [command = 'test', ...rest] = process.argv.slice(2);
const commands = { test: () => test(rest), start, bench };
if (!(command in commands)) fail(`Unknown command "${command}". Use one of: ${Object.keys(commands).join(', ')}.`);
commands[command]();
