/**
 * GET /api/timeline and the search page's charts over five fictional ministries × three years: per fiscal year and
 * ministry the share of reports and results that mention the query, each count the total /api/search gives with that
 * year or ministry ticked; the charts draw the share, the table beside gives the counts.
 */
import request from 'supertest';
import { shareText } from '../../src/http/chart-layout';
import { buildSearchPage } from '../../src/http/search-page';
import { SearchPageQuery } from '../../src/http/schemas';
import { openYearsApp, type YearsApp } from './lineage-app';

let years: YearsApp;
beforeAll(async () => {
  years = await openYearsApp();
});
afterAll(() => years.close());

async function apiTotal(params: Record<string, string | string[] | undefined>): Promise<number> {
  const res = await request(years.app)
    .get('/api/search')
    .query({ ...params, limit: 1 });
  expect(res.status).toBe(200);
  return res.body.total;
}

interface YearBody {
  fiscalYear: number;
  fiscalYearLabel: string;
  reports: number;
  reportsLoaded: number;
  statements: number;
  statementsLoaded: number;
}

describe('GET /api/timeline', () => {
  it('returns years with reports and statements mentioning the query against those loaded, and keeps byYear, byMinistry and byMinistryYear', async () => {
    const res = await request(years.app).get('/api/timeline').query({ q: 'テレワーク' });

    expect(res.status).toBe(200);
    expect(res.body.query).toBe('テレワーク');
    expect(res.body.years).toHaveLength(3);
    expect(res.body.years[0]).toEqual({
      fiscalYear: 2020,
      fiscalYearLabel: '令和2年度',
      reports: expect.any(Number),
      reportsLoaded: 4,
      statements: expect.any(Number),
      statementsLoaded: expect.any(Number),
    });
    expect(res.body.byYear[0]).toEqual({ year: expect.any(Number), count: expect.any(Number) });
    expect(res.body.byMinistry).toHaveLength(5);
    expect(res.body.byMinistry[0]).toMatchObject({
      ministry: expect.any(String),
      count: expect.any(Number),
      reports: expect.any(Number),
      reportsLoaded: expect.any(Number),
      statements: expect.any(Number),
      statementsLoaded: expect.any(Number),
    });
    expect(res.body.byMinistry[0].years).toHaveLength(3);
    expect(res.body.byMinistryYear.length).toBeGreaterThan(0);
  });

  it.each([
    { q: 'テレワーク', ministry: 'テスト省' },
    { q: '研修', section: '働き方改革', item: '4' },
    { q: '超過勤務', tag: ['新規', '拡充'] },
    { q: '育児休業', year: ['2021', '2022'] },
  ])("for %j, each year's and ministry's statements are /api/search's total with it ticked", async (params) => {
    const res = await request(years.app).get('/api/timeline').query(params);

    expect(res.status).toBe(200);
    for (const year of res.body.years as YearBody[]) {
      expect([year.fiscalYear, year.statements]).toEqual([year.fiscalYear, await apiTotal({ ...params, year: String(year.fiscalYear) })]);
      expect([year.fiscalYear, year.statementsLoaded]).toEqual([
        year.fiscalYear,
        await apiTotal({ ...params, q: '', year: String(year.fiscalYear) }),
      ]);
    }
    for (const ministry of res.body.byMinistry as { ministry: string; statements: number }[]) {
      expect([ministry.ministry, ministry.statements]).toEqual([ministry.ministry, await apiTotal({ ...params, ministry: ministry.ministry })]);
    }
  });

  it('with exclude=, counts without the removed expansion, as the search page does', async () => {
    const all = await request(years.app).get('/api/timeline').query({ q: 'ワークライフバランス' });
    const fewer = await request(years.app).get('/api/timeline').query({ q: 'ワークライフバランス', exclude: '働き方改革' });

    expect(fewer.status).toBe(200);
    const sum = (body: { years: YearBody[] }) => body.years.reduce((n, y) => n + y.statements, 0);
    expect(sum(fewer.body)).toBeLessThanOrEqual(sum(all.body));
  });

  it.each([
    { why: 'a query over 200 characters', params: { q: 'x'.repeat(201) }, field: 'q' },
    { why: 'an unknown ministry', params: { q: 'テレワーク', ministry: '存在しない省' }, field: 'ministry' },
    { why: 'a year that is not a number', params: { q: 'テレワーク', year: '令和3' }, field: 'year' },
    { why: 'an unknown tag', params: { q: 'テレワーク', tag: 'old' }, field: 'tag' },
    { why: 'paging (a timeline counts every result)', params: { q: 'テレワーク', limit: '5' }, field: 'limit' },
    { why: 'a misspelt parameter', params: { q: 'テレワーク', minstry: 'テスト省' }, field: 'minstry' },
  ])('for $why, answers 400 naming $field', async ({ params, field }) => {
    const res = await request(years.app).get('/api/timeline').query(params);

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), field });
  });
});

describe('search page charts', () => {
  it("draws the share of each year's results, with the count beside equal to the year facet's, and a table of the counts", async () => {
    const params = { q: 'テレワーク' };
    const page = buildSearchPage(years.engine, SearchPageQuery.parse(params), years.engine.facets());
    const api = (await request(years.app).get('/api/timeline').query(params)).body as { years: YearBody[] };
    const html = (await request(years.app).get('/').query(params)).text;

    const [byYear] = page.charts;
    for (const bar of byYear!.bars) {
      const year = api.years.find((y) => y.fiscalYearLabel === bar.label)!;
      expect([bar.label, bar.valueText]).toEqual([bar.label, `${year.statements}件`]);
      expect(bar.shareText).toBe(shareText(year.statements, year.statementsLoaded));
    }
    expect(page.timeline!.years.map((r) => r.statements)).toEqual(api.years.map((y) => `${y.statements}/${y.statementsLoaded}`));
    expect(html).toContain('年度別：該当する記載の割合');
    expect(html).toContain('府省・年度別の記載（該当／収録）');
    expect(html).toContain('棒の長さ：記載全体に占める割合');
  });

  it('with a ministry ticked, the charts and the table count only its reports, and its unloaded year reads 未収録', async () => {
    const params = { q: 'テレワーク', ministry: '架空庁' };
    const page = buildSearchPage(years.engine, SearchPageQuery.parse(params), years.engine.facets());

    expect(page.charts[1]!.bars.map((b) => b.label)).toEqual(['架空庁']);
    expect(page.timeline!.ministries.map((m) => m.label)).toEqual(['架空庁']);
    expect(page.timeline!.years.map((r) => r.label)).toEqual(['令和3年度', '令和4年度']);
    const all = buildSearchPage(years.engine, SearchPageQuery.parse({ q: 'テレワーク' }), years.engine.facets());
    expect(all.timeline!.ministries.find((m) => m.label === '架空庁')!.cells[0]).toBeNull();
  });

  it("without a query, the charts are counts (a share of the filters' own results would always be 100%)", () => {
    const page = buildSearchPage(years.engine, SearchPageQuery.parse({ ministry: '架空庁' }), years.engine.facets());

    expect(page.timeline).toBeNull();
    expect(page.charts[0]!.bars.every((b) => b.shareText === undefined)).toBe(true);
  });
});
