/**
 * The timeline over five fictional ministries × three years (架空庁 令和2年度 not loaded): per fiscal year and
 * ministry, the reports and results that mention a query against those loaded, each count the search's own total.
 */
import type { SearchEngine, SearchFilters, TimelineRequest } from '../../src/query/types';
import { openYearsApp, type YearsApp } from '../http/lineage-app';

let years: YearsApp;
let engine: SearchEngine;
beforeAll(async () => {
  years = await openYearsApp();
  engine = years.engine;
});
afterAll(() => years.close());

const total = (request: TimelineRequest, extra: SearchFilters) =>
  engine.search({ ...request, filters: { ...request.filters, ...extra }, limit: 0 }).total;

const REQUESTS: TimelineRequest[] = [
  { q: 'テレワーク' },
  { q: '研修', filters: { section: ['働き方改革'] } },
  { q: '育児休業', filters: { ministry: ['テスト省', '架空省'] } },
  { q: '超過勤務', filters: { tag: ['新規', '拡充'], year: [2021, 2022] } },
  { q: 'てれわーく' },
  { q: '"定時退庁"' },
];

describe('timeline', () => {
  test('per fiscal year, counts the reports loaded (架空庁 令和2年度 missing) and those that mention テレワーク', () => {
    const response = engine.timeline({ q: 'テレワーク' });

    expect(response.years.map((y) => [y.fiscalYear, y.fiscalYearLabel, y.reportsLoaded])).toEqual([
      [2020, '令和2年度', 4],
      [2021, '令和3年度', 5],
      [2022, '令和4年度', 5],
    ]);
    for (const year of response.years) {
      const mentioning = response.byMinistry.filter((m) => m.years.find((y) => y.fiscalYear === year.fiscalYear)!.statements > 0).length;
      expect([year.fiscalYear, year.reports]).toEqual([year.fiscalYear, mentioning]);
    }
  });

  test.each(REQUESTS)("for %j, each year's, ministry's and report's results are the search's total with it ticked", (request) => {
    const response = engine.timeline(request);

    for (const year of response.years) {
      expect([year.fiscalYear, year.statements]).toEqual([year.fiscalYear, total(request, { year: [year.fiscalYear] })]);
      expect([year.fiscalYear, year.statementsLoaded]).toEqual([year.fiscalYear, total({ ...request, q: '' }, { year: [year.fiscalYear] })]);
    }
    for (const ministry of response.byMinistry) {
      expect([ministry.ministry, ministry.count]).toEqual([ministry.ministry, total(request, { ministry: [ministry.ministry] })]);
      expect(ministry.statements).toBe(ministry.count);
      for (const cell of ministry.years) {
        const both = { ministry: [ministry.ministry], year: [cell.fiscalYear] };
        expect([ministry.ministry, cell.fiscalYear, cell.statements]).toEqual([ministry.ministry, cell.fiscalYear, total(request, both)]);
        expect([ministry.ministry, cell.fiscalYear, cell.statementsLoaded]).toEqual([
          ministry.ministry,
          cell.fiscalYear,
          total({ ...request, q: '' }, both),
        ]);
      }
    }
    expect(response.byYear).toEqual(response.years.filter((y) => y.statements > 0).map((y) => ({ year: y.fiscalYear, count: y.statements })));
  });

  test("the denominator is the year's results without the query, so a longer report does not raise the share", () => {
    const response = engine.timeline({ q: 'テレワーク' });
    const loaded = response.years.map((y) => y.statementsLoaded);

    expect(loaded).toEqual(response.years.map((y) => engine.search({ q: '', filters: { year: [y.fiscalYear] }, limit: 0 }).total));
    // The fixtures' later reports are longer: a constant count is a falling share.
    expect(loaded[2]!).toBeGreaterThan(loaded[0]!);
  });

  test('a ministry filter keeps only that ministry, its years and its reports', () => {
    const response = engine.timeline({ q: 'テレワーク', filters: { ministry: ['架空庁'] } });

    expect(response.byMinistry.map((m) => m.ministry)).toEqual(['架空庁']);
    expect(response.years.map((y) => [y.fiscalYear, y.reportsLoaded])).toEqual([
      [2021, 1],
      [2022, 1],
    ]);
  });

  test('a ministry without a mention is listed with zero, and a report not loaded counts as not loaded', () => {
    const response = engine.timeline({ q: 'テレワーク' });
    const kakuuCho = response.byMinistry.find((m) => m.ministry === '架空庁')!;

    expect(response.byMinistry.map((m) => m.ministry).sort()).toHaveLength(5);
    expect(response.byMinistry.some((m) => m.statements === 0 && m.statementsLoaded > 0)).toBe(true);
    expect(kakuuCho.years.find((y) => y.fiscalYear === 2020)).toMatchObject({ reportsLoaded: 0, statements: 0, statementsLoaded: 0 });
    expect(kakuuCho.reportsLoaded).toBe(2);
  });

  test('a bare string is the query without filters', () => {
    expect(engine.timeline('テレワーク')).toEqual(engine.timeline({ q: 'テレワーク' }));
  });
});
