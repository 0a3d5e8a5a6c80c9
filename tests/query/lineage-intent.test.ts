/**
 * Queries asking what happened to initiatives between reports are answered from the lineage: over the sixteen reports,
 * the records it names come first with the rule, those the query's words miss included, and a query without such a
 * cue is ranked alike either way (lineageRecord 1).
 */
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { Analyzer } from '../../src/analysis/types';
import type { Initiative } from '../../src/domain/types';
import { DEFAULT_WEIGHTS } from '../../src/query/build-query';
import { lineageIntentOf } from '../../src/query/lineage-intent';
import { engineOver } from '../quality/quality-engine';
import { sixteenReports } from './fixtures';

let initiatives: Initiative[];
let analyzer: Analyzer;
beforeAll(async () => {
  initiatives = await sixteenReports();
  analyzer = await createAnalyzer();
});

const engineWith = (lineageRecord: number) => engineOver(initiatives, analyzer, { ...DEFAULT_WEIGHTS, lineageRecord });

describe('a query asking what happened between reports', () => {
  test.each([
    ['実施から実施未定に後戻りした取組', 'backslid'],
    ['途中で報告されなくなった取組', 'dropped'],
    ['令和3年度に始めて令和4年度も続けた取組', 'newThenContinued'],
    // As the search reads it once the years named became its scope.
    ['始めて も続けた取組', 'newThenContinued'],
    ['2年続けて実施できなかった取組', 'undoneTwice'],
    ['3年間変わらず続けている取組', 'unchangedThrough'],
    ['前の年度より下がった数値目標の実績', 'targetFell'],
    ['3年続けて実績が上がった数値目標', 'targetRoseEveryYear'],
    ['始めた翌年度に内容を広げた取組', 'newThenExpanded'],
    // As the search reads it once 内容を広げた became the tag filter 【拡充】.
    ['始めた翌年度に 取組', 'newThenExpanded'],
    ['前の年度と実績が変わらなかった数値目標', 'targetUnchanged'],
    ['後から加わった目標', 'appearedLater'],
    ['新たに報告されるようになった取組', 'appearedLater'],
    ['テレワークの実施', null],
    ['前年度より超勤が減った', null],
  ])('reads %s as %s', (query, intent) => {
    expect(lineageIntentOf(query)).toBe(intent);
  });

  test('実施 → 実施未定: the row that went back comes first with the rule, though its reason shares no word with the query', () => {
    // 架空庁's ペーパーレス row is 実施 in 令和2年度 and 実施未定 in 令和3年度, the only row of the sixteen reports to go back.
    const engine = engineWith(DEFAULT_WEIGHTS.lineageRecord);
    const [status] = engine.changes('架空庁', 2021).statusChanges.filter((change) => change.from === '実施' && change.to === '実施未定');
    const first = engine.search({ q: '実施から実施未定に後戻りした取組', limit: 3 }).results;
    const without = engineWith(1).search({ q: '実施から実施未定に後戻りした取組', limit: 3 }).results;

    expect(status).toBeDefined();
    expect(first[0]).toMatchObject({ ministry: '架空庁', fiscalYear: 2021, rowTitle: status!.rowTitle });
    expect(without.some((hit) => hit.rowTitle === status!.rowTitle)).toBe(false);
  });

  test('dropped: the first results are records the next report of their ministry no longer prints', () => {
    const engine = engineWith(DEFAULT_WEIGHTS.lineageRecord);
    const dropped = new Set(
      engine
        .reports()
        .filter((report) => report.fiscalYear > 2020)
        .flatMap((report) => engine.changes(report.ministry, report.fiscalYear).dropped.map((initiative) => initiative.id)),
    );
    const hits = engine.search({ q: '途中で報告されなくなった取組', limit: 5 }).results;

    expect(dropped.size).toBeGreaterThan(0);
    expect(hits.every((hit) => dropped.has(hit.id) || hit.alsoAt.some((place) => dropped.has(place.id)))).toBe(true);
  });

  test('targets whose present fell: the first results are target rows of two reports where the later prints less', () => {
    const engine = engineWith(DEFAULT_WEIGHTS.lineageRecord);
    const fell = new Set(
      engine
        .reports()
        .filter((report) => report.fiscalYear > 2020)
        .flatMap((report) => engine.changes(report.ministry, report.fiscalYear).metricMoves)
        .filter((move) => move.field === 'current' && move.from !== null && move.to !== null && move.to.value < move.from.value)
        .flatMap((move) => [move.fromId, move.toId]),
    );
    const hits = engine.search({ q: '前の年度より現状が下がった数値目標', limit: fell.size }).results;

    expect(fell.size).toBeGreaterThan(0);
    expect(hits.map((hit) => hit.id).filter((id) => fell.has(id)).length).toBe(Math.min(fell.size, hits.length));
  });

  test('targets whose present did not move: the first results are target rows printing the same present two years running', () => {
    const engine = engineWith(DEFAULT_WEIGHTS.lineageRecord);
    const present = (id: string) => engine.getInitiative(id)?.metric?.current;
    const hits = engine.search({ q: '前の年度と実績が変わらなかった数値目標', limit: 4 }).results;

    expect(hits.length).toBe(4);
    for (const hit of hits) {
      const label = engine.getInitiative(hit.id)?.metric?.label ?? null;
      const [before, after] = [hit.fiscalYear - 1, hit.fiscalYear + 1].map((year) =>
        initiatives.find(
          (other) =>
            other.kind === 'metric' &&
            other.ministry === hit.ministry &&
            other.fiscalYear === year &&
            other.rowTitle === hit.rowTitle &&
            (other.metric?.label ?? null) === label,
        ),
      );
      const same = [before, after].some((other) => other !== undefined && present(other.id)?.value === present(hit.id)?.value);
      expect({ hit: hit.id, same }).toEqual({ hit: hit.id, same: true });
    }
  });

  test('started, then expanded the next year: the first results are 【新規】 statements and the 【拡充】 that continue them', () => {
    const hits = engineWith(DEFAULT_WEIGHTS.lineageRecord).search({ q: '始めた翌年度に内容を広げた取組', limit: 4 }).results;

    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.tag === '拡充')).toBe(true);
    expect(engineWith(1).search({ q: '始めた翌年度に内容を広げた取組', limit: 4 }).results.length).toBeLessThan(hits.length);
  });

  test('without such a cue, the rule changes nothing', () => {
    const ids = (lineageRecord: number) =>
      engineWith(lineageRecord)
        .search({ q: '超過勤務の縮減', limit: 20 })
        .results.map((hit) => hit.id);
    expect(ids(DEFAULT_WEIGHTS.lineageRecord)).toEqual(ids(1));
  });
});
