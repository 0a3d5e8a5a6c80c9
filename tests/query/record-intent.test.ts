/**
 * Queries asking for records by what their columns hold (figures in the results column, a target row without its
 * baseline, a row under the template's 「その他」, a frequency printed in the text) put those records first, and a query
 * without such a cue is ranked alike with or without the rule (lineageRecord 1). Over the sixteen reports; the wordings
 * here are not those of the judged sets that showed the gap.
 */
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { Analyzer } from '../../src/analysis/types';
import type { Initiative } from '../../src/domain/types';
import { DEFAULT_WEIGHTS } from '../../src/query/build-query';
import { recordIntentOf } from '../../src/query/record-intent';
import { engineOver } from '../quality/quality-engine';
import { sixteenReports } from './fixtures';

let initiatives: Initiative[];
let analyzer: Analyzer;
beforeAll(async () => {
  initiatives = await sixteenReports();
  analyzer = await createAnalyzer();
});

const engineWith = (lineageRecord: number) => engineOver(initiatives, analyzer, { ...DEFAULT_WEIGHTS, lineageRecord });
const record = (id: string) => initiatives.find((initiative) => initiative.id === id)!;
const FIGURE = /[0-9]+(?:\.[0-9]+)?\s*(?:%|人|名|日|件|回|時間|ポイント|割|台|組)/;

describe('reading what a query asks of the columns', () => {
  test.each([
    ['成果欄に数値がある取組', 'resultsFigures'],
    ['数字で成果を示した取組', 'resultsFigures'],
    ['目標設定時が空欄の目標', 'noBaseline'],
    ['目標設定時の値が記載されていない目標', 'noBaseline'],
    ['その他の欄に書かれた取組', 'ownItems'],
    ['府省独自の取組', 'ownItems'],
    ['月に1回開いている会議', 'frequency'],
    ['年二回の面談', 'frequency'],
    ['テレワークの成果', null],
    ['目標設定時', null],
    ['その他', null],
  ])('reads %s as %s', (query, kind) => {
    expect(recordIntentOf(query)?.kind ?? null).toBe(kind);
  });

  test('a frequency is read in each way it is printed: 年に2回, 年2回, 年二回 and 年2度 alike, 年3回 not', () => {
    const intent = recordIntentOf('年に2回行う研修');
    expect(intent?.kind).toBe('frequency');
    const pattern = intent!.kind === 'frequency' ? intent!.pattern : /$^/;
    expect(['研修を年2回実施した', '年に2回開いた', '年二回行う', '年2度開催'].map((text) => pattern.test(text))).toEqual([true, true, true, true]);
    expect(pattern.test('研修を年3回実施した')).toBe(false);
  });
});

describe('a query asking for what the columns hold', () => {
  test('figures in the results column: the first results all print one there', () => {
    const hits = engineWith(DEFAULT_WEIGHTS.lineageRecord).search({ q: '成果欄に数値がある取組', limit: 10 }).results;

    expect(hits.length).toBe(10);
    expect(hits.every((hit) => FIGURE.test((record(hit.id).results ?? '').normalize('NFKC')))).toBe(true);
  });

  test('target rows without a baseline: the first results are target rows whose 目標設定時 is not given', () => {
    const hits = engineWith(DEFAULT_WEIGHTS.lineageRecord).search({ q: '目標設定時が空欄の目標', limit: 5 }).results;
    const without = engineWith(1).search({ q: '目標設定時が空欄の目標', limit: 5 }).results;

    expect(hits.length).toBe(5);
    expect(hits.every((hit) => record(hit.id).kind === 'metric' && record(hit.id).metric?.baseline === null)).toBe(true);
    expect(without.every((hit) => record(hit.id).metric?.baseline === null)).toBe(false);
  });

  test("rows of the template's 「その他」: the first results are statements each ministry added there", () => {
    const hits = engineWith(DEFAULT_WEIGHTS.lineageRecord).search({ q: '府省独自の取組', limit: 10 }).results;

    expect(hits.length).toBe(10);
    expect(hits.every((hit) => hit.rowTitle === 'その他')).toBe(true);
  });

  test('a frequency: the first results print it, in whichever way the report does', () => {
    const once = /年(に)?(1|一)(回|度)/;
    const printing = initiatives.filter((initiative) => once.test(initiative.text.normalize('NFKC'))).length;
    const hits = engineWith(DEFAULT_WEIGHTS.lineageRecord).search({ q: '年に1回行っている研修', limit: printing }).results;

    expect(printing).toBeGreaterThan(0);
    expect(hits.length).toBe(printing);
    expect(hits.every((hit) => once.test(hit.text.normalize('NFKC')))).toBe(true);
  });

  test('without such a cue, the rule changes nothing', () => {
    const ids = (lineageRecord: number) =>
      engineWith(lineageRecord)
        .search({ q: 'テレワークの成果', limit: 20 })
        .results.map((hit) => hit.id);
    expect(ids(DEFAULT_WEIGHTS.lineageRecord)).toEqual(ids(1));
  });
});

describe('a query asking for what a later report added', () => {
  test("the first results are records with no predecessor in their ministry's report of the year before", () => {
    const engine = engineWith(DEFAULT_WEIGHTS.lineageRecord);
    const added = new Set(
      engine
        .reports()
        .filter((report) => report.fiscalYear > 2020)
        .flatMap((report) => engine.changes(report.ministry, report.fiscalYear).new.map((initiative) => initiative.id)),
    );
    const hits = engine.search({ q: '新たに記載されるようになった取組', limit: 5 }).results;

    expect(added.size).toBeGreaterThan(0);
    expect(hits.length).toBe(5);
    expect(hits.every((hit) => added.has(hit.id) || hit.alsoAt.some((place) => added.has(place.id)))).toBe(true);
  });
});
