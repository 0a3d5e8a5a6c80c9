import request from 'supertest';
import { expectNoStack } from './seed-app';
import { openYearsApp, type YearsApp } from './lineage-app';

let years: YearsApp;
beforeAll(async () => {
  years = await openYearsApp();
});
afterAll(() => years.close());

const idOf = (q: string, ministry: string, year: number) =>
  years.engine.search({ q, filters: { ministry: [ministry], year: [year] } }).results[0]!.id;

describe('GET /api/initiatives/:id/history', () => {
  it('when asked for the middle year of a chain, returns the three years in order with itself unlinked', async () => {
    const id = idOf('メンター制度', '架空省', 2021);

    const res = await request(years.app).get(`/api/initiatives/${id}/history`);

    expect(res.status).toBe(200);
    expect(res.body.id).toBe(id);
    expect(res.body.history.map((e: { fiscalYearLabel: string; tag: string }) => `${e.fiscalYearLabel}【${e.tag}】`)).toEqual([
      '令和2年度【新規】',
      '令和3年度【拡充】',
      '令和4年度【継続】',
    ]);
    expect(res.body.history[1]).toMatchObject({ id, link: null, confidence: null });
    expect(Object.keys(res.body.history[0]).sort()).toEqual(['confidence', 'fiscalYear', 'fiscalYearLabel', 'id', 'link', 'ministry', 'tag', 'text']);
  });

  it.each([
    ['a malformed id', '/api/initiatives/XYZ/history', 400, 'id'],
    ['an unknown parameter', '/api/initiatives/0123456789ab/history?x=1', 400, 'x'],
    ['an unknown id', '/api/initiatives/0123456789ab/history', 404, 'id'],
  ])('when given %s, returns 400 or 404 naming the field', async (_case, url, status, field) => {
    const res = await request(years.app).get(url);

    expect(res.status).toBe(status);
    expect(res.body.error.field).toBe(field);
    expectNoStack(res.text);
  });

  it('the initiative page shows the chain and marks the wording changed, escaped', async () => {
    const id = idOf('メンター制度', '架空省', 2021);

    const res = await request(years.app).get(`/initiatives/${id}`);

    expect(res.text).toContain(
      '令和2年度【新規】</span><span class="history-arrow" aria-hidden="true"> → </span><span class="history-step-label is-current">令和3年度【拡充】',
    );
    expect(res.text).toContain('<del>試行</del><ins>本格実施</ins>');
  });
});

describe('GET /api/changes and /api/changes.csv', () => {
  it('when asked for 架空省 令和4年度, lists new, expanded, dropped, the status change and the moved targets against 令和3年度', async () => {
    const res = await request(years.app).get('/api/changes').query({ ministry: '架空省', year: '2022' });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ministry: '架空省', fiscalYear: 2022, previousYear: 2021, previousYearLabel: '令和3年度' });
    expect(res.body.counts).toMatchObject({ new: 3, expanded: 1, dropped: 1, statusChanges: 1, metricMoves: 2 });
    expect(res.body.dropped[0].text).toBe('夏季に連続休暇の取得を奨励した。');
    expect(res.body.statusChanges[0]).toMatchObject({ from: '実施未定', to: '実施', sub: 'ア' });
    expect(res.body.metricMoves.map((m: { field: string; to: { value: number } }) => [m.field, m.to.value])).toContainEqual(['current', 31]);
  });

  it("when asked for a ministry's first report, says there is no previous one and lists nothing", async () => {
    const res = await request(years.app).get('/api/changes').query({ ministry: '架空庁', year: '2021' });

    expect(res.status).toBe(200);
    expect(res.body.previousYear).toBeNull();
    expect(res.body.counts.new).toBe(0);
  });

  it('as CSV: UTF-8 with a BOM, Japanese headers, one line per change, formula cells defused', async () => {
    const res = await request(years.app).get('/api/changes.csv').query({ ministry: '架空省', year: '2022' });

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.text.startsWith('\uFEFF府省,年度,比較した年度,変化,項目,前年度の記載,今年度の記載,内容,確からしさ,ID\r\n')).toBe(true);
    const lines = res.text.trim().split('\r\n');
    expect(lines.length).toBe(1 + 3 + 1 + 10 + 1 + 1 + 2);
    expect(lines.some((line) => line.includes(',取りやめ,'))).toBe(true);
    expect(res.text).not.toMatch(/,[=+\-@]/);
  });

  it.each([
    ['no ministry', { year: '2022' }, 400, 'ministry'],
    ['no year', { ministry: '架空省' }, 400, 'year'],
    ['a year that is not a number', { ministry: '架空省', year: 'R4' }, 400, 'year'],
    ['an unknown parameter', { ministry: '架空省', year: '2022', tag: '新規' }, 400, 'tag'],
    ['an unknown ministry', { ministry: '存在しない省', year: '2022' }, 404, 'ministry'],
    ['a year the ministry has no report for', { ministry: '架空庁', year: '2020' }, 404, 'year'],
  ])('when given %s, returns 400 or 404 naming the field (JSON and CSV)', async (_case, query, status, field) => {
    for (const path of ['/api/changes', '/api/changes.csv']) {
      const res = await request(years.app).get(path).query(query);

      expect(res.status).toBe(status);
      expect(res.body.error).toMatchObject({ field });
    }
  });
});

