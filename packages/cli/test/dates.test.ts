import { describe, expect, it } from 'vitest';
import { DateReader, parseDate, type DateRules } from '../src/import/dates.js';

describe('parseDate', () => {
  it.each([
    ['2024-03-05', {}, '2024-03-05'],
    ['2024-03-05T07:07:07Z', {}, '2024-03-05T07:07:07Z'],
    ['2014-05-01T10:00:00-05:00', {}, '2014-05-01T10:00:00-05:00'],
    ['2016-05-16T04:12:06.000+00:00', {}, '2016-05-16T04:12:06.000+00:00'],
    ['2025-07-31T23:57:59.318Z', {}, '2025-07-31T23:57:59.318Z'],
    ['2025-03-02 10:12:00 UTC', {}, '2025-03-02T10:12:00Z'],
    ['2024-06-01 08:30:00', {}, '2024-06-01T08:30:00Z'],
    ['05/03/2024', { order: 'dmy' as const }, '2024-03-05'],
    ['05/03/2024', { order: 'mdy' as const }, '2024-05-03'],
    ['23/03/2024', {}, '2024-03-23'],
    ['05.03.2024 14:30', { order: 'dmy' as const }, '2024-03-05T14:30:00Z'],
    ['Mon Aug 10 2015 14:16:38 GMT+0000 (GMT)', {}, '2015-08-10T14:16:38+00:00'],
    [1588687728923, { epoch: 'ms' as const }, '2020-05-05T14:08:48.923Z'],
    ['1588687728', { epoch: 's' as const }, '2020-05-05T14:08:48Z'],
  ])('reads %s', (raw, rules, iso) => {
    expect(parseDate(raw, rules)).toEqual({ ok: true, iso });
  });

  it.each([
    ['05/03/2024', {}, /ambiguous date "05\/03\/2024".*--date-order/],
    ['31/02/2024', { order: 'dmy' as const }, /no such day/],
    ['01/13/2024', { order: 'dmy' as const }, /no such day/],
    ['05/03/24', {}, /two-digit year/],
    [1588615855, { epoch: 'ms' as const }, /not a date in Unix milliseconds/],
    ['1588615855070', {}, /bare number/],
    ['next Tuesday', {}, /not a date format/],
    ['', {}, /no date/],
  ])('refuses %s', (raw, rules, reason) => {
    const result = parseDate(raw, rules);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('knows the Gregorian calendar: 29 February in leap years only (every 4th year, not every 100th, every 400th), month lengths', () => {
    for (const [text, ok] of [
      ['29/02/2024', true],
      ['29/02/2023', false],
      ['29/02/2000', true],
      ['29/02/1900', false],
      ['29/02/2100', false],
      ['30/02/2024', false],
      ['28/02/2023', true],
      ['31/04/2024', false],
      ['30/04/2024', true],
      ['31/12/2024', true],
      ['32/01/2024', false],
      ['00/01/2024', false],
    ] as const)
      expect(parseDate(text, { order: 'dmy' }).ok, text).toBe(ok);
  });

  it('a date that reads the same either way is not ambiguous', () => {
    expect(parseDate('04/04/2024')).toEqual({ ok: true, iso: '2024-04-04' });
  });
});

describe('DateReader', () => {
  it('gives what parseDate gives, for each text under each rules, read again and from new rules objects', () => {
    const texts = [
      '05/03/2024',
      '23/03/2024',
      '31/02/2024',
      '2024-03-05',
      ' 05/03/2024 ',
      '1588687728',
      '05.03.2024 14:30',
      'not a date',
      '',
      1588687728923,
    ];
    const rules: DateRules[] = [
      {},
      { order: 'dmy' },
      { order: 'mdy' },
      { order: 'ymd' },
      { epoch: 's' },
      { epoch: 'ms' },
      { order: 'dmy', epoch: 's' },
    ];
    const reader = new DateReader();
    for (let round = 0; round < 2; round++)
      for (const rule of rules)
        for (const text of texts)
          expect(reader.read(text, { ...rule }), `${String(text)} ${JSON.stringify(rule)}`).toEqual(parseDate(text, rule));
  });
});
