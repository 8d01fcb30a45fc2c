/**
 * A very small schema kit: each shape describes one kind of JSON value once and from that one
 * description gives three things that must never drift apart:
 * - the TypeScript type (`Infer<typeof shape>` for validated output, `InferInput` for what authors write),
 * - a validator that interprets the description (no generated code, so it runs under a CSP
 *   without 'unsafe-eval'), reports every problem at once with its JSON path, and fills defaults,
 * - a JSON Schema (draft 2020-12) fragment, published as candor.schema.json for editors: each
 *   shape keeps what it was made from (`source`), and json-schema.ts writes the schema from that,
 *   so the code that writes schemas stays out of the script-tag bundle, which only validates.
 *
 * Why not a library: a code-generating validator (ajv) cannot run under a strict CSP, and the
 * interpreting ones either weigh more than this whole file in the script-tag bundle or cannot
 * give the messages we promise (expected, found, nearest key).
 */
import type { Meaning } from './meanings.js';

export interface ConfigIssue {
  /** Where, as a JSONPath: `$.reviews.checks.burst.mode`. */
  readonly path: string;
  /** The whole sentence, without the path. */
  readonly message: string;
  readonly expected: string;
  readonly found: string;
  /** The nearest known key, when the problem is a misspelt one. */
  readonly suggestion?: string;
}

export type JsonSchema = { [keyword: string]: unknown };

/**
 * What a shape or a cross-section rule found wrong, as facts: issue-log.ts puts them into words.
 * A page whose config is valid never needs the words, so they load only for one that is not.
 */
export type Problem =
  | { readonly kind: 'mismatch'; readonly path: string; readonly source: ShapeSource; readonly value: unknown }
  | { readonly kind: 'notOneOf'; readonly path: string; readonly values: readonly (string | number)[]; readonly value: unknown }
  | { readonly kind: 'unknownKey'; readonly path: string; readonly key: string; readonly known: readonly string[] }
  | { readonly kind: 'missingKey'; readonly path: string; readonly key: string; readonly source: ShapeSource }
  | { readonly kind: 'badKey'; readonly path: string; readonly key: string; readonly meaning: Meaning }
  | { readonly kind: 'unknownCategory'; readonly path: string; readonly category: string; readonly categories: readonly string[] }
  | { readonly kind: 'sharesOver'; readonly path: string; readonly shares: number };

/** Hears of each problem while a value is read; shapes never throw. */
export interface ProblemSink {
  report(problem: Problem): void;
}

/** Marks a value that failed to read; its problems are already in the log. */
export const INVALID: unique symbol = Symbol('invalid');
export type Read<T> = T | typeof INVALID;

/** Reports a value that is not what its shape reads, and marks it. */
function mismatch(log: ProblemSink, path: string, source: ShapeSource, value: unknown): typeof INVALID {
  log.report({ kind: 'mismatch', path, source, value });
  return INVALID;
}

export interface Shape<Out, In = Out, InOptional extends boolean = boolean, OutOptional extends boolean = boolean> {
  /** Phantom fields that carry the types; never set at run time. */
  readonly _out?: Out;
  readonly _in?: In;
  /** May an author leave this key out? */
  readonly inOptional: InOptional;
  /** May the validated output lack this key? (false when a default fills it) */
  readonly outOptional: OutOptional;
  read(value: unknown, path: string, log: ProblemSink): Read<Out>;
  /** What the shape was made from, for `shapeJsonSchema` in json-schema.ts and `expectedOf` in issue-log.ts. */
  readonly source: ShapeSource;
}

export type AnyShape = Shape<unknown, unknown, boolean, boolean>;

/** A shape's kind and the options it was made with: all a JSON Schema needs. */
export type ShapeSource =
  | { readonly kind: 'string'; readonly options: StringOptions }
  | { readonly kind: 'number'; readonly options: NumberOptions }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'oneOf'; readonly values: readonly (string | number)[] }
  | { readonly kind: 'defaulted'; readonly shape: AnyShape; readonly fallback: unknown }
  | { readonly kind: 'array'; readonly item: AnyShape; readonly options: ArrayOptions }
  | { readonly kind: 'object'; readonly props: Readonly<Record<string, AnyShape>>; readonly options: ObjectOptions }
  | { readonly kind: 'record'; readonly value: AnyShape; readonly options: RecordOptions };
