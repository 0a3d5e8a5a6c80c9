import request from 'supertest';
import { answerQuestion } from '../../src/answer/answer-question';
import { createApp } from '../../src/http/create-app';
import { openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

/** The page and /api/ask after an abstention, over seven reports (財務省 令和2年度, テスト省 and 架空庁 令和2–4年度). */
describe('after an abstention, /ask and /api/ask', () => {
  let opened: OpenedAnswerEngine;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    opened = await openAnswerEngine({ corpus: 'years' });
    app = createApp({ engine: opened.engine, answer: answerQuestion, log: () => undefined });
  });

  afterAll(() => opened?.close());

  it.each([
    ['a change', '架空庁の女性の採用目標の現状は前年度から何ポイント上がった？'],
    ['a count of a tag', '財務省の令和3年度に拡充した取組は何件？'],
    ['a list of a tag', 'テスト省の令和5年度に新規に始めた取組は？'],
    ['a list of a status', 'テスト省の令和5年度の実施未定の項目は？'],
    ['an amount', '財務省はRPAでどれだけ作業時間を減らした？'],
    ['a figure', 'テスト省の2022年度の女性職員の育児休業取得率は？'],
  ])('when %s abstains, /api/ask offers a search that finds entries and example questions that are answered', async (_kind, q) => {
    const res = await request(app).get('/api/ask').query({ q });

    expect(res.status).toBe(200);
    expect(res.body.answer).toBeNull();
    const search = await request(app).get(`/api/search${res.body.suggestedSearch.url.slice(1)}`);
    expect(search.status).toBe(200);
    expect(search.body.total).toBeGreaterThan(0);
    expect(res.body.examples.length).toBeGreaterThanOrEqual(2);
    for (const example of res.body.examples as string[]) {
      const asked = await request(app).get('/api/ask').query({ q: example });
      expect([example, asked.body.answer]).toEqual([example, expect.any(String)]);
    }
  });

  it('when a list of a tag abstains, the page links the search with its filters, naming the tag and the year as printed', async () => {
    const res = await request(app).get('/ask').query({ q: '財務省の令和3年度に拡充した取組は？' });

    expect(res.status).toBe(200);
    expect(res.text).toContain('財務省の令和3年度（2021年度）の報告は読み込まれていません');
    expect(res.text).toContain('「【拡充】の取組」を財務省の令和2年度（2020年度）の報告で検索する');
    const url = `/?${new URLSearchParams({ ministry: '財務省', year: '2020', tag: '拡充' }).toString()}`;
    expect(res.text).toContain(`<a href="${url.replace(/&/g, '&amp;')}">`);
    expect(res.text).toContain(`<a href="/ask?q=${encodeURIComponent('財務省の令和2年度に拡充した取組は？')}">`);
  });

  it('when a ranking is asked, the page shows the first line of the answer above the table, and no blank year for a change', async () => {
    const res = await request(app).get('/ask').query({ q: '男性の育休取得率が前年度から一番伸びたのはどこ？' });

    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<p class="answer-text answer-lead">一番伸びたのは[^<]+（差 \+[0-9.]+ポイント）<\/p>/);
    expect(res.text).toContain('<td>複数年度（回答欄のとおり）</td>');
    expect(res.text).not.toContain('<td></td>');
  });
});
