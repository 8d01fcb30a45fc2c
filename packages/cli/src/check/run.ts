/**
 * `candor check candor.json`: the validation the browser runs (@candor/core's parseConfig), with
 * its messages, one line per problem as `file:path: message`; `--json` for CI.
 */
import { readFileSync } from 'node:fs';
import { parseConfig, type ConfigIssue } from '@candor/core';

export interface CheckResult {
  file: string;
  ok: boolean;
  issues: ConfigIssue[];
}

export function checkConfigFile(file: string): CheckResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {
      file,
      ok: false,
      issues: [
        {
          path: '$',
          expected: 'a readable file',
          found: 'no such file',
          message: `cannot read ${file}: no such file (pass the path to your candor.json)`,
        },
      ],
    };
  }
  const result = parseConfig(text);
  return { file, ok: result.ok, issues: result.issues };
}

export function formatCheck(result: CheckResult): string[] {
  if (result.ok) return [`${result.file}: ok`];
  return result.issues.map((issue) => `${result.file}:${issue.path}: ${issue.message}`);
}