export type Infer<S> = S extends Shape<infer Out, unknown, boolean, boolean> ? Out : never;
export type InferInput<S> = S extends Shape<unknown, infer In, boolean, boolean> ? In : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Props = Record<string, AnyShape>;
type OutOf<P extends Props> = Simplify<
  { [K in keyof P as P[K]['outOptional'] extends true ? K : never]?: Infer<P[K]> } & {
    [K in keyof P as P[K]['outOptional'] extends true ? never : K]: Infer<P[K]>;
  }
>;
type InOf<P extends Props> = Simplify<
  { [K in keyof P as P[K]['inOptional'] extends true ? K : never]?: InferInput<P[K]> } & {
    [K in keyof P as P[K]['inOptional'] extends true ? never : K]: InferInput<P[K]>;
  }
>;

function required<Out, In = Out>(
  read: (value: unknown, path: string, log: ProblemSink) => Read<Out>,
  source: ShapeSource,
): Shape<Out, In, false, false> {
  return { inOptional: false, outOptional: false, read, source };
}

// ---------------------------------------------------------------------------------------------
// Scalars

export interface StringOptions {
  minLength?: number;
  maxLength?: number;
  /** Checked with a literal RegExp (no eval). Its source becomes the JSON Schema `pattern`. */
  pattern?: RegExp;
  /** What the pattern means, for messages: `link` for "an https:// URL or a path starting with /" (meanings.ts). */
  meaning?: Meaning;
  /**
   * A check no pattern can make (the URL parser's verdict on a link), run after the pattern.
   * Editors see only the pattern, so the pattern should already refuse most of what this refuses.
   */
  accept?: (value: string) => boolean;
}

export function string(options: StringOptions = {}): Shape<string, string, false, false> {
  const { minLength = 0, maxLength, pattern, accept } = options;
  const source: ShapeSource = { kind: 'string', options };
  return required((value, path, log) => {
    if (typeof value !== 'string') return mismatch(log, path, source, value);
    const length = [...value].length;
    if (
      length < minLength ||
      (maxLength !== undefined && length > maxLength) ||
      (pattern && !pattern.test(value)) ||
      (accept && !accept(value))
    ) {
      return mismatch(log, path, source, value);
    }
    return value;
  }, source);
}

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
}

export function number(options: NumberOptions = {}): Shape<number, number, false, false> {
  const { min, max, integer = false } = options;
  const source: ShapeSource = { kind: 'number', options };
  return required((value, path, log) => {
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (!integer || Number.isInteger(value)) &&
      (min === undefined || value >= min) &&
      (max === undefined || value <= max);
    return ok ? (value as number) : mismatch(log, path, source, value);
  }, source);
}

export function boolean(): Shape<boolean, boolean, false, false> {
  const source: ShapeSource = { kind: 'boolean' };
  return required((value, path, log) => (typeof value === 'boolean' ? value : mismatch(log, path, source, value)), source);
}

/** One of a fixed list of strings or numbers; the `as const` list is also the type. */
export function oneOf<const V extends readonly (string | number)[]>(values: V): Shape<V[number], V[number], false, false> {
  return required(
    (value, path, log) => {
      if ((values as readonly unknown[]).includes(value)) return value as V[number];
      log.report({ kind: 'notOneOf', path, values, value });
      return INVALID;
    },
    { kind: 'oneOf', values },
  );
}

// ---------------------------------------------------------------------------------------------
// Optional and defaulted keys

/** The key may be left out; the output then lacks it too. */
export function optional<Out, In>(shape: Shape<Out, In, boolean, boolean>): Shape<Out, In, true, true> {
  return { ...shape, inOptional: true, outOptional: true };
}

/**
 * The key may be left out; the output then holds `fallback`, read through the shape itself so
 * that an object's own defaults fill in too (`defaulted(object({...}), {})`).
 */
export function defaulted<Out, In>(shape: Shape<Out, In, boolean, boolean>, fallback: In): Shape<Out, In, true, false> {
  return {
    ...shape,
    inOptional: true,
    outOptional: false,
    read: (value, path, log) => shape.read(value === undefined ? (JSON.parse(JSON.stringify(fallback)) as In) : value, path, log),
    source: { kind: 'defaulted', shape, fallback },
  };
}

