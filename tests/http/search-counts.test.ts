/**
 * Every count on the search page is a count of the same folded results the list and /api/search give: the header
 * is the API's total, each facet value's count (and chart bar) is the API's total with that value ticked alone, and
 * the fold line adds up each result's 「他k箇所」.
 */
import request from 'supertest';
import { buildSearchPage } from '../../src/http/search-page';
import { SearchPageQuery } from '../../src/http/schemas';
import { openFixtureApp, type FixtureApp } from './search-fixture-app';

let fixture: FixtureApp;
beforeAll(async () => {
  fixture = await openFixtureApp();
});
afterAll(() => fixture.close());

const CASES: Record<string, string | string[]>[] = [
  { q: 'テレワーク' },
  { q: 'テレワーク', ministry: 'テスト省' },
  { q: '育児休業', year: '2021' },
  { q: '超過勤務', tag: ['新規', '拡充'] },
  { q: '研修', section: '働き方改革', item: '4' },
  { ministry: '架空庁', status: '実施' },
  { q: '"定時退庁"' },
  // Words left out (推移 asks across years, 回数 for figures): the counts are of the search without them.
  { q: 'テレワークの推移' },
  { q: 'マネジメント研修の回数' },
];

async function apiTotal(params: Record<string, string | string[]>): Promise<number> {
  const res = await request(fixture.app)
    .get('/api/search')
    .query({ ...params, limit: 1 });
  expect(res.status).toBe(200);
  return res.body.total;
}

describe('search page counts', () => {
  it.each(CASES)('for %j, the header, the facets, the charts and the folds agree with the API', async (params) => {
    const state = SearchPageQuery.parse(params);
    const page = buildSearchPage(fixture.engine, state, fixture.engine.facets());
    const api = await request(fixture.app)
      .get('/api/search')
      .query({ ...params, limit: 20 });
    const html = (await request(fixture.app).get('/').query(params)).text;

    expect(page.total).toBe(api.body.total);
    expect(html).toContain(`<strong data-total>${api.body.total}</strong>件`);
    const places = api.body.results.reduce((sum: number, r: { alsoAt: unknown[] }) => sum + r.alsoAt.length, 0);
    expect(page.folded.places).toBe(places);
    if (places > 0) expect(html).toContain(`同じ記載${places}件をまとめて表示`);
    for (const facet of page.facets) {
      for (const option of facet.options) {
        expect([facet.name, option.value, option.count]).toEqual([
          facet.name,
          option.value,
          await apiTotal({ ...params, [facet.name]: option.value }),
        ]);
        for (const child of option.children) {
          const alone = { ...params, section: option.value, item: child.value };
          expect(['item', option.value, child.value, child.count]).toEqual(['item', option.value, child.value, await apiTotal(alone)]);
        }
      }
    }
    const [byYear, byMinistry] = page.charts;
    const optionsOf = (name: string) => page.facets.find((f) => f.name === name)!.options;
    for (const [chart, name] of [
      [byYear!, 'year'],
      [byMinistry!, 'ministry'],
    ] as const) {
      const ticked = optionsOf(name).filter((o) => o.checked);
      const shown = ticked.length > 0 ? ticked : optionsOf(name);
      expect(chart.bars.map((b) => `${b.label} ${b.valueText}`).sort()).toEqual(shown.map((o) => `${o.label} ${o.count}件`).sort());
    }
  });

  it('when a ministry is ticked, the ministry chart shows only it and the year chart counts only its results', async () => {
    const params = { q: 'テレワーク', ministry: 'テスト省' };
    const page = buildSearchPage(fixture.engine, SearchPageQuery.parse(params), fixture.engine.facets());

    expect(page.charts[1]!.bars.map((b) => b.label)).toEqual(['テスト省']);
    for (const bar of page.charts[0]!.bars) {
      const year = page.facets.find((f) => f.name === 'year')!.options.find((o) => o.label === bar.label)!;
      expect(bar.valueText).toBe(`${await apiTotal({ ...params, year: year.value })}件`);
    }
  });

  it('when the same statement stands in two years, it is one result but counts under each year', async () => {
    const all = await request(fixture.app).get('/api/search').query({ ministry: 'テスト省', limit: 100 });
    const folded = all.body.results.find((r: { alsoAt: { fiscalYear: number }[]; fiscalYear: number }) =>
      r.alsoAt.some((p) => p.fiscalYear !== r.fiscalYear),
    );

    expect(folded).toBeDefined();
    const page = buildSearchPage(fixture.engine, SearchPageQuery.parse({ ministry: 'テスト省' }), fixture.engine.facets());
    const yearSum = page.facets.find((f) => f.name === 'year')!.options.reduce((sum, o) => sum + o.count, 0);
    expect(yearSum).toBeGreaterThan(page.total);
  });
});
