import request from 'supertest';
import { TAGS } from '../../src/domain/types';
import { FACET_NAMES } from '../../src/query/types';
import { expectNoStack, openSeedApp, type SeedApp } from './seed-app';

let seed: SeedApp;
beforeAll(async () => {
  seed = await openSeedApp();
});
afterAll(() => seed.close());

const RESULT_FIELDS = ['id', 'score', 'ministry', 'fiscalYear', 'section', 'item', 'itemTitle', 'sub', 'status', 'tag', 'text', 'snippet', 'alsoAt'];

describe('GET /api/search', () => {
  it('when searching テレワーク, returns ranked results with every documented field and facets', async () => {
    const res = await request(seed.app).get('/api/search').query({ q: 'テレワーク' });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ query: 'テレワーク', limit: 20, offset: 0 });
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.results.length).toBe(Math.min(20, res.body.total));
    for (const result of res.body.results) expect(Object.keys(result)).toEqual(expect.arrayContaining(RESULT_FIELDS));
    expect(res.body.results[0].text).toContain('テレワーク');
    expect(Object.keys(res.body.facets).sort()).toEqual([...FACET_NAMES].sort());
    expect(Array.isArray(res.body.expanded)).toBe(true);
  });

  it('when the query holds a NUL character (on which kuromoji itself throws), answers as for the words around it', async () => {
    const withNul = await request(seed.app).get('/api/search?q=%E8%82%B2%E4%BC%91%00%E5%8F%96%E5%BE%97'); // 育休\0取得
    const withSpace = await request(seed.app).get('/api/search').query({ q: '育休 取得' });

    expect(withNul.status).toBe(200);
    expect(withNul.body.total).toBeGreaterThan(0);
    expect(withNul.body.results.map((r: { id: string }) => r.id)).toEqual(withSpace.body.results.map((r: { id: string }) => r.id));
  });

  it('when a typo finds nothing, searches the printed word and says so; typed=1 searches the words as typed', async () => {
    const fixed = await request(seed.app).get('/api/search').query({ q: '所得' });
    const asTyped = await request(seed.app).get('/api/search').query({ q: '所得', typed: '1' });
    const badFlag = await request(seed.app).get('/api/search').query({ q: '所得', typed: 'yes' });

    expect(fixed.body.corrected).toEqual({
      original: '所得',
      originalTotal: 0,
      query: '取得',
      fixes: [{ from: '所得', to: '取得', kind: 'conversion' }],
    });
    expect(fixed.body.total).toBeGreaterThan(0);
    expect([asTyped.status, asTyped.body.total, asTyped.body.corrected]).toEqual([200, 0, undefined]);
    expect([badFlag.status, badFlag.body.error.field]).toEqual([400, 'typed']);
  });

  it('when a compound was searched as its parts apart, the body names the parts', async () => {
    const res = await request(seed.app).get('/api/search').query({ q: '裁判員休暇' });

    expect([res.status, res.body.partsApart]).toEqual([200, ['裁判', '休暇']]);
  });

  it('when a word asking across the years was left out, the body and the page name it', async () => {
    const res = await request(seed.app).get('/api/search').query({ q: 'テレワークの推移' });
    const page = await request(seed.app).get('/').query({ q: 'テレワークの推移' });

    expect([res.status, res.body.withoutWords]).toEqual([200, ['推移']]);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.withoutWordsAsk).toEqual({ acrossYears: true, figures: false });
    expect(page.text).toContain('「推移」を含む記載がないため、除いて検索しました。複数年度の報告がある府省の記載を先に表示しています');
  });

  it('when a measure said last was left out (「…の人数」), the page says the records with figures come first', async () => {
    const res = await request(seed.app).get('/api/search').query({ q: 'メンター制度の人数' });
    const page = await request(seed.app).get('/').query({ q: 'メンター制度の人数' });

    expect([res.status, res.body.withoutWords, res.body.withoutWordsAsk]).toEqual([200, ['人数'], { acrossYears: false, figures: true }]);
    expect(res.body.total).toBeGreaterThan(0);
    expect(page.text).toContain('「人数」を含む記載がないため、除いて検索しました。数値（件数・人数・割合など）を記載した記載を先に表示しています。');
    expect(page.text).not.toContain('複数年度の報告がある府省の記載を先に表示');
  });

  it('when no report prints a word or its synonyms and only its related words found the results, the body and the page say so', async () => {
    // The seed never prints ハラスメント (nor パワハラ, セクハラ …); its related 相談窓口 is printed.
    const res = await request(seed.app).get('/api/search').query({ q: 'ハラスメント相談' });
    const page = await request(seed.app).get('/').query({ q: 'ハラスメント相談' });
    const printed = await request(seed.app).get('/api/search').query({ q: 'テレワーク' });

    expect([res.status, res.body.onlyRelated]).toEqual([200, ['ハラスメント']]);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.results.some((r: { text: string }) => r.text.includes('ハラスメント'))).toBe(false);
    expect(page.text).toContain('「ハラスメント」（同義語を含む）はどの報告にも書かれていません。次の関連語を含む記載を表示しています。');
    expect(printed.body.onlyRelated).toBeUndefined();
  });

  it('when a tag filter is given, returns only results with that tag', async () => {
    const res = await request(seed.app).get('/api/search').query({ tag: '新規', limit: 100 });

    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(0);
    expect(res.body.results.every((r: { tag: string }) => r.tag === '新規')).toBe(true);
  });

  it('when two facets are combined, returns the intersection of what each returns alone', async () => {
    const both = await request(seed.app).get('/api/search').query({ tag: '拡充', section: '働き方改革', limit: 100 });
    const tagOnly = await request(seed.app).get('/api/search').query({ tag: '拡充', limit: 100 });

    const sections = new Set(both.body.results.map((r: { section: string }) => r.section));
    expect([...sections]).toEqual(['働き方改革']);
    expect(both.body.total).toBeLessThanOrEqual(tagOnly.body.total);
  });

  it('when one facet repeats, its values combine with OR', async () => {
    const single = await Promise.all(TAGS.map((tag) => request(seed.app).get('/api/search').query({ tag })));
    const all = await request(seed.app).get(`/api/search?${TAGS.map((t) => `tag=${encodeURIComponent(t)}`).join('&')}&limit=100`);

    expect(all.status).toBe(200);
    for (const res of single) expect(all.body.total).toBeGreaterThanOrEqual(res.body.total);
    expect(all.body.total).toBeGreaterThan(Math.max(...single.map((res) => res.body.total)));
    expect(all.body.results.every((r: { tag: string }) => (TAGS as readonly string[]).includes(r.tag))).toBe(true);
  });

  it('when paging with offset, the pages do not overlap', async () => {
    const first = await request(seed.app).get('/api/search').query({ limit: 5, offset: 0 });
    const second = await request(seed.app).get('/api/search').query({ limit: 5, offset: 5 });

    const ids = new Set(first.body.results.map((r: { id: string }) => r.id));
    expect(second.body.results.some((r: { id: string }) => ids.has(r.id))).toBe(false);
  });

  it.each([
    ['q longer than 200 characters', { q: 'あ'.repeat(201) }, 'q'],
    ['limit above 100', { limit: '101' }, 'limit'],
    ['limit that is not a number', { limit: 'ten' }, 'limit'],
    ['unknown tag', { tag: '廃止' }, 'tag'],
    ['unknown section', { section: '架空の改革' }, 'section'],
    ['unknown ministry', { ministry: '架空庁' }, 'ministry'],
    ['unknown sort', { sort: 'random' }, 'sort'],
    ['unknown parameter', { ministy: '財務省' }, 'ministy'],
  ])('when given %s, returns 400 naming the field', async (_case, query, field) => {
    const res = await request(seed.app).get('/api/search').query(query);

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', field });
    expect(typeof res.body.error.message).toBe('string');
    expectNoStack(res.text);
  });
});

