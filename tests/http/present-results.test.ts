import fc from 'fast-check';
import type { Initiative } from '../../src/domain/types';
import { contentDisposition, exportFileName, toCsv } from '../../src/http/csv-export';
import { splitHighlights } from '../../src/http/present-results';

describe('splitHighlights', () => {
  it('when ranges mark two words, returns alternating plain and marked segments', () => {
    const segments = splitHighlights('テレワーク下のテレワーク研修', [
      [7, 12],
      [0, 5],
    ]);

    expect(segments).toEqual([
      { text: 'テレワーク', marked: true },
      { text: '下の', marked: false },
      { text: 'テレワーク', marked: true },
      { text: '研修', marked: false },
    ]);
  });

  it('when ranges overlap or run past the end, merges and clamps them', () => {
    const segments = splitHighlights('abcdef', [
      [1, 3],
      [2, 5],
      [4, 99],
    ]);

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

function initiative(overrides: Partial<Initiative>): Initiative {
  return {
    id: '0123456789ab',
    kind: 'statement',
    ministry: 'テスト省',
    fiscalYear: 2021,
    fiscalYearLabel: '令和3年度',
    section: '働き方改革',
    item: 4,
    itemTitle: '超過勤務の縮減の徹底',
    sub: 'ア',
    subGroup: null,
    rowTitle: '省内全体における取組',
    status: '実施',
    tag: '新規',
    label: null,
    text: '',
    reason: null,
    results: '超過勤務が前年度比10%減少',
    metric: null,
    rowKey: 'r',
    position: 0,
    order: 0,
    duplicateGroup: null,
    source: 'test-ministry-r3.txt',
    reportId: 'abcdef012345',
    origin: { lines: [12, 14] },
    ...overrides,
  } as Initiative;
}

const BASE = 'http://torikumi.example';

describe('toCsv', () => {
  it('when exporting, heads the columns in Japanese and prints 年度 as the report does beside the Western year', () => {
    const csv = toCsv([initiative({ text: '定時退庁日を設けた。' })], BASE);

    const [header, row] = csv.slice(1).split('\r\n');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe('府省,年度,西暦,大項目,中項目,小項目,区分,実施状況,取組内容,成果,出典,URL');
    expect(row).toBe(
      'テスト省,令和3年度,2021,働き方改革,4 超過勤務の縮減の徹底,ア 省内全体における取組,新規,実施,定時退庁日を設けた。,超過勤務が前年度比10%減少,' +
        '出典：テスト省『令和3年度 女性職員活躍と職員のワークライフバランス推進のための取組計画等フォローアップ』 12〜14行（働き方改革 4 超過勤務の縮減の徹底 › ア 省内全体における取組）,' +
        `${BASE}/initiatives/0123456789ab`,
    );
  });

  it('when a text holds commas, quotes and line breaks, quotes the cell (RFC 4180)', () => {
    const csv = toCsv([initiative({ text: '「定時退庁」, "声掛け"\n実施' })], BASE);

    expect(csv).toContain('"「定時退庁」, ""声掛け""\n実施"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each(['=HYPERLINK("http://example.invalid")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'when a text starts like a spreadsheet formula (%j), defuses it with an apostrophe',
    (text) => {
      const csv = toCsv([initiative({ text, results: text })], BASE);

      const cells = csv.split('\r\n')[1]!;
      expect(cells).toContain(`'${text.startsWith('=H') ? '=HYPERLINK(""http://example.invalid"")' : text}`);
    },
  );
});

describe('exportFileName and contentDisposition', () => {
  it('when naming an export, carries the query and the Japan date, without characters a file name cannot hold', () => {
    expect(exportFileName('テレワーク 研修/在宅', new Date('2026-03-31T16:00:00Z'), 'xlsx')).toBe('取組サーチ_テレワーク_研修_在宅_2026-04-01.xlsx');
    expect(exportFileName('', new Date('2026-03-31T00:00:00Z'), 'csv')).toBe('取組サーチ_すべて_2026-03-31.csv');
  });

  it('when the name is Japanese, sends an ASCII fallback and the UTF-8 name percent-encoded (RFC 6266)', () => {
    const header = contentDisposition("取組サーチ_a'(b)_2026-04-01.csv");

    expect(header).toBe(
      `attachment; filename="torikumi-search.csv"; filename*=UTF-8''${encodeURIComponent('取組サーチ_a')}%27%28b%29_2026-04-01.csv`,
    );
  });
});
