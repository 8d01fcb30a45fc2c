/**
 * The words for what a config check found wrong: each problem becomes an issue with where it is,
 * what was expected, what was found and, for a misspelling, the nearest known word. Kept apart
 * from the checks (shape.ts, read-config.ts), so a page whose config is valid never loads them.
 */
import { describeFound, nearestKey, quote } from './describe.js';
import { MEANINGS } from './meanings.js';
import type { ConfigIssue, Problem, ProblemSink, ShapeSource } from './shape.js';

/** Collects every problem reported while a config is read, in words. */
export class IssueLog implements ProblemSink {
  readonly issues: ConfigIssue[] = [];

  report(problem: Problem): void {
    this.issues.push(issueOf(problem));
  }
}

function issueOf(problem: Problem): ConfigIssue {
  switch (problem.kind) {
    case 'mismatch': {
      const { path } = problem;
      const expected = expectedOf(problem.source);
      const found = describeFound(problem.value);
      return { path, expected, found, message: `expected ${expected}, found ${found}` };
    }
    case 'notOneOf': {
      const { path, values, value } = problem;
      const expected = oneOfExpected(values);
      const suggestion = typeof value === 'string' ? nearestKey(value, values.filter(isString)) : undefined;
      const found = describeFound(value);
      return {
        path,
        expected,
        found,
        ...(suggestion ? { suggestion } : {}),
        message: `expected ${expected}, found ${found}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      };
    }
    case 'unknownKey': {
      const { path, key, known } = problem;
      const suggestion = nearestKey(key, known);
      const expected = `one of the keys ${known.map((name) => quote(name)).join(', ')}`;
      return {
        path,
        expected,
        found: quote(key),
        ...(suggestion ? { suggestion } : {}),
        message: suggestion ? `unknown key "${key}"; did you mean "${suggestion}"?` : `unknown key "${key}"; expected ${expected}`,
      };
    }
    case 'missingKey': {
      const { path, key } = problem;
      const expected = expectedOf(problem.source);
      return { path, expected, found: 'nothing', message: `missing required key "${key}": expected ${expected}` };
    }
    case 'badKey': {
      const { path, key } = problem;
      const expected = MEANINGS[problem.meaning];
      return { path, expected, found: quote(key), message: `expected a key that is ${expected}, found "${key}"` };
    }
    case 'unknownCategory': {
      const { path, category, categories } = problem;
      const suggestion = nearestKey(category, categories);
      const expected = categories.length ? `a category from honesty.categories` : 'a category defined in honesty.categories (none are)';
      return {
        path,
        expected,
        found: JSON.stringify(category),
        ...(suggestion ? { suggestion } : {}),
        message: `unknown category "${category}"; ${suggestion ? `did you mean "${suggestion}"?` : `expected ${expected}`}`,
      };
    }
    case 'sharesOver': {
      const found = `shares that add up to ${Math.round(problem.shares * 1000) / 1000}`;
      return {
        path: problem.path,
        expected: 'shares that add up to at most 1',
        found,
        message: `expected shares that add up to at most 1, found ${found}`,
      };
    }
  }
}

/** What a shape expects, as messages say it: "a whole number from 1 to 720". */
export function expectedOf(source: ShapeSource): string {
  switch (source.kind) {
    case 'string': {
      const { minLength = 0, maxLength, meaning } = source.options;
      return (
        (meaning && MEANINGS[meaning]) ??
        (minLength > 0 && maxLength !== undefined
          ? `a string of ${minLength} to ${maxLength} characters`
          : minLength > 0
            ? 'a non-empty string'
            : 'a string')
      );
    }
    case 'number': {
      const { min, max, integer = false } = source.options;
      const noun = integer ? 'a whole number' : 'a number';
      return min !== undefined && max !== undefined
        ? `${noun} from ${min} to ${max}`
        : min !== undefined
          ? `${noun} of at least ${min}`
          : max !== undefined
            ? `${noun} of at most ${max}`
            : noun;
    }
    case 'boolean':
      return 'true or false';
    case 'oneOf':
      return oneOfExpected(source.values);
    case 'defaulted':
      return expectedOf(source.shape.source);
    case 'array': {
      const { minItems = 0, maxItems } = source.options;
      const count = maxItems !== undefined ? `${minItems} to ${maxItems} items` : minItems > 0 ? `at least ${minItems} items` : 'items';
      return `a list of ${count}`;
    }
    case 'object':
      return 'an object';
    case 'record': {
      const { maxKeys } = source.options;
      return maxKeys !== undefined ? `an object of at most ${maxKeys} entries` : 'an object';
    }
  }
}

const oneOfExpected = (values: readonly (string | number)[]): string =>
  values.length === 1 ? quote(values[0]!) : `one of ${values.map((value) => quote(value)).join(', ')}`;

const isString = (value: unknown): value is string => typeof value === 'string';