describe('GET /api/search.csv', () => {
  it('when exporting a search, returns UTF-8 CSV with a BOM, the Japanese header and one row per result', async () => {
    const json = await request(seed.app).get('/api/search').query({ q: 'テレワーク' });
    const res = await request(seed.app)
      .get('/api/search.csv')
      .query({ q: 'テレワーク' })
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });

    const bytes = res.body as Buffer;
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(/attachment/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes
      .toString('utf8')
      .slice(1)
      .trimEnd()
      .split(/\r\n(?=財務省,)/);
    expect(lines[0]).toBe('府省,年度,西暦,大項目,中項目,小項目,区分,実施状況,取組内容,成果,出典,URL');
    expect(lines.length - 1).toBe(json.body.total);
  });

  it('when exporting without a limit, holds every match, beyond the 100 of one API page', async () => {
    const json = await request(seed.app).get('/api/search').query({ limit: 1 });
    const res = await request(seed.app).get('/api/search.csv');

    expect(json.body.total).toBeGreaterThan(100);
    expect(res.text.trimEnd().split('\r\n').length - 1).toBe(json.body.total);
  });

  it('when a parameter is invalid, returns the same 400 as the JSON search', async () => {
    const res = await request(seed.app).get('/api/search.csv').query({ limit: '500' });

    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('limit');
  });
});

describe('GET /api/timeline and /api/facets', () => {
  it('when asked for a query timeline, counts hits per year and per ministry', async () => {
    const res = await request(seed.app).get('/api/timeline').query({ q: 'テレワーク' });

    expect(res.status).toBe(200);
    expect(res.body.byYear.length).toBeGreaterThan(0);
    expect(res.body.byYear[0]).toEqual({ year: expect.any(Number), count: expect.any(Number) });
    expect(res.body.byMinistry[0].ministry).toBe('財務省');
  });

  it('when the timeline query is too long, returns 400 naming q', async () => {
    const res = await request(seed.app)
      .get('/api/timeline')
      .query({ q: 'x'.repeat(201) });

    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('q');
  });

  it('when asked for facets, returns corpus-wide counts that add up to the corpus size per section', async () => {
    const res = await request(seed.app).get('/api/facets');

    expect(res.status).toBe(200);
    const sectionTotal = res.body.facets.section.reduce((sum: number, f: { count: number }) => sum + f.count, 0);
    expect(sectionTotal).toBe(seed.engine.size);
  });

  it('when facets get a parameter, returns 400 naming it', async () => {
    const res = await request(seed.app).get('/api/facets').query({ q: 'x' });

    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', field: 'q' });
  });
});
