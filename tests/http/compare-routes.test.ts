import request from 'supertest';
import { openYearsApp, type YearsApp } from './lineage-app';

let years: YearsApp;
beforeAll(async () => {
  years = await openYearsApp();
});
afterAll(() => years.close());

interface RowCell {
  ministry: string;
  fiscalYear: number;
  loaded: boolean;
  status: string | null;
  total: number;
  statements: { change: string | null; text: string }[];
}
interface Row {
  subGroup: string | null;
  sub: string | null;
  cells: RowCell[];
}

describe('GET /api/compare across five ministries', () => {
  it("aligns the item's rows (a-ア and b-ア apart) with a cell per ministry and chosen year", async () => {
    const res = await request(years.app)
      .get('/api/compare')
      .query({ item: '働き方改革:4', year: ['2020', '2021'] });

    expect(res.status).toBe(200);
    expect(res.body.selectedYears).toEqual([2020, 2021]);
    expect(res.body.years).toEqual([2020, 2021, 2022]);
    expect(res.body.ministries).toHaveLength(5);
    const rows: Row[] = res.body.rows;
    expect(rows.map((r) => `${r.subGroup ?? ''}${r.sub ?? ''}`)).toEqual(['', 'aア', 'bア']);
    for (const row of rows) expect(row.cells).toHaveLength(10);
  });

  it("tells 未収録 (no report loaded) from 記載なし (loaded, nothing written) and keeps the row's 実施未定", async () => {
    const res = await request(years.app).get('/api/compare').query({ item: '働き方改革:4', year: '2020' });

    const rows: Row[] = res.body.rows;
    const cell = (sub: string, ministry: string) =>
      rows.find((r) => `${r.subGroup ?? ''}${r.sub ?? ''}` === sub)!.cells.find((c) => c.ministry === ministry)!;
    expect(cell('', '架空庁')).toMatchObject({ loaded: false, total: 0 });
    expect(cell('bア', '模擬省')).toMatchObject({ loaded: true, status: null, total: 0 });
    expect(cell('', '模擬省')).toMatchObject({ loaded: true, status: '実施未定', total: 0 });
    expect(res.body.cells.find((c: { ministry: string }) => c.ministry === '架空庁')).toBeUndefined();
  });

  it("marks statements new or expanded against the ministry's previous report, and counts them per ministry", async () => {
    const res = await request(years.app).get('/api/compare').query({ item: '働き方改革:4', year: '2022' });

    const rows: Row[] = res.body.rows;
    const own = rows[0]!.cells.find((c) => c.ministry === '架空省')!;
    expect(own.statements[0]).toMatchObject({ change: 'expanded' });
    const summary = res.body.cells.find((c: { ministry: string }) => c.ministry === '模擬省');
    expect(summary.changeCounts).toEqual({ new: 1, expanded: 0, continued: 2 });
    expect(summary.tagCounts).toMatchObject({ 新規: 1, 継続: 2 });
  });

  it('caps each cell and says so: cellLimit, total, truncated and a link to the search', async () => {
    const res = await request(years.app).get('/api/compare').query({ q: '実施' });

    expect(res.status).toBe(200);
    expect(res.body.cellLimit).toBe(20);
    for (const cell of res.body.cells) {
      expect(cell.hits.length).toBeLessThanOrEqual(20);
      expect(cell.truncated).toBe(cell.total > cell.hits.length);
      expect(cell.search).toMatch(/^\/\?q=/);
    }
    for (const row of res.body.rows as Row[]) for (const c of row.cells) expect(c.statements.length).toBeLessThanOrEqual(20);
  });

  it.each([
    ['neither item nor q', {}, 'item'],
    ['a year that is not a fiscal year', { item: '働き方改革:4', year: 'R4' }, 'year'],
    ['a year without a report', { item: '働き方改革:4', year: '2019' }, 'year'],
    ['an unknown parameter', { item: '働き方改革:4', ministry: '架空省' }, 'ministry'],
  ])('when given %s, returns 400 naming the field', async (_case, query, field) => {
    const res = await request(years.app).get('/api/compare').query(query);

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', field });
  });
});

describe('GET /compare across five ministries', () => {
  it('with nothing chosen yet, offers examples to start from, each a comparison that shows ministries side by side', async () => {
    const res = await request(years.app).get('/compare');
    const links = [...res.text.matchAll(/<section class="compare-examples"[\s\S]*?<\/section>/g)].flatMap((m) =>
      [...m[0].matchAll(/href="([^"]+)"/g)].map((h) => h[1]!.replace(/&amp;/g, '&')),
    );

    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) {
      const shown = await request(years.app).get(link);
      expect([link, shown.status]).toEqual([link, 200]);
      expect(shown.text).toContain('<th scope="col">テスト省</th>');
    }
  });

  it('shows the newest year by default, ministries as columns, and a tab per ministry', async () => {
    const res = await request(years.app).get('/compare').query({ item: '働き方改革:4' });

    expect(res.status).toBe(200);
    expect(res.text).toContain('<th scope="col">模擬省</th>');
    expect(res.text).toContain('value="2022" checked');
    expect(res.text).not.toContain('value="2021" checked');
    expect(res.text.match(/class="ministry-tabs"[\s\S]*?<\/nav>/)![0].match(/<a /g)).toHaveLength(6);
  });

  it('with a ministry chosen, shows only its column; an unknown one is a 404 page', async () => {
    const one = await request(years.app).get('/compare').query({ item: '働き方改革:4', ministry: '試験庁' });
    const unknown = await request(years.app).get('/compare').query({ item: '働き方改革:4', ministry: '存在しない省' });

    expect(one.text.match(/<table class="matrix">[\s\S]*?<\/thead>/)![0]).not.toContain('模擬省');
    expect(unknown.status).toBe(404);
  });

  it('prints 未収録 and 記載なし as different things', async () => {
    const res = await request(years.app).get('/compare').query({ item: '働き方改革:4', year: '2020' });

    expect(res.text).toContain('cell-state--unloaded">未収録');
    expect(res.text).toContain('cell-state--empty">記載なし');
  });
});
