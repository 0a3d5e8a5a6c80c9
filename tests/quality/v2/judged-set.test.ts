/**
 * The v2 judged set is well-formed over its corpus, and the product's and the plain baseline's dev figures are printed.
 * No quality floor here on purpose: floors are set by the lead after tuning, and the held-out half is scored once, at the end.
 */
import { createPlainKuromojiAnalyzer } from '../../../src/analysis/baseline-analyzers';
import { createAnalyzer } from '../../../src/analysis/create-analyzer';
import type { Initiative } from '../../../src/domain/types';
import type { SearchHit } from '../../../src/query/types';
import { engineOver } from '../quality-engine';
import {
  QUERY_KINDS,
  evaluateSet,
  formatSetEvaluation,
  loadCorpus,
  loadJudgedSet,
  matchKey,
  resolveJudgments,
  scoreHits,
  type JudgedSet,
} from './judged-set';

let set: JudgedSet;
let initiatives: Initiative[];
beforeAll(async () => {
  set = loadJudgedSet();
  initiatives = await loadCorpus(set);
});

describe('v2 judged set › the file', () => {
  test('every judged key names exactly one statement of the corpus (identical copies count as one)', () => {
    const bad = set.queries.flatMap((q) =>
      q.relevant.filter((j) => new Set(matchKey(j, initiatives).map((i) => i.text)).size !== 1).map((j) => `${q.id} ${j.file} 「${j.text}」`),
    );

    expect(bad).toEqual([]);
  });

  test('every kind has at least 8 answerable queries in both splits, and 5 to 8 queries expect none', () => {
    const answerable = set.queries.filter((q) => !q.expectNone);

    for (const kind of QUERY_KINDS) {
      const ofKind = answerable.filter((q) => q.kind === kind);
      expect({ kind, count: ofKind.length >= 8 }).toEqual({ kind, count: true });
      expect(new Set(ofKind.map((q) => q.split))).toEqual(new Set(['dev', 'heldout']));
    }
    const none = set.queries.filter((q) => q.expectNone);
    expect(none.length).toBeGreaterThanOrEqual(5);
    expect(none.length).toBeLessThanOrEqual(8);
  });

  test('the split alternates in file order within each kind and among the queries expecting none (dev, heldout, dev …)', () => {
    const groups = new Map<string, string[]>();
    for (const q of set.queries) {
      const group = q.expectNone ? 'expect-none' : q.kind;
      groups.set(group, [...(groups.get(group) ?? []), q.split]);
    }

    for (const splits of groups.values()) expect(splits).toEqual(splits.map((_, i) => (i % 2 === 0 ? 'dev' : 'heldout')));
  });

  test('ids and query texts are unique, and the corpus holds at least three reports', () => {
    expect(new Set(set.queries.map((q) => q.id)).size).toBe(set.queries.length);
    expect(new Set(set.queries.map((q) => q.query)).size).toBe(set.queries.length);
    expect(new Set(initiatives.map((i) => i.reportId)).size).toBeGreaterThanOrEqual(3);
  });
});

describe('v2 judged set › scoring', () => {
  const hit = (id: string, alsoAt: string[] = []) => ({ id, alsoAt: alsoAt.map((other) => ({ id: other })) }) as unknown as SearchHit;

  test('scoreHits › a ranking in grade order scores nDCG 1, and a folded copy counts for its unit once', () => {
    const units = [
      { ids: new Set(['a', 'a2']), grade: 3 },
      { ids: new Set(['b']), grade: 1 },
    ];

    expect(scoreHits([hit('a2', ['a']), hit('b')], units)).toEqual({ ndcg: 1, recall: 1 });
    expect(scoreHits([hit('a'), hit('a2'), hit('x')], units).recall).toBe(0.5);
    expect(scoreHits([hit('b'), hit('a')], units).ndcg).toBeLessThan(1);
  });

  test('resolveJudgments › keys of one statement repeated across years merge into one unit at the higher grade', () => {
    const text = '年次休暇の計画表を四半期ごとに作成し、計画的な取得を促した。';
    const query = {
      id: 'cy-99',
      query: '年次休暇',
      kind: 'cross-year' as const,
      split: 'dev' as const,
      relevant: [
        { file: 'test-ministry-r2.txt', text, grade: 2 as const },
        { file: 'kakuu-cho-r3.txt', text, grade: 3 as const },
      ],
    };

    const units = resolveJudgments(query, initiatives);

    expect(units).toHaveLength(1);
    expect(units[0]!.grade).toBe(3);
    expect(units[0]!.ids.size).toBe(5);
  });

  test('dev split › prints nDCG@10 and Recall@100 per kind for the product and the plain-kuromoji baseline (no floor)', async () => {
    const product = evaluateSet(engineOver(initiatives, await createAnalyzer()), set, initiatives, 'dev');
    const plain = evaluateSet(engineOver(initiatives, await createPlainKuromojiAnalyzer()), set, initiatives, 'dev');
    console.log([formatSetEvaluation('torikumi (product)', product), formatSetEvaluation('plain kuromoji', plain)].join('\n\n'));

    expect(product.perQuery.length).toBe(set.queries.filter((q) => q.split === 'dev' && !q.expectNone).length);
  });
});
