/** The search core on the real seed report with the real analyser. */
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { Initiative } from '../../src/domain/types';
import type { SearchEngine } from '../../src/query/types';
import { engineOver, seedInitiatives } from '../quality/quality-engine';

let engine: SearchEngine;
let initiatives: Initiative[];
beforeAll(async () => {
  initiatives = await seedInitiatives();
  engine = engineOver(initiatives, await createAnalyzer());
});

describe('search on the seed report', () => {
  test('テレワーク › finds the テレワークマネジメント研修 statement first, though kuromoji keeps the compound whole', () => {
    const response = engine.search({ q: 'テレワーク' });

    expect(response.results[0]!.text).toContain('「テレワークマネジメント研修」を創設');
    expect(response.expanded).toContain('リモートワーク');
  });

  test('highlights › every offset points at text the query or one of its variants names', () => {
    let checked = 0;
    for (const q of ['テレワーク', '育休', 'ｗｅｂ会議', '超勤']) {
      const response = engine.search({ q, limit: 5 });
      const allowed = [response.analyzed!.clauses[0]!.surface, ...response.analyzed!.clauses[0]!.words, ...response.expanded].map((s) =>
        s.normalize('NFKC').toLowerCase(),
      );
      for (const hit of response.results) {
        for (const [start, end] of hit.highlights) {
          const marked = hit.text.slice(start, end).normalize('NFKC').toLowerCase();
          expect(allowed.some((needle) => marked.includes(needle))).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('sentence-like query › markup with a digit (<script>alert(1)</script>) finds nothing, though statements hold 1か月', () => {
    const response = engine.search({ q: '<script>alert(1)</script>' });

    expect(engine.search({ q: '1か月' }).total).toBeGreaterThan(0);
    expect(response.total).toBe(0);
  });

  test('sentence-like query › 休暇を取りやすくするための工夫 still finds the leave statements first', () => {
    const response = engine.search({ q: '休暇を取りやすくするための工夫', limit: 10 });

    const aboutLeave = response.results.filter((hit) => hit.text.includes('休暇'));
    expect(aboutLeave.length).toBeGreaterThanOrEqual(8);
    expect(response.results[0]!.text).toContain('休暇');
  });

  test('ｗｅｂ会議 › a full-width query highlights the half-width Web会議 as printed', () => {
    const hit = engine.search({ q: 'ｗｅｂ会議' }).results.find((h) => h.text.includes('Web会議やWeb研修'))!;

    expect(hit.highlights.map(([s, e]) => hit.text.slice(s, e))).toContain('Web会議');
  });

  test('facets › count the whole matching set, not only the page shown', () => {
    const response = engine.search({ q: '研修', limit: 2 });

    const sectionTotal = response.facets.section.reduce((sum, v) => sum + v.count, 0);
    expect(response.results).toHaveLength(2);
    expect(sectionTotal).toBeGreaterThan(2);
    expect(sectionTotal).toBeGreaterThanOrEqual(response.total);
  });

  test('filters › section and tag combine: every hit has both, and fewer than with either alone', () => {
    const both = engine.search({ q: '研修', filters: { section: ['女性の活躍推進のための改革'], tag: ['継続'] }, limit: 100 });
    const sectionOnly = engine.search({ q: '研修', filters: { section: ['女性の活躍推進のための改革'] }, limit: 100 });

    expect(both.results.every((h) => h.section === '女性の活躍推進のための改革' && h.tag === '継続')).toBe(true);
    expect(both.total).toBeLessThanOrEqual(sectionOnly.total);
    expect(both.total).toBeGreaterThan(0);
  });

  test('duplicates › the 強化月間 statement repeated under several items is one hit listing the other places', () => {
    const response = engine.search({ q: '強化月間 休暇の取得促進', limit: 50 });

    const copies = initiatives.filter((i) => i.text.includes('峻別した内容で周知し') && i.text.includes('「休暇の取得促進」'));
    const hits = response.results.filter((h) => h.text === copies[0]!.text);
    expect(copies.length).toBeGreaterThan(1);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.alsoAt).toHaveLength(copies.length - 1);
  });

  test('empty query › lists every initiative in report order', () => {
    const response = engine.search({ q: '', limit: 1000 });

    expect(response.results.map((h) => engine.getInitiative(h.id)!.order)).toEqual(
      [...response.results.map((h) => engine.getInitiative(h.id)!.order)].sort((a, b) => a - b),
    );
    expect(response.total).toBeLessThanOrEqual(initiatives.length);
  });

  test('"定時退庁日" › a quoted phrase returns only statements containing it', () => {
    const response = engine.search({ q: '"定時退庁日"' });

    expect(response.total).toBe(2);
    expect(response.results.every((h) => h.text.includes('定時退庁日'))).toBe(true);
  });
});

describe('similar, compare, timeline and metrics on the seed report', () => {
  test('similar › excludes the statement and its identical copies, and shares words with it', () => {
    const copy = initiatives.find((i) => i.duplicateGroup !== null)!;

    const similar = engine.similar(copy.id, { limit: 10 });

    expect(similar.length).toBeGreaterThan(0);
    expect(similar.some((h) => h.id === copy.id || h.text === copy.text)).toBe(false);
  });

  test('similar › the キャリアデザイン研修 statement’s nearest neighbour is the other キャリアデザイン研修', () => {
    const design = initiatives.find((i) => i.text.includes('「女性職員キャリアデザイン研修」'))!;

    const [first] = engine.similar(design.id);

    expect(first!.text).toContain('キャリアデザイン研修');
  });

  test('compare › item 4 of 働き方改革 gives one cell for 財務省 令和2年度 with its tag counts', () => {
    const response = engine.compare({ section: '働き方改革', item: 4 });

    expect(response.itemTitle).toContain('超過勤務');
    expect(response.cells).toHaveLength(1);
    const cell = response.cells[0]!;
    expect(cell).toMatchObject({ ministry: '財務省', fiscalYear: 2020 });
    expect(Object.values(cell.tagCounts).reduce((a, b) => a + b, 0)).toBe(cell.hits.length);
    expect(cell.tagCounts.新規).toBeGreaterThan(0);
  });

  test('timeline › counts 育休 matches for 2020 only, at 財務省', () => {
    const response = engine.timeline('育休');

    expect(response.byYear).toHaveLength(1);
    expect(response.byYear[0]!.year).toBe(2020);
    expect(response.byMinistry[0]!.ministry).toBe('財務省');
  });

  test('metrics › the 男性育休 rate 43.6% against a 13% target is met with a gap of 30.6', () => {
    const entry = engine.metrics().find((m) => m.metric.current?.value === 43.6)!;

    expect(entry).toMatchObject({ met: true, gap: 30.6 });
  });

  test('templateItems › lists the seed’s items, the first being 働き方改革 1', () => {
    const items = engine.templateItems();

    expect(items[0]).toMatchObject({ section: '働き方改革', item: 1 });
    expect(new Set(items.map((i) => `${i.section}:${i.item}`)).size).toBe(items.length);
  });
});
