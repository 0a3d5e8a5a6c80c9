/**
 * A query asking how something changed over the years (「…の年度ごとの移り変わり」) is answered by the ministries whose
 * reports of several years can show a change: over the seed (財務省, one year) and テスト省's three reports, the same
 * query ranks テスト省's records higher with the rule than without it (severalYearsRecord 1), and a query without the
 * cue is ranked alike either way.
 */
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { Analyzer } from '../../src/analysis/types';
import type { Initiative } from '../../src/domain/types';
import { DEFAULT_WEIGHTS } from '../../src/query/build-query';
import { engineOver } from '../quality/quality-engine';
import { loadCorpus } from '../quality/v2/judged-set';

let initiatives: Initiative[];
let analyzer: Analyzer;
beforeAll(async () => {
  const corpus = ['data/mof-fy2020-followup.txt', ...['r2', 'r3', 'r4'].map((year) => `tests/fixtures/years/test-ministry-${year}.txt`)];
  initiatives = await loadCorpus({ corpus } as Parameters<typeof loadCorpus>[0]);
  analyzer = await createAnalyzer();
});

/** Positions (0-based) of テスト省's records among the first 20 results. */
function multiYearPositions(q: string, severalYearsRecord: number): number[] {
  const engine = engineOver(initiatives, analyzer, { ...DEFAULT_WEIGHTS, severalYearsRecord });
  return engine
    .search({ q, limit: 20 })
    .results.map((hit, position) => (hit.ministry === 'テスト省' ? position : -1))
    .filter((position) => position >= 0);
}

describe('a query across the years', () => {
  test('when the query asks for the change over years, the ministry with several reports ranks higher than without the rule', () => {
    const q = '超過勤務の縮減の年度ごとの移り変わり';
    const withRule = multiYearPositions(q, DEFAULT_WEIGHTS.severalYearsRecord);
    const withoutRule = multiYearPositions(q, 1);

    expect(withRule.length).toBeGreaterThan(0);
    expect(withRule[0]!).toBeLessThan(withoutRule[0] ?? 20);
  });

  test('when the query has no cue of years, the rule changes nothing', () => {
    expect(multiYearPositions('超過勤務の縮減', DEFAULT_WEIGHTS.severalYearsRecord)).toEqual(multiYearPositions('超過勤務の縮減', 1));
  });
});

describe('a query that finds nothing for a word asking across the years', () => {
  test('when 推移 is printed nowhere and the query found nothing with it, searches without it and says so', () => {
    const engine = engineOver(initiatives, analyzer);
    const response = engine.search({ q: '超過勤務の縮減の推移' });

    expect(response.withoutWords).toEqual(['推移']);
    expect(response.total).toBeGreaterThan(0);
    expect(response.total).toBe(engine.search({ q: '超過勤務の縮減' }).total);
  });

  test('reads 広がり as such a word: 「メンター制度の広がり」 finds what メンター制度 finds, asked across the years', () => {
    const engine = engineOver(initiatives, analyzer);
    const response = engine.search({ q: 'メンター制度の広がり' });

    expect(response.withoutWords).toEqual(['広がり']);
    expect(response.total).toBe(engine.search({ q: 'メンター制度' }).total);
    expect(response.analyzed?.asksAcrossYears).toBe(true);
  });

  test('reads a bare 変化 said last as asking across the years, when the query found nothing with it', () => {
    const engine = engineOver(initiatives, analyzer);
    const response = engine.search({ q: 'テスト省のメンター制度の変化' });

    expect(response.withoutWords).toEqual(['変化']);
    expect(response.total).toBeGreaterThan(0);
    expect(response.total).toBe(engine.search({ q: 'テスト省のメンター制度' }).total);
    // A 変化 not said last is content, kept (no report here prints it, so the query finds nothing or is fixed).
    expect(engine.search({ q: '変化 メンター制度' }).withoutWords).toBeUndefined();
  });

  test('reads a measure said last (回数, 人数) as asking for the records that print a figure, when the query found nothing with it', () => {
    const engine = engineOver(initiatives, analyzer);
    const response = engine.search({ q: 'マネジメント研修の回数' });

    expect(response.withoutWords).toEqual(['回数']);
    expect(response.analyzed?.asksForFigures).toBe(true);
    expect(response.total).toBe(engine.search({ q: 'マネジメント研修' }).total);
    // テスト省's rows print 年1回 and 年2回: they come before statements without a figure.
    expect(response.results[0]!.text).toMatch(/年[0-9]+回/);
    // A measure that is not last, or a query that finds something with it, keeps it.
    expect(engine.search({ q: '回数 マネジメント研修' }).withoutWords).toBeUndefined();
  });

  test('when the query is the cue alone, or searched as typed, nothing is left out', () => {
    const engine = engineOver(initiatives, analyzer);

    expect(engine.search({ q: '推移' }).withoutWords).toBeUndefined();
    expect(engine.search({ q: '超過勤務の縮減の推移', asTyped: true }).withoutWords).toBeUndefined();
  });
});
