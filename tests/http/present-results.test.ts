import fc from 'fast-check';
import { toCsv } from '../../src/http/csv-export';
import { splitHighlights } from '../../src/http/present-results';
import type { ApiResult } from '../../src/http/present-results';

describe('splitHighlights', () => {
  it('when ranges mark two words, returns alternating plain and marked segments', () => {
    const segments = splitHighlights('テレワーク下のテレワーク研修', [[7, 12], [0, 5]]);

    expect(segments).toEqual([
      { text: 'テレワーク', marked: true },
      { text: '下の', marked: false },
      { text: 'テレワーク', marked: true },
      { text: '研修', marked: false },
    ]);
  });

  it('when ranges overlap or run past the end, merges and clamps them', () => {
    const segments = splitHighlights('abcdef', [[1, 3], [2, 5], [4, 99]]);

    expect(segments).toEqual([
      { text: 'a', marked: false },
      { text: 'bcdef', marked: true },
    ]);
  });

  it('for any text and ranges, the segments put back together are the text', () => {
    const range = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(range, { maxLength: 6 }), (text, ranges) => {
        const segments = splitHighlights(text, ranges);

        expect(segments.map((s) => s.text).join('')).toBe(text);
        expect(segments.every((s) => s.text.length > 0)).toBe(true);
      }),
    );
  });
});

function result(overrides: Partial<ApiResult>): ApiResult {
  return {
    id: '0123456789ab',
    score: 1.5,
    ministry: 'テスト省',
    fiscalYear: 2020,
    fiscalYearLabel: '令和2年度',
    section: '働き方改革',
    item: 4,
    itemTitle: '超過勤務の縮減の徹底',
    sub: null,
    rowTitle: '超過勤務の縮減の徹底',
    status: '実施',
    tag: '新規',
    kind: 'statement',
    topics: [],
    text: '',
    snippet: '',
    snippetHighlights: [],
    highlights: [],
    alsoAt: [],
    ...overrides,
  };
}

describe('toCsv', () => {
  it('when a text holds commas, quotes and line breaks, quotes the cell (RFC 4180)', () => {
    const csv = toCsv([result({ text: '「定時退庁」, "声掛け"\n実施' })]);

    expect(csv.startsWith('\uFEFFid,score,')).toBe(true);
    expect(csv).toContain('"「定時退庁」, ""声掛け""\n実施"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('when a text starts like a spreadsheet formula, defuses it with an apostrophe', () => {
    const csv = toCsv([result({ text: '=HYPERLINK("http://example.invalid")' })]);

    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
  });
});
