/**
 * Floors on the v2 judged set's dev split, just below the figures measured after tuning (issue 10): per kind and
 * overall for the product, which must also beat plain kuromoji + MiniSearch and itself without the concept scheme.
 * Only the dev split is read here; the held-out half is scored once, by hand, at the end of a tuning round.
 */
import { createPlainKuromojiAnalyzer } from '../../../src/analysis/baseline-analyzers';
import { parseConceptScheme } from '../../../src/analysis/concept-scheme';
import { createAnalyzer } from '../../../src/analysis/create-analyzer';
import type { Initiative } from '../../../src/domain/types';
import { engineOver } from '../quality-engine';
import {
  QUERY_KINDS,
  evaluateSet,
  formatSetEvaluation,
  loadCorpus,
  loadJudgedSet,
  type JudgedSet,
  type QueryKind,
  type SetEvaluation,
} from './judged-set';

/**
 * Measured on dev after tuning: 0.987 0.826 0.736 0.712 0.963 0.784 0.963, overall 0.852 (Recall@100 0.890); after the
 * scheme's second round (more of the field's vocabulary, narrower concepts at every depth): 0.987 0.910 0.736 0.733
 * 0.963 0.827 0.969, overall 0.875 (Recall@100 0.892).
 */
const NDCG_FLOOR: Record<QueryKind | 'overall', number> = {
  exact: 0.97,
  synonym: 0.88,
  abbreviation: 0.72,
  concept: 0.71,
  'typo-kana': 0.94,
  question: 0.8,
  'cross-year': 0.94,
  overall: 0.86,
};
const RECALL_FLOOR = 0.87;

/** The product's analyser with a scheme of one concept no report names: expansion by Sudachi synonyms only. */
function withoutScheme() {
  return createAnalyzer({ concepts: parseConceptScheme({ topics: ['なし'], concepts: [{ id: 'none', prefLabel: '該当概念なし' }] }) });
}

let set: JudgedSet;
let initiatives: Initiative[];
let product: SetEvaluation;
beforeAll(async () => {
  set = loadJudgedSet();
  initiatives = await loadCorpus(set);
  product = evaluateSet(engineOver(initiatives, await createAnalyzer()), set, initiatives, 'dev');
});

describe('v2 judged set › dev floors', () => {
  test('the product stays above the nDCG@10 floor of every kind and overall, and above the Recall@100 floor', () => {
    console.log(formatSetEvaluation('torikumi (product)', product));

    for (const kind of QUERY_KINDS) expect({ kind, ndcg: product.perKind[kind].ndcg >= NDCG_FLOOR[kind] }).toEqual({ kind, ndcg: true });
    expect(product.overall.ndcg).toBeGreaterThanOrEqual(NDCG_FLOOR.overall);
    expect(product.overall.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  test('no answerable dev query returns nothing', () => {
    expect(product.emptyAnswerable.map((result) => result.query)).toEqual([]);
  });

  test('an unspaced compound whose head no statement holds is not searched by its parts: 3 of the 4 expect-none dev queries return nothing', () => {
    expect(product.expectNone.empty).toBeGreaterThanOrEqual(3);
  });

  test('the product beats plain kuromoji + MiniSearch and itself without the concept scheme, overall and on synonym and concept queries', async () => {
    const plain = evaluateSet(engineOver(initiatives, await createPlainKuromojiAnalyzer()), set, initiatives, 'dev');
    const noScheme = evaluateSet(engineOver(initiatives, await withoutScheme()), set, initiatives, 'dev');
    console.log([formatSetEvaluation('plain kuromoji', plain), formatSetEvaluation('without the concept scheme', noScheme)].join('\n\n'));

    for (const other of [plain, noScheme]) {
      expect(product.overall.ndcg).toBeGreaterThan(other.overall.ndcg);
      expect(product.perKind.synonym.ndcg).toBeGreaterThan(other.perKind.synonym.ndcg);
      expect(product.perKind.concept.ndcg).toBeGreaterThan(other.perKind.concept.ndcg);
    }
  });
});
