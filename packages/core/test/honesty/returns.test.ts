import { describe, expect, it } from 'vitest';
import { isFrequentlyReturned, matchReturnThemes, percentUp, returnsNote, themeMatchesReason, type HonestyTheme } from '../../src/index.js';

describe('return-rate threshold', () => {
  it.each([
    [0.22, 0.15, true],
    [0.15, 0.15, true],
    [3 / 20, 0.15, true],
    [0.149999, 0.15, false],
    [0.05, 0.15, false],
    [0, 0, true],
    [1, 1, true],
    [Number.NaN, 0.15, false],
  ])('rate %s with threshold %s is frequent: %s', (rate, threshold, frequent) => {
    expect(isFrequentlyReturned(rate, threshold)).toBe(frequent);
  });
});

describe('percentUp never flatters', () => {
  it.each([
    [0.22, 22],
    [0.221, 23],
    [0.2201, 23],
    [0.07, 7],
    [0.001, 1],
    [0, 0],
    [1, 100],
    [0.29, 29],
    [0.57, 57],
  ])('%s is %s%', (share, percent) => expect(percentUp(share)).toBe(percent));
});

describe('returnsNote', () => {
  it('orders reasons by share and keeps at most three', () => {
    const note = returnsNote(
      {
        rate: 0.22,
        reasons: [
          { label: 'arrived late', share: 0.05 },
          { label: 'runs small', share: 0.6 },
          { label: 'colour differs' },
          { label: 'too stiff', share: 0.2 },
        ],
      },
      0.15,
    );
    expect(note).toMatchObject({ percent: 22, frequent: true });
    expect(note?.topReasons.map((reason) => reason.label)).toEqual(['runs small', 'too stiff', 'arrived late']);
  });
  it.each([
    ['no returns', undefined],
    ['rate above 1', { rate: 1.2 }],
    ['negative rate', { rate: -0.1 }],
  ])('%s: no note', (_name, returns) => expect(returnsNote(returns, 0.15)).toBeUndefined());
  it('a low rate is stated, not called frequent', () => {
    expect(returnsNote({ rate: 0.04 }, 0.15)).toMatchObject({ percent: 4, frequent: false, topReasons: [] });
  });
});

describe('matching complaint themes to return reasons', () => {
  const cons: HonestyTheme[] = [
    { label: 'Sizing runs narrow', mentions: 14 },
    { label: 'Sole came apart', mentions: 3 },
    { label: 'Poor quality stitching', mentions: 9 },
    { label: 'Laces too short', mentions: 2 },
    { label: 'Slow delivery', mentions: 20 },
  ];
  it.each([
    ['runs small', 'Sizing runs narrow', true],
    ['fällt klein aus', 'Passform eng, zu klein', true],
    ['poor quality', 'Poor quality stitching', true],
    ['broke after a week', 'Poor quality stitching', true],
    ['colour differs from photo', 'Sizing runs narrow', false],
    ['runs small', 'Slow delivery', false],
  ])('reason "%s" vs theme "%s": %s', (reason, theme, match) => expect(themeMatchesReason(theme, reason)).toBe(match));

  it('returns matching themes, most mentioned first', () => {
    expect(matchReturnThemes([{ label: 'runs small' }, { label: 'broke quickly' }], cons).map((theme) => theme.label)).toEqual([
      'Sizing runs narrow',
      'Poor quality stitching',
      'Sole came apart',
    ]);
  });
  it('without reasons, themes in a known return group stand in', () => {
    expect(matchReturnThemes([], cons).map((theme) => theme.label)).toEqual([
      'Sizing runs narrow',
      'Poor quality stitching',
      'Sole came apart',
    ]);
    expect(matchReturnThemes([], cons, 10).map((theme) => theme.label)).not.toContain('Slow delivery');
  });
  it('no cons, no matches', () => expect(matchReturnThemes([{ label: 'runs small' }], [])).toEqual([]));
});
