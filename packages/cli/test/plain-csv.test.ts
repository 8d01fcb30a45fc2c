/**
 * The plain CSV reader of split reads against csv-parse, the reader of whole reads: wherever the
 * plain reader reads a text, it gives csv-parse's records and lines, however the text arrives in
 * pieces; wherever it cannot, it says so (and the import reads the file whole with csv-parse).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { PlainCsvReader, type PlainRecord } from '../src/import/plain-csv.js';

/** csv-parse as csvRecords runs it, and each record's first line as csvRecords counts it; `clean` says no record was skipped. */
function csvParse(text: string, delimiter = ','): { records: PlainRecord[]; clean: boolean } {
  let skipped = 0;
  const rows = parse(text, {
    bom: true,
    delimiter,
    info: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: () => void skipped++,
  }) as unknown as { info: { lines: number }; record: string[] }[];
  return {
    records: rows.map(({ info, record }) => ({
      line: info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g) ?? []).length, 0),
      cells: record,
    })),
    clean: skipped === 0,
  };
}

/** The plain reader over `pieces` (the text cut where the test says); `bytes`: pieces are UTF-8 bytes read as latin1. */
function plain(pieces: readonly string[], delimiter = ',', bytes = false): { records: PlainRecord[]; irregular?: string } {
  const reader = new PlainCsvReader(delimiter, 1, bytes);
  const records: PlainRecord[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const outcome = reader.push(pieces[i]!, i === pieces.length - 1);
    records.push(...outcome.records);
    if (outcome.irregular) return { records, irregular: outcome.irregular };
  }
  return { records };
}

/** Every record csv-parse gives but its empty lines, which csvRecords skips (as the import does). */
const withoutEmpty = (records: readonly PlainRecord[]) => records.filter(({ cells }) => !(cells.length === 1 && cells[0] === ''));

const PLAIN = [
  'title,body,rating\nGreat,Works well,5\nBad,"Broke, after a week",1\n',
  'a,b\n"quoted ""twice"" here",x\n"two\nlines\nof text",y\nlast,"no newline at the end"',
  '\uFEFFa,b\r\n1,2\r\n"lf\ninside quotes",3\r\n4,""\r\n',
  'a,b\n\n1,2\n\n\n3,4\n',
  'a;b\n1,5;2\n"x;y";z\n',
  'a,b,c\n,,\n"",,""\n1,2\n',
  'only a header\n',
  'ünïcödé,日本語\n😀,"é\n😀"\n',
];