describe('GET /changes', () => {
  it('without a choice, lists every loaded report to choose from', async () => {
    const res = await request(years.app).get('/changes');

    expect(res.status).toBe(200);
    expect(res.text).toContain('href="/changes?ministry=%E6%A8%A1%E6%93%AC%E7%9C%81&amp;year=2022"');
  });

  it('with a ministry alone, opens its newest report', async () => {
    const res = await request(years.app).get('/changes').query({ ministry: '架空庁' });

    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/changes?ministry=%E6%9E%B6%E7%A9%BA%E5%BA%81&year=2022');
  });

  it.each([
    ['a year alone', { year: '2022' }, 400],
    ['an unknown ministry', { ministry: '存在しない省', year: '2022' }, 404],
    ['a year not loaded', { ministry: '架空庁', year: '2020' }, 404],
  ])('when given %s, shows that error as a Japanese page', async (_case, query, status) => {
    const res = await request(years.app).get('/changes').query(query);

    expect(res.status).toBe(status);
    expect(res.text).toContain('<html lang="ja">');
    expectNoStack(res.text);
  });
});

describe('GET /api/targets and /targets', () => {
  it('for one indicator, gives every ministry and year on a shared 0–100 % axis, 未収録 where no report is loaded', async () => {
    const res = await request(years.app).get('/api/targets').query({ indicator: '男性職員の育児休業取得率' });

    expect(res.status).toBe(200);
    const [series] = res.body.series;
    expect(series).toMatchObject({ unit: '%', axisMax: 100 });
    expect(series.points).toHaveLength(15);
    expect(series.points.find((p: { ministry: string; fiscalYear: number }) => p.ministry === '架空庁' && p.fiscalYear === 2020)).toMatchObject({
      loaded: false,
      entry: null,
    });
    const met = series.points.filter((p: { entry: { met: boolean } | null }) => p.entry?.met === true).map((p: { ministry: string }) => p.ministry);
    expect(met).toContain('架空省');
  });

  it('for one ministry, gives each of its indicators over its years', async () => {
    const res = await request(years.app).get('/api/targets').query({ ministry: '試験庁' });

    expect(res.status).toBe(200);
    expect(res.body.series.map((s: { indicator: { title: string } }) => s.indicator.title)).toEqual([
      '男性職員の育児休業取得率',
      '男性職員の「男の産休」（配偶者出産休暇・育児参加のための休暇）取得率',
      '女性の採用目標【全体】',
    ]);
    expect(res.body.series[0].points.map((p: { fiscalYear: number }) => p.fiscalYear)).toEqual([2020, 2021, 2022]);
  });

  it.each([
    ['neither indicator nor ministry', {}, 400, 'indicator'],
    ['an unknown parameter', { indicator: '女性の採用目標【全体】', year: '2022' }, 400, 'year'],
    ['an unknown indicator', { indicator: '存在しない目標' }, 404, 'indicator'],
    ['an unknown ministry', { ministry: '存在しない省' }, 404, 'ministry'],
  ])('when given %s, returns 400 or 404 naming the field', async (_case, query, status, field) => {
    const res = await request(years.app).get('/api/targets').query(query);

    expect(res.status).toBe(status);
    expect(res.body.error.field).toBe(field);
  });

  it('the page draws the chart with a target mark and a met/unmet row per point, and 404s an unknown indicator', async () => {
    const ok = await request(years.app).get('/targets').query({ indicator: '男性職員の育児休業取得率' });
    const missing = await request(years.app).get('/targets').query({ indicator: '存在しない目標' });

    expect(ok.status).toBe(200);
    expect(ok.text).toContain('class="target-mark"');
    expect(ok.text).toMatch(/target-row--met/);
    expect(missing.status).toBe(404);
  });
});