// ---------------------------------------------------------------------------------------------
// Containers

export interface ArrayOptions {
  minItems?: number;
  maxItems?: number;
}

export function array<Out, In>(item: Shape<Out, In, boolean, boolean>, options: ArrayOptions = {}): Shape<Out[], In[], false, false> {
  const { minItems = 0, maxItems } = options;
  const source: ShapeSource = { kind: 'array', item, options };
  return required<Out[], In[]>((value, path, log) => {
    if (!Array.isArray(value) || value.length < minItems || (maxItems !== undefined && value.length > maxItems)) {
      return mismatch(log, path, source, value);
    }
    const out: Out[] = [];
    let valid = true;
    value.forEach((element, index) => {
      const read = item.read(element, `${path}[${index}]`, log);
      if (read === INVALID) valid = false;
      else out.push(read);
    });
    return valid ? out : INVALID;
  }, source);
}

export interface ObjectOptions {
  /** Keys accepted and ignored, such as `$schema` at the top of a file. */
  ignoredKeys?: readonly string[];
}

/** Appends a key to a JSONPath, quoting keys that are not plain identifiers. */
export function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own keys only: "toString" or "constructor" in a config are unknown keys, not Object.prototype's. */
const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** An object with known keys only: an unknown key is an error that names the nearest known one. */
export function object<P extends Props>(props: P, options: ObjectOptions = {}): Shape<OutOf<P>, InOf<P>, false, false> {
  const known = Object.keys(props);
  const ignored = options.ignoredKeys ?? [];
  const source: ShapeSource = { kind: 'object', props, options };
  return required<OutOf<P>, InOf<P>>((value, path, log) => {
    if (!isPlainObject(value)) return mismatch(log, path, source, value);
    const out: Record<string, unknown> = {};
    let valid = true;
    for (const key of Object.keys(value)) {
      if (hasOwn(props, key) || ignored.includes(key)) continue;
      valid = false;
      log.report({ kind: 'unknownKey', path: childPath(path, key), key, known });
    }
    for (const [key, shape] of Object.entries(props)) {
      const raw = hasOwn(value, key) ? value[key] : undefined;
      if (raw === undefined && !shape.inOptional) {
        valid = false;
        log.report({ kind: 'missingKey', path: childPath(path, key), key, source: shape.source });
        continue;
      }
      if (raw === undefined && shape.outOptional) continue;
      const read = shape.read(raw, childPath(path, key), log);
      if (read === INVALID) valid = false;
      else out[key] = read;
    }
    return valid ? (out as OutOf<P>) : INVALID;
  }, source);
}

export interface RecordOptions {
  /** What every key must look like. */
  keyPattern: RegExp;
  /** What the key pattern means, for messages (meanings.ts). */
  keyMeaning: Meaning;
  maxKeys?: number;
}

/** An object used as a map: free keys of one form, each value of one shape. */
export function record<Out, In>(
  value: Shape<Out, In, boolean, boolean>,
  options: RecordOptions,
): Shape<Record<string, Out>, Record<string, In>, false, false> {
  const { keyPattern, keyMeaning, maxKeys } = options;
  const source: ShapeSource = { kind: 'record', value, options };
  return required<Record<string, Out>, Record<string, In>>((input, path, log) => {
    if (!isPlainObject(input)) return mismatch(log, path, source, input);
    const keys = Object.keys(input);
    if (maxKeys !== undefined && keys.length > maxKeys) {
      return mismatch(log, path, source, input);
    }
    // No prototype: a key such as "constructor" or "__proto__" is an entry like any other, and a
    // lookup of a key that is not there finds nothing instead of Object.prototype's member.
    const out = Object.create(null) as Record<string, Out>;
    let valid = true;
    for (const key of keys) {
      const at = childPath(path, key);
      if (!keyPattern.test(key)) {
        valid = false;
        log.report({ kind: 'badKey', path: at, key, meaning: keyMeaning });
        continue;
      }
      const read = value.read(input[key], at, log);
      if (read === INVALID) valid = false;
      else out[key] = read;
    }
    return valid ? out : INVALID;
  }, source);
}