describe('the plain CSV reader', () => {
  it('reads plain CSV exactly as csv-parse does: cells, first lines, CRLF, quoted line breaks (LF), empty lines, a BOM', () => {
    for (const text of PLAIN) {
      const delimiter = text.startsWith('a;b') ? ';' : ',';
      const expected = csvParse(text, delimiter);
      expect(expected.clean).toBe(true);
      const read = plain([text], delimiter);
      expect(read.irregular, JSON.stringify(text)).toBeUndefined();
      expect(withoutEmpty(read.records)).toEqual(withoutEmpty(expected.records));
      // The same from the file's bytes, as a split read gives them.
      expect(plain([Buffer.from(text).toString('latin1')], delimiter, true)).toEqual(read);
    }
  });

  it('from bytes, decodes UTF-8 cell by cell wherever the bytes are cut (inside a character, inside the byte order mark)', () => {
    for (const text of [...PLAIN, '\uFEFF\u00e9,\u00fa\n"\u00e9""x",\uD83D\uDE00\n', 'a\n\u00e9\u00e9\u00e9\n', 'a,b\n\xff\xfe,ok\n']) {
      const delimiter = text.startsWith('a;b') ? ';' : ',';
      const whole = plain([text], delimiter);
      const bytes = Buffer.from(text).toString('latin1');
      for (let cut = 0; cut <= bytes.length; cut++)
        for (const second of [cut, Math.min(bytes.length, cut + 1), Math.min(bytes.length, cut + 2)])
          expect(plain([bytes.slice(0, cut), bytes.slice(cut, second), bytes.slice(second)], delimiter, true)).toEqual(whole);
    }
    // Bytes that are not UTF-8 become U+FFFD, as a whole-file UTF-8 read makes them.
    const broken = Buffer.concat([Buffer.from('a,b\n'), Buffer.from([0xc3]), Buffer.from(',x\n')]);
    expect(plain([broken.toString('latin1')], ',', true).records[1]!.cells).toEqual([broken.subarray(4, 5).toString('utf8'), 'x']);
    expect(plain([broken.toString('latin1')], ',', true).records[1]!.cells[0]).toBe('\uFFFD');
  });

  it('gives the same records wherever the text is cut into pieces (in a quote, between CR and LF, in a doubled quote)', () => {
    for (const text of PLAIN) {
      const delimiter = text.startsWith('a;b') ? ';' : ',';
      const whole = plain([text], delimiter);
      for (let cut = 0; cut <= text.length; cut++)
        for (const second of [cut, Math.min(text.length, cut + 1), Math.min(text.length, cut + 7)])
          expect(plain([text.slice(0, cut), text.slice(cut, second), text.slice(second)], delimiter)).toEqual(whole);
    }
  });

  it('stops at what it cannot read plainly, with the line: a stray quote, text after a closing quote, a lone CR, an open quote, mixed line ends', () => {
    const cases: [string, RegExp][] = [
      ['a,b\n1,x"y\n', /^line 2: a quote inside an unquoted cell/],
      ['a,b\n1,"x"y\n', /^line 2: text follows a closing quote/],
      ['a,b\n1,2\r3,4\n', /^line 2: a carriage return/],
      ['a,b\n1,"open\n2,3\n', /^line 2: a quoted cell is not closed/],
      ['a,b\r\n1,2\n3,4\r\n', /^line 2: a line break without the carriage return/],
      ['a,b\n1,2\r\n', /^line 2: a carriage return/],
      // csv-parse counts the CR as a line of its own; the reader leaves that to it.
      ['a,b\r\n1,"x\r\ny",2\r\n', /^line 2: a carriage return inside a quoted cell/],
    ];
    for (const [text, reason] of cases) expect(plain([text]).irregular, JSON.stringify(text)).toMatch(reason);
  });

  it('on random texts of quotes, delimiters, CRs and line breaks, either reads what csv-parse reads or says it cannot', () => {
    // A fixed linear congruential generator: the same texts on every run.
    let seed = 16;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const alphabet = ['a', 'é', ',', ',', '"', '\n', '\n', '\r\n', '\r', ' ', '""'];
    let read = 0;
    for (let round = 0; round < 6000; round++) {
      const length = 1 + Math.floor(next() * 24);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      const cut = Math.floor(next() * (text.length + 1));
      const outcome = plain([text.slice(0, cut), text.slice(cut)]);
      expect(
        plain(
          [text.slice(0, cut), text.slice(cut)].map((piece) => Buffer.from(piece).toString('latin1')),
          ',',
          true,
        ),
      ).toEqual(outcome);
      if (outcome.irregular) continue;
      read++;
      const expected = csvParse(text);
      expect(expected.clean, JSON.stringify(text)).toBe(true);
      expect(withoutEmpty(outcome.records), JSON.stringify(text)).toEqual(withoutEmpty(expected.records));
    }
    // The property says something only if many texts were read: about one in eight is plain.
    expect(read).toBeGreaterThan(600);
    // 6,000 texts take about a second alone and several on a loaded machine.
  }, 60_000);

  it('takes one-character delimiters other than a quote or a line break', () => {
    expect(PlainCsvReader.reads('\t')).toBe(true);
    expect(PlainCsvReader.reads('::')).toBe(false);
    expect(PlainCsvReader.reads('"')).toBe(false);
    expect(() => new PlainCsvReader('\n', 1)).toThrow(/one-character delimiter/);
  });
});
