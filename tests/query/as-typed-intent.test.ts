/**
 * An unspaced query (one word, or several clauses) printed as typed in a row title or a statement ranks those records
 * above the ones that only hold its words apart or its synonyms: over the sixteen reports, 育児休業取得率 puts the rows 「男性職員の育児休業取得率」
 * first, where without the rule (asTypedRecord 1) the rows of 「男の産休」（…育児参加のための休暇）取得率, which hold 育児,
 * 休暇 (of the synonym 育児休暇) and 取得率 apart, came first. A spaced query is ranked alike either way.
 */
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { Analyzer } from '../../src/analysis/types';
import type { Initiative } from '../../src/domain/types';
import { DEFAULT_WEIGHTS } from '../../src/query/build-query';
import { engineOver } from '../quality/quality-engine';
import { sixteenReports } from './fixtures';

let initiatives: Initiative[];
let analyzer: Analyzer;
beforeAll(async () => {
  initiatives = await sixteenReports();
  analyzer = await createAnalyzer();
});

function firstRowTitles(q: string, asTypedRecord: number, count = 5): string[] {
  const engine = engineOver(initiatives, analyzer, { ...DEFAULT_WEIGHTS, asTypedRecord });
  return engine.search({ q, limit: count }).results.map((hit) => hit.rowTitle);
}

describe('a compound query printed as typed', () => {
  test('育児休業取得率: the rows that print it come first with the rule, not without it', () => {
    expect(firstRowTitles('育児休業取得率', DEFAULT_WEIGHTS.asTypedRecord).every((title) => title.includes('育児休業取得率'))).toBe(true);
    expect(firstRowTitles('育児休業取得率', 1)[0]).not.toContain('育児休業取得率');
  });

  test('a spaced query is not a compound as typed: the rule changes nothing', () => {
    expect(firstRowTitles('育児休業 取得率', DEFAULT_WEIGHTS.asTypedRecord, 20)).toEqual(firstRowTitles('育児休業 取得率', 1, 20));
  });
});

describe('one word typed', () => {
  test('キャリアパス: its own row 「キャリアパスにおける転勤の在り方」 ranks above statements of its synonyms (キャリア形成 …) with the rule', () => {
    const rank = (asTypedRecord: number) =>
      firstRowTitles('キャリアパス', asTypedRecord, 40).findIndex((title) => title.startsWith('キャリアパスにおける転勤'));
    expect(rank(DEFAULT_WEIGHTS.asTypedRecord)).toBeGreaterThanOrEqual(0);
    expect(rank(DEFAULT_WEIGHTS.asTypedRecord)).toBeLessThan(rank(1) < 0 ? 40 : rank(1));
  });

  test('the bonus is read only for matches that can reach the page, and the page is the same as when every match is read', () => {
    const engine = engineOver(initiatives, analyzer);
    for (const q of ['テレワーク', '研修', '育児休業', 'キャリアパス', '超過勤務']) {
      for (const filters of [undefined, { ministry: ['テスト省'] }, { year: [2022] }]) {
        const ids = (limit: number, offset = 0) => engine.search({ q, limit, offset, filters }).results.map((hit) => hit.id);
        const all = ids(1000);
        expect({ q, filters, first: ids(5) }).toEqual({ q, filters, first: all.slice(0, 5) });
        expect({ q, filters, second: ids(5, 5) }).toEqual({ q, filters, second: all.slice(5, 10) });
      }
    }
  });
});
