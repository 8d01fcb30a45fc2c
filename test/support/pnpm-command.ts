/**
 * The pnpm that runs a test (npm test passes its own), else the one on PATH. `npm i -g pnpm`
 * installs a native executable, which must be run directly; only a JavaScript file goes through node.
 */
export function pnpmCommand(): [string, string[]] {
  const execPath = process.env['npm_execpath'];
  if (!execPath || !/pnpm/.test(execPath)) return ['pnpm', []];
  return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []];
}
