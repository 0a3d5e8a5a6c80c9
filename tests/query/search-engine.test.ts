import { buildIndex } from '../../src/indexing/build-index';
import { createSearchEngine } from '../../src/query/search-engine';
import type { SearchEngine } from '../../src/query/types';
import { makeFixtureCorpus } from './fixtures';
import { createTestAnalyzer } from './test-analyzer';

function fixtureEngine(): SearchEngine {
  const analyzer = createTestAnalyzer();
  const built = buildIndex(makeFixtureCorpus(), analyzer, (i) => (i.text.includes('ワーク') ? ['テレワーク・デジタル化'] : []));
  return createSearchEngine({ ...built, analyzer });
}

describe('search (fixture corpus, test analyser)', () => {
  const engine = fixtureEngine();

  test('search › a word inside a katakana compound is found through the n-gram field', () => {
    const response = engine.search({ q: 'マネジメント' });

    expect(response.results.map((hit) => hit.text)).toEqual(['【新規】テレワークマネジメント研修を創設した。']);
  });

  test('search › a synonym alternative finds the other wording and is reported as expanded', () => {
    const response = engine.search({ q: 'テレワーク' });

    expect(response.expanded).toEqual(['リモートワーク']);
    expect(response.results.map((hit) => hit.ministry).sort()).toEqual(['テスト省', '架空庁']);
  });

  test('search › a full-width query matches half-width text and highlights the printed characters', () => {
    const response = engine.search({ q: 'WEB会議' });

    const hit = response.results[0]!;
    expect(hit.text).toContain('ｗｅｂ会議');
    const [start, end] = hit.highlights[0]!;
    expect(hit.text.slice(start, end)).toBe('ｗｅｂ会議');
  });

  test('search › identical statements come back as one hit listing the other place', () => {
    const response = engine.search({ q: '休暇' });

    const hits = response.results.filter((hit) => hit.text.includes('強化月間'));
    expect(hits).toHaveLength(1);
    expect(hits[0]!.alsoAt).toHaveLength(1);
    expect(hits[0]!.alsoAt[0]!.item).not.toBe(hits[0]!.item);
  });

  test('search › an empty query lists every initiative matching the filters in report order', () => {
    const response = engine.search({ q: '', filters: { ministry: ['テスト省'] }, limit: 100 });

    const orders = response.results.map((hit) => engine.getInitiative(hit.id)!.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(response.results.every((hit) => hit.ministry === 'テスト省')).toBe(true);
  });

  test('search › filters combine across facets and facet counts ignore only their own filter', () => {
    const response = engine.search({ q: '', filters: { ministry: ['架空庁'], tag: ['新規'] } });

    expect(response.total).toBe(1);
    const ministryCounts = Object.fromEntries(response.facets.ministry.map((v) => [v.value, v.count]));
    expect(ministryCounts).toEqual({ テスト省: 1, 架空庁: 1 });
    const tagCounts = Object.fromEntries(response.facets.tag.map((v) => [v.value, v.count]));
    expect(tagCounts).toEqual({ 新規: 1, none: 1 });
  });

  test('search › a quoted phrase keeps only texts containing it verbatim', () => {
    const response = engine.search({ q: '"環境を整備"' });

    expect(response.results.map((hit) => hit.text).sort()).toEqual([
      '【拡充】ｗｅｂ会議の環境を整備した。',
      '【新規】リモートワークの環境を整備した。',
    ]);
  });

  test('search › limit and offset page through the grouped results while total counts them all', () => {
    const all = engine.search({ q: '', limit: 100 });
    const page = engine.search({ q: '', limit: 2, offset: 2 });

    expect(page.total).toBe(all.total);
    expect(page.results.map((h) => h.id)).toEqual(all.results.slice(2, 4).map((h) => h.id));
  });
});

describe('other use cases (fixture corpus)', () => {
  const engine = fixtureEngine();

  test('similar › never returns the statement itself or its identical copies', () => {
    const shared = engine.search({ q: '強化月間' }).results[0]!;

    const similar = engine.similar(shared.id, { limit: 10 });

    const ids = new Set([shared.id, ...shared.alsoAt.map((p) => p.id)]);
    expect(similar.some((hit) => ids.has(hit.id))).toBe(false);
  });

  test('similar › with otherMinistries, only other ministries come back', () => {
    const telework = engine.search({ q: 'マネジメント' }).results[0]!;

    const similar = engine.similar(telework.id, { otherMinistries: true });

    expect(similar.every((hit) => hit.ministry !== telework.ministry)).toBe(true);
  });

  test('similar › an unknown id raises INITIATIVE_NOT_FOUND', () => {
    expect(() => engine.similar('nope')).toThrow(expect.objectContaining({ code: 'INITIATIVE_NOT_FOUND' }));
  });

  test('compare › one cell per existing ministry report with the item’s hits and tag counts', () => {
    const response = engine.compare({ section: '働き方改革', item: 4 });

    expect(response.itemTitle).toBe('超過勤務の縮減の徹底');
    expect(response.cells.map((c) => `${c.ministry}${c.fiscalYear}`)).toEqual(['テスト省2020', '架空庁2021']);
    const testCell = response.cells.find((c) => c.ministry === 'テスト省')!;
    expect(testCell.tagCounts).toEqual({ 継続: 2, 新規: 1, 拡充: 0, none: 0 });
  });

  test('compare › an item number in several sections without a section is rejected', () => {
    expect(() => engine.compare({ item: 4 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  test('timeline › counts matches per year and ministry', () => {
    const response = engine.timeline('テレワーク');

    expect(response.byYear).toEqual([
      { year: 2020, count: 1 },
      { year: 2021, count: 1 },
    ]);
    expect(response.byMinistryYear).toHaveLength(2);
  });

  test('metrics › a current figure above a floor target is met, with its gap', () => {
    const [entry] = engine.metrics();

    expect(entry).toMatchObject({ ministry: '架空庁', met: true, gap: 30.6 });
  });

  test('rowOf › returns the statements of the row in row order', () => {
    const first = engine.search({ q: 'マネジメント' }).results[0]!;

    const row = engine.rowOf(first.id);

    expect(row.map((i) => i.position)).toEqual([0, 1, 2]);
  });

  test('templateItems › lists each section’s items once, in template order', () => {
    const items = engine.templateItems();

    expect(items.map((i) => `${i.section}:${i.item}`)).toEqual([
      '働き方改革:3',
      '働き方改革:4',
      '働き方改革:6',
      '育児・介護等と両立して活躍できるための改革:1',
      '育児・介護等と両立して活躍できるための改革:4',
    ]);
  });
});
