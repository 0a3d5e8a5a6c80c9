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

  test('when it names a fiscal year as tables write it (R3, FY2022), filters by that year; RPA and R4年 are not years', () => {
    const short = engine.search({ q: 'R3 テレワーク', limit: 50 });
    const long = engine.search({ q: '令和3年度 テレワーク', limit: 50 });
    const western = engine.search({ q: 'FY2022の新規', limit: 50 });

    expect(short.scopedBy).toEqual({ named: ['R3'], year: [2021], rest: 'テレワーク' });
    expect(short.results.map((hit) => hit.id)).toEqual(long.results.map((hit) => hit.id));
    expect(short.total).toBeGreaterThan(0);
    expect(western.scopedBy).toMatchObject({ year: [2022], tag: ['新規'], rest: '' });
    expect(western.total).toBeGreaterThan(0);
    expect(western.results.every((hit) => hit.fiscalYear === 2022 && hit.tag === '新規')).toBe(true);
    expect(engine.search({ q: 'RPA', limit: 5 }).scopedBy).toBeUndefined();
    expect(engine.search({ q: 'R4年の目標', limit: 5 }).scopedBy).toBeUndefined();
    expect(engine.search({ q: 'R5 テレワーク', limit: 5 }).scopedBy).toBeUndefined();
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

describe('a query whose rest asks for every measure there, or for one 大項目 by its everyday name', () => {
  const testMinistry = () => initiatives.filter((initiative) => initiative.ministry === 'テスト省');

  test('「テスト省の取組の年度ごとの変化」 lists every initiative of テスト省, not the few whose dates print 年度', () => {
    const response = engine.search({ q: 'テスト省の取組の年度ごとの変化', limit: 500 });

    expect(response.scopedBy).toEqual({ named: ['テスト省'], ministry: ['テスト省'], rest: '' });
    expect(response.total).toBe(engine.search({ q: '', filters: { ministry: ['テスト省'] }, limit: 500 }).total);
    expect(response.total).toBeGreaterThan(30);
  });

  test('「テスト省の女性活躍の取組の移り変わり」 lists テスト省’s 女性の活躍推進 section in every year, though no statement prints 女性活躍', () => {
    const response = engine.search({ q: 'テスト省の女性活躍の取組の移り変わり', limit: 500 });
    const expected = testMinistry().filter((initiative) => initiative.section === '女性の活躍推進のための改革');

    expect(response.scopedBy).toEqual({
      named: ['テスト省', '女性活躍'],
      ministry: ['テスト省'],
      section: ['女性の活躍推進のための改革'],
      rest: '',
    });
    expect(new Set(response.results.map((hit) => hit.fiscalYear))).toEqual(new Set([2020, 2021, 2022]));
    expect(response.results.every((hit) => hit.ministry === 'テスト省' && hit.section === '女性の活躍推進のための改革')).toBe(true);
    // Duplicates fold into one hit: every record of the section is shown or stands behind a shown hit.
    const shown = new Set(response.results.flatMap((hit) => [hit.id, ...(hit.alsoAt ?? []).map((place) => place.id)]));
    expect(expected.every((initiative) => shown.has(initiative.id))).toBe(true);
  });

  test('「テスト省の取組の変化」: a bare 変化 said last after 取組 asks for the view too', () => {
    const response = engine.search({ q: 'テスト省の取組の変化', limit: 5 });

    expect(response.scopedBy).toEqual({ named: ['テスト省'], ministry: ['テスト省'], rest: '' });
  });

  test('a section’s name with 取組 is that section (働き方改革の取組); the name alone is still searched as words', () => {
    const section = engine.search({ q: '働き方改革の取組', limit: 5 });
    const words = engine.search({ q: '働き方改革', limit: 5 });

    expect(section.scopedBy?.section).toEqual(['働き方改革']);
    expect(section.total).toBe(engine.search({ q: '', filters: { section: ['働き方改革'] }, limit: 5 }).total);
    expect(words.scopedBy).toBeUndefined();
    expect(words.results[0]?.text).toContain('働き方改革');
  });

  test('a subject left beside the general words is searched (テスト省のテレワークの取組の推移), within the ministry', () => {
    const response = engine.search({ q: 'テスト省のテレワークの取組の推移', limit: 50 });

    expect(response.scopedBy?.section).toBeUndefined();
    expect(response.scopedBy?.rest).toBe('テレワークの取組の推移');
    expect(response.results.every((hit) => hit.ministry === 'テスト省')).toBe(true);
    expect(
      response.results
        .slice(0, 3)
        .map((hit) => hit.fiscalYear)
        .sort(),
    ).toEqual([2020, 2021, 2022]);
    expect(response.results.slice(0, 3).every((hit) => hit.text.includes('テレワーク'))).toBe(true);
  });

  test('a request that filters by section already keeps its filter, and the words are searched', () => {
    const response = engine.search({ q: 'テスト省の女性活躍の取組', filters: { section: ['働き方改革'] }, limit: 50 });

    expect(response.scopedBy?.section).toBeUndefined();
    expect(response.results.every((hit) => hit.section === '働き方改革')).toBe(true);
  });
});

describe('a query naming a change tag in words', () => {
  test('when it asks for what was started (新たに始めた), searches the rest among 【新規】 statements, as the tag filter would', () => {
    const named = engine.search({ q: 'テスト省が新たに始めたテレワーク', limit: 50 });
    const filtered = engine.search({ q: 'テレワーク', filters: { ministry: ['テスト省'], tag: ['新規'] }, limit: 50 });

    expect(named.scopedBy).toMatchObject({ tag: ['新規'], ministry: ['テスト省'], rest: 'テレワーク' });
    expect(named.total).toBeGreaterThan(0);
    expect(named.results.map((hit) => hit.id)).toEqual(filtered.results.map((hit) => hit.id));
  });

  test('when it asks for what was widened or kept up with no subject (内容を広げた取組, 続けている取組), lists that tag’s statements', () => {
    const widened = engine.search({ q: '前年度より内容を広げた取組', limit: 100 });
    const kept = engine.search({ q: 'テスト省がずっと続けている取組', limit: 100 });

    expect(widened.scopedBy).toMatchObject({ tag: ['拡充'], rest: '' });
    expect(widened.total).toBe(initiatives.filter((i) => i.kind === 'statement' && i.tag === '拡充').length);
    expect(kept.scopedBy).toMatchObject({ tag: ['継続'], ministry: ['テスト省'], rest: '' });
    expect(kept.results.every((hit) => hit.tag === '継続' && hit.ministry === 'テスト省')).toBe(true);
  });

  test('when the tag word is part of an item or another word (フレックスタイム制の拡充, 新規採用), keeps it a word', () => {
    expect(engine.search({ q: 'フレックスタイム制の拡充', limit: 10 }).scopedBy).toBeUndefined();
    expect(engine.search({ q: '新規採用者向けの研修', limit: 10 }).scopedBy).toBeUndefined();
  });
});

describe('a query asking for the course of something over the years in other words (歩み, 足取り)', () => {
  test('when it says 歩み, searches the rest and keeps every year, as it does for 推移', () => {
    const ayumi = engine.search({ q: 'テスト省のテレワークの歩み', limit: 50 });
    const suii = engine.search({ q: 'テスト省のテレワークの推移', limit: 50 });

    expect(ayumi.total).toBeGreaterThan(0);
    expect(new Set(ayumi.results.map((hit) => hit.fiscalYear))).toEqual(new Set([2020, 2021, 2022]));
    expect(ayumi.results.map((hit) => hit.id)).toEqual(suii.results.map((hit) => hit.id));
  });
});
