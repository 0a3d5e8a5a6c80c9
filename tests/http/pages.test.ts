import request from 'supertest';
import { createApp } from '../../src/http/create-app';
import type { SearchEngine } from '../../src/query/types';
import { expectNoStack, openSeedApp, type SeedApp } from './seed-app';

let seed: SeedApp;
beforeAll(async () => {
  seed = await openSeedApp();
});
afterAll(() => seed.close());

/** Markup that a strict CSP would block: inline script, inline style, event handler attributes. */
function expectNoInlineCode(html: string): void {
  expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/<style/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
}

async function someInitiativeId(): Promise<string> {
  const res = await request(seed.app).get('/api/search').query({ q: 'テレワーク', limit: 1 });
  return res.body.results[0].id;
}

describe('pages', () => {
  it.each(['/', '/?q=テレワーク', '/compare', '/compare?item=働き方改革:4', '/metrics', '/ask', '/about'])(
    'when opening %s, renders a Japanese page without inline code',
    async (path) => {
      const res = await request(seed.app).get(encodeURI(path));

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toMatch(/<html lang="ja">/);
      expectNoInlineCode(res.text);
    },
  );

  it('when a query names a ministry, moves it into the ministry filter in the URL and says so once, with a link to the words as typed', async () => {
    const res = await request(seed.app).get('/').query({ q: '財務省のテレワーク' });

    expect(res.status).toBe(302);
    const target = new URL(res.headers.location!, 'http://localhost');
    expect(target.searchParams.get('q')).toBe('テレワーク');
    expect(target.searchParams.getAll('ministry')).toEqual(['財務省']);
    const page = await request(seed.app).get(`${target.pathname}${target.search}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(
      '「財務省のテレワーク」にある府省・年度・大項目の名前や変更区分（新規・拡充・継続）の言い方を絞り込みにして検索しました',
    );
    expect(page.text).toContain(`href="/?${new URLSearchParams({ q: '財務省のテレワーク', typed: '1' }).toString().replace(/&/g, '&amp;')}"`);
    const typed = await request(seed.app).get('/').query({ q: '財務省のテレワーク', typed: '1' });
    expect(typed.status).toBe(200);
  });

  it('when a query asks for a 大項目’s measures by its everyday name (女性活躍の取組), moves it into the section filter', async () => {
    const res = await request(seed.app).get('/').query({ q: '女性活躍の取組' });

    expect(res.status).toBe(302);
    const target = new URL(res.headers.location!, 'http://localhost');
    expect(target.searchParams.get('q') ?? '').toBe('');
    expect(target.searchParams.getAll('section')).toEqual(['女性の活躍推進のための改革']);
    const page = await request(seed.app).get(`${target.pathname}${target.search}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('「女性活躍の取組」にある府省・年度・大項目の名前や変更区分（新規・拡充・継続）の言い方を絞り込みにして検索しました');
  });

  it('when a query says a change tag in words (新たに始めた取組), moves it into the tag filter, whose chip shows', async () => {
    const res = await request(seed.app).get('/').query({ q: '新たに始めた取組' });

    expect(res.status).toBe(302);
    const target = new URL(res.headers.location!, 'http://localhost');
    expect(target.searchParams.get('q') ?? '').toBe('');
    expect(target.searchParams.getAll('tag')).toEqual(['新規']);
    const page = await request(seed.app).get(`${target.pathname}${target.search}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('変更区分（新規・拡充・継続）の言い方を絞り込みにして検索しました');
    expect(page.text).toContain('「テレワークマネジメント研修」を創設');
  });

  it('when a compound is searched apart and a part is printed in no report, says so rather than “found by its parts”', async () => {
    const res = await request(seed.app).get('/').query({ q: '裁判員休暇' });

    expect(res.text).toContain('「裁判」はどの報告にも書かれていません。「休暇」を含む記載を表示しています。');
  });

  it('when searching, shows results, facets with counts, the timeline charts and export links', async () => {
    const res = await request(seed.app).get('/').query({ q: 'テレワーク' });

    expect(res.text).toMatch(/<mark>[^<]+<\/mark>/);
    expect(res.text).toMatch(/<input type="checkbox" name="ministry" value="財務省">/);
    expect(res.text).toContain('<svg class="bar-chart"');
    expect(res.text).toContain('href="/api/search.csv?q=');
    expect(res.text).toMatch(/href="\/initiatives\/[0-9a-f]{12}"/);
  });

  it('when a target row is found, its hit names the figure it holds (the label), since one row holds several', async () => {
    const res = await request(seed.app).get('/').query({ q: '本省課室長相当職' });

    expect(res.text).toContain('女性の登用目標【本省課室長相当職】');
  });

  it('when a facet is ticked in the URL, keeps it ticked and links to untick it', async () => {
    const res = await request(seed.app).get('/').query({ q: 'テレワーク', tag: '新規' });

    expect(res.text).toMatch(/<input type="checkbox" name="tag" value="新規" checked>/);
    expect(res.text).toContain('絞り込みをすべて解除');
    expect(res.text).toContain(`<a class="chip chip--filter" href="/?q=${encodeURIComponent('テレワーク')}"`);
  });

  it('when the query holds markup, shows it escaped and never as a tag', async () => {
    const res = await request(seed.app).get('/').query({ q: '<script>alert(1)</script>"\'' });

    expect(res.status).toBe(200);
    expect(res.text).not.toContain('<script>alert(1)');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&#34;&#39;');
  });

  it('when identical statements are folded into the results shown, says how many places they stand for', async () => {
    const api = await request(seed.app).get('/api/search').query({ q: '働き方改革推進強化月間', limit: 20 });
    const folded = api.body.results.reduce((sum: number, r: { alsoAt: unknown[] }) => sum + r.alsoAt.length, 0);

    const res = await request(seed.app).get('/').query({ q: '働き方改革推進強化月間' });

    expect(folded).toBeGreaterThan(0);
    expect(res.text).toContain(`同じ記載${folded}件をまとめて表示`);
  });

  it('when a typo was fixed, says what was searched and links to the words as typed, which the link then searches', async () => {
    const fixed = await request(seed.app).get('/').query({ q: '育児休業の所得率' });

    expect(fixed.text).toContain('「育児休業の所得率」に一致する記載がないため、「育児休業の取得率」で検索しました。');
    const typedHref = /<a class="as-typed" href="([^"]+)">「育児休業の所得率」のまま検索する<\/a>/.exec(fixed.text)?.[1];
    expect(typedHref).toBeDefined();

    const asTyped = await request(seed.app).get(typedHref!.replace(/&amp;/g, '&'));

    expect(asTyped.status).toBe(200);
    expect(asTyped.text).not.toContain('で検索しました');
    expect(asTyped.text).toContain('該当する取組は見つかりませんでした');
  });

  it('when a typo was fixed though the words as typed found some results, says so and how many they found', async () => {
    const res = await request(seed.app).get('/').query({ q: '官理職研修' });

    expect(res.text).toContain('「官理職研修」には報告書にない語があるため、「管理職研修」で検索しました。');
    // The heading names what was searched; the box keeps what was typed.
    expect(res.text).toMatch(/「管理職研修」の検索結果：<strong data-total>[1-9][0-9]*<\/strong>件/);
    expect(res.text).toMatch(/「官理職研修」のまま検索する（[1-9][0-9]*件）<\/a>/);
  });

  it('when a compound was searched as its parts apart, says so above the results', async () => {
    const apart = await request(seed.app).get('/').query({ q: '超勤研修' });
    const whole = await request(seed.app).get('/').query({ q: 'テレワーク' });

    expect(apart.text).toContain('「超勤研修」とひと続きに書いた記載がほとんどないため、語に分けて（「超勤」「研修」のいずれか）検索しました。');
    expect(whole.text).not.toContain('語に分けて');
  });

  it('when nothing matches, shows the empty state with suggestions from the corpus', async () => {
    const res = await request(seed.app).get('/').query({ q: 'ぬぬぬぬぬ' });

    expect(res.text).toContain('該当する取組は見つかりませんでした');
    expect(res.text).toMatch(/<ul class="suggestions"><li><a class="chip chip--topic" href="\/\?q=/);
  });

  it('when opening an initiative, shows its statement, 出典 line and similar initiatives', async () => {
    const id = await someInitiativeId();
    const initiative = seed.engine.getInitiative(id);

    const res = await request(seed.app).get(`/initiatives/${id}`);

    expect(res.status).toBe(200);
    expect(res.text).toContain('出典：財務省');
    expect(res.text).toContain('類似の取組');
    expect(res.text).toContain(`${initiative?.source}`);
    expectNoInlineCode(res.text);
  });

  it('when opening a metric, draws its baseline, current value and target with the verdict', async () => {
    const [metric] = seed.engine.metrics();
    expect(metric).toBeDefined();

    const res = await request(seed.app).get(`/initiatives/${metric!.id}`);

    expect(res.status).toBe(200);
    expect(res.text).toContain('<svg class="bar-chart"');
    expect(res.text).toMatch(/class="verdict verdict--(met|unmet|unknown)"/);
    expect(res.text).toContain('>目標<');
  });

  it('when comparing a template item, shows a matrix cell with 新規/拡充/継続 counts and its statements', async () => {
    const res = await request(seed.app).get('/compare').query({ item: '働き方改革:4' });

    expect(res.text).toContain('<table class="matrix">');
    expect(res.text).toContain('<th scope="row">財務省</th>');
    expect(res.text).toMatch(/badge--new">新規<\/span>\d+件/);
    expect(res.text).toMatch(/badge--continued">継続<\/span>\d+件/);
    expect(res.text).toMatch(/<ul class="cell-statements">\s*<li>/);
  });

  it('when comparing by a query, heads each group with the item it belongs to', async () => {
    const res = await request(seed.app).get('/compare').query({ q: '休暇' });

    const headings = [...res.text.matchAll(/<p class="cell-row">([^<]+)<\/p>/g)].map((m) => m[1] ?? '');
    expect(headings.length).toBeGreaterThan(1);
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings.every((h) => /^\d+ /.test(h))).toBe(true);
  });

  it('when the compare item is ambiguous, shows a 400 page naming 中項目', async () => {
    const res = await request(seed.app).get('/compare').query({ item: '4' });

    expect(res.status).toBe(400);
    expect(res.text).toContain('中項目の指定が正しくありません');
  });

  it('when the initiative id is unknown, shows a 404 page without a stack', async () => {
    const res = await request(seed.app).get('/initiatives/0123456789ab');

    expect(res.status).toBe(404);
    expect(res.text).toContain('<html lang="ja">');
    expectNoStack(res.text);
  });

  it('when the initiative id is malformed, shows a 400 page naming the field', async () => {
    const res = await request(seed.app).get('/initiatives/not-an-id');

    expect(res.status).toBe(400);
    expect(res.text).toContain('取組のIDの指定が正しくありません');
    expect(res.text).toContain('<code>id</code>');
  });

  it('when a page does not exist, shows the 404 page', async () => {
    const res = await request(seed.app).get('/no/such/page');

    expect(res.status).toBe(404);
    expect(res.text).toContain('ページが見つかりません');
  });

  it('when asking a question, shows an answer or 資料からは分かりません, with a confidence', async () => {
    const res = await request(seed.app).get('/ask').query({ q: '男性職員の育児休業取得率の目標は？' });

    expect(res.status).toBe(200);
    expect(res.text).toContain('確からしさ');
  });

  it('when a question is read with a conversion slip fixed, says which word was read as which', async () => {
    const res = await request(seed.app).get('/ask').query({ q: '男性職員の育時休業取得率の目標は？' });

    expect(res.text).toContain('「育時」を「育児」と読み替えて答えています');
    expect(res.text).toContain('13%');
  });

  it('when an answer lists several statements, marks it as lines (one per statement) rather than one headline', async () => {
    const list = await request(seed.app).get('/ask').query({ q: '財務省が令和2年度に新規に始めた取組は？' });
    const single = await request(seed.app).get('/ask').query({ q: '男性職員の育児休業取得率の目標は？' });

    expect(list.text).toContain('class="answer-text answer-text--lines"');
    expect(single.text).not.toContain('answer-text--lines');
  });

  it('when an answer is a table, each row links its sources by their numbers in the list below it', async () => {
    const res = await request(seed.app).get('/ask').query({ q: '財務省はどんな数値目標を立てていますか' });
    const cells = [...res.text.matchAll(/<a href="\/initiatives\/([0-9a-f]+)">記載(\d+)<\/a>/g)].map(([, id, n]) => ({ id, n: Number(n) }));
    const listed = [...res.text.matchAll(/<li><p class="breadcrumb">[^<]*<\/p><a href="\/initiatives\/([0-9a-f]+)">/g)].map(([, id]) => id);

    expect(cells.length).toBeGreaterThan(1);
    for (const { id, n } of cells) expect(listed[n - 1]).toBe(id);
    expect(new Set(cells.map((c) => c.n)).size).toBe(cells.length);
  });

  it('when opening about, lists each report file behind the index with its ministry and year', async () => {
    const res = await request(seed.app).get('/about');

    expect(res.text).toMatch(/<td>令和2年度<\/td><td><code>mof-fy2020-followup\.txt<\/code><\/td><td>\d+<\/td>/);
  });

  it('when a page fails unexpectedly, shows a plain 500 page without the error or a stack', async () => {
    const broken = Object.assign(Object.create(seed.engine) as SearchEngine, {
      metrics: () => {
        throw new Error('secret detail at /srv/x.ts:1:1');
      },
    });
    const app = createApp({ engine: broken, log: () => undefined });

    const res = await request(app).get('/metrics');

    expect(res.status).toBe(500);
    expect(res.text).toContain('<html lang="ja">');
    expect(res.text).not.toContain('secret detail');
    expectNoStack(res.text);
  });

  it('when there are more metrics than a page holds, shows a hundred cards, the count over all and a link to the next', async () => {
    const one = seed.engine.metrics()[0];
    const many = Array.from({ length: 230 }, () => one);
    const app = createApp({ engine: Object.assign(Object.create(seed.engine) as SearchEngine, { metrics: () => many }), log: () => undefined });

    const first = await request(app).get('/metrics');
    const last = await request(app).get('/metrics').query({ offset: 200 });

    expect(first.text.match(/<article class="card metric">/g)?.length).toBe(100);
    expect(first.text).toContain('全230件（1〜100件目を表示）');
    expect(first.text).toContain('href="/metrics?offset=100" rel="next"');
    expect(last.text.match(/<article class="card metric">/g)?.length).toBe(30);
    expect(last.text).toContain('href="/metrics?offset=100" rel="prev"');
    expect(last.text).not.toContain('rel="next"');
  });

  it('when a static file is asked for outside public/, does not serve it', async () => {
    const res = await request(seed.app).get('/static/..%2fpackage.json');

    expect([400, 403, 404]).toContain(res.status);
    expect(res.text).not.toContain('"devDependencies"');
  });
});
