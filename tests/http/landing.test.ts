/** The landing page (GET / without a query) and the Japanese error pages a user can meet from it. */
import request from 'supertest';
import { openFixtureApp, type FixtureApp } from './search-fixture-app';

let fixture: FixtureApp;
beforeAll(async () => {
  fixture = await openFixtureApp();
});
afterAll(() => fixture.close());

describe('GET / without a query', () => {
  it('when opened, says what this is and lists the reports as a ministries × years grid, 未収録 where none', async () => {
    const res = await request(fixture.app).get('/');

    expect(res.status).toBe(200);
    expect(res.text).toContain('女性職員活躍と職員のワークライフバランス推進のための取組計画等フォローアップ');
    const header = [...res.text.matchAll(/<th scope="col">(令和\d+年度)<\/th>/g)].map((m) => m[1]);
    expect(header).toEqual(['令和2年度', '令和3年度', '令和4年度']);
    const rows = [...res.text.matchAll(/<th scope="row"><a href="[^"]+">([^<]+)<\/a><\/th>/g)].map((m) => m[1]);
    expect(rows.sort()).toEqual(['テスト省', '架空庁', '財務省'].sort());
    expect(res.text.match(/未収録/g)).toHaveLength(2);
    expect(res.text).toContain(`href="/?ministry=${encodeURIComponent('テスト省')}&amp;year=2022"`);
  });

  it('when a grid cell is followed, lists exactly that report’s initiatives', async () => {
    const landing = await request(fixture.app).get('/');
    const cell = /<a class="grid-cell" href="([^"]+)">(\d+)件<\/a>/.exec(landing.text)!;

    const page = await request(fixture.app).get(cell[1]!.replace(/&amp;/g, '&'));
    const params = Object.fromEntries(new URL(cell[1]!.replace(/&amp;/g, '&'), 'http://x').searchParams);
    const api = await request(fixture.app)
      .get('/api/search')
      .query({ ...params, limit: 1 });

    expect(page.status).toBe(200);
    expect(page.text).toContain(`<strong data-total>${api.body.total}</strong>件`);
  });

  it('when opened, offers example searches and questions and the latest reports newest first', async () => {
    const res = await request(fixture.app).get('/');

    expect(res.text).toContain(`href="/?q=${encodeURIComponent('テレワーク')}"`);
    expect(res.text).toMatch(/href="\/ask\?q=[^"]+"/);
    const latest = [...res.text.matchAll(/<li><a href="[^"]+">([^<]+ 令和(\d)年度)<\/a>/g)].map((m) => Number(m[2]));
    expect(latest.length).toBeGreaterThan(2);
    expect([...latest].sort((a, b) => b - a)).toEqual(latest);
  });

  it('when only a filter is given, shows the results rather than the landing page', async () => {
    const res = await request(fixture.app).get('/').query({ ministry: '架空庁' });

    expect(res.text).toContain('<strong data-total>');
    expect(res.text).not.toContain('収録している報告書</h2>');
  });
});

describe('error pages', () => {
  it('when an id is malformed, says so in Japanese and never in the English developer message', async () => {
    const res = await request(fixture.app).get('/initiatives/not-an-id');

    expect(res.status).toBe(400);
    expect(res.text).toContain('IDの形式が正しくありません');
    expect(res.text).not.toContain('hexadecimal');
  });

  it('when a ministry is not held, names it in Japanese', async () => {
    const res = await request(fixture.app).get('/').query({ q: 'テレワーク', ministry: '存在しない省' });

    expect(res.status).toBe(400);
    expect(res.text).toContain('「存在しない省」は収録されている府省にありません');
    expect(res.text).not.toMatch(/unknown ministry/);
  });

  it('when the API gets the same, keeps its code and field for programs', async () => {
    const res = await request(fixture.app).get('/api/initiatives/not-an-id');

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'id' });
  });

  it.each([
    ['/?limit=500', '表示件数は1〜100'],
    ['/?year=abc', '年度は西暦の数'],
    ['/no/such/page', 'お探しのページは見つかりませんでした'],
  ])('when opening %s, explains in Japanese', async (path, text) => {
    const res = await request(fixture.app).get(path);

    expect(res.text).toContain(text);
    expect(res.text).not.toMatch(/must be|no page at/);
  });
});
