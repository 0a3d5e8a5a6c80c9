/**
 * An unspaced query of several clauses printed as typed in a row title or a statement ranks those records above the
 * ones that only hold its words apart: over the sixteen reports, 育児休業取得率 puts the rows 「男性職員の育児休業取得率」
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
