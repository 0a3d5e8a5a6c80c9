/**
 * A ministry or fiscal year named in the query becomes a filter (src/query/query-scope.ts), over the seed (財務省
 * 令和2年度) and テスト省's three reports.
 */
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { Initiative } from '../../src/domain/types';
import type { SearchEngine } from '../../src/query/types';
import { engineOver } from '../quality/quality-engine';
import { loadCorpus } from '../quality/v2/judged-set';

let initiatives: Initiative[];
let engine: SearchEngine;
beforeAll(async () => {
  const corpus = ['data/mof-fy2020-followup.txt', ...['r2', 'r3', 'r4'].map((year) => `tests/fixtures/years/test-ministry-${year}.txt`)];
  initiatives = await loadCorpus({ corpus } as Parameters<typeof loadCorpus>[0]);
  engine = engineOver(initiatives, await createAnalyzer());
});

describe('a query naming a ministry or a fiscal year', () => {
  test('when it names a loaded ministry, searches that ministry’s reports for the rest, as the filter would', () => {
    const named = engine.search({ q: 'テスト省 テレワーク', limit: 50 });
    const filtered = engine.search({ q: 'テレワーク', filters: { ministry: ['テスト省'] }, limit: 50 });

    expect(named.total).toBeGreaterThan(0);
    expect(named.results.map((hit) => hit.id)).toEqual(filtered.results.map((hit) => hit.id));
    expect(named.query).toBe('テスト省 テレワーク');
    expect(named.scopedBy).toEqual({ named: ['テスト省'], ministry: ['テスト省'], rest: 'テレワーク' });
  });

  test('when it names a fiscal year with a particle (令和3年度の), filters by that year', () => {
    const response = engine.search({ q: '令和3年度のテレワーク', limit: 50 });

    expect(response.scopedBy?.year).toEqual([2021]);
    expect(response.total).toBeGreaterThan(0);
    expect(response.results.every((hit) => hit.fiscalYear === 2021)).toBe(true);
  });

  test('when the name is part of a word a report prints (財務省再生プロジェクト), still finds that statement', () => {
    const response = engine.search({ q: '財務省再生プロジェクト', limit: 10 });

    expect(response.results[0]?.text).toContain('財務省再生プロジェクト');
  });

  test('when the request filters by ministry already, or asks for the words as typed, or names a ministry not loaded, searches the words', () => {
    expect(engine.search({ q: 'テスト省 テレワーク', filters: { ministry: ['財務省'] }, limit: 5 }).scopedBy).toBeUndefined();
    expect(engine.search({ q: 'テスト省 テレワーク', asTyped: true, limit: 5 }).scopedBy).toBeUndefined();
    expect(engine.search({ q: '経済産業省 テレワーク', limit: 5 }).scopedBy).toBeUndefined();
    expect(engine.search({ q: '令和5年度 テレワーク', limit: 5 }).scopedBy).toBeUndefined();
  });

  test('when it names only a ministry, lists that ministry’s initiatives', () => {
    const response = engine.search({ q: 'テスト省', limit: 500 });

    expect(response.total).toBeGreaterThan(0);
    expect(response.total).toBe(engine.search({ q: '', filters: { ministry: ['テスト省'] }, limit: 500 }).total);
  });
});
