import { describe, expect, it } from 'vitest';
import { describeFound, editDistance, nearestKey } from '../../src/config/describe.js';

describe('nearestKey', () => {
  it.each([
    ['reveiws', ['store', 'reviews', 'honesty'], 'reviews'],
    ['chekcs', ['checks', 'source'], 'checks'],
    ['COOLINGOFFHOURS', ['coolingOffHours'], 'coolingOffHours'],
    ['x', ['store', 'theme'], undefined],
    ['analytics', ['version', 'store', 'reviews', 'honesty', 'products', 'theme', 'messages'], undefined],
    ['prodcuts', ['products', 'theme'], 'products'],
  ] as const)('%s -> %s', (key, known, expected) => {
    expect(nearestKey(key, known)).toBe(expected);
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['abc', 'acb', 1],
    ['kitten', 'sitting', 3],
    ['', 'store', 5],
  ] as const)('%s/%s = %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('describeFound', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    ['48', '"48"'],
    [1.5, '1.5'],
    [false, 'false'],
    [[], 'an empty list'],
    [[1, 2], 'a list of 2 items'],
    [{}, 'an object'],
  ] as const)('%j -> %s', (value, words) => {
    expect(describeFound(value)).toBe(words);
  });
});
