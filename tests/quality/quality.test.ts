/**
 * Search quality on the judged queries over the seed: nDCG@10 and Recall@10 for the torikumi analyser,
 * printed next to the plain-kuromoji and bigram baselines. Floors sit just below the measured figures.
 */
import { createBigramAnalyzer, createPlainKuromojiAnalyzer } from '../../src/analysis/baseline-analyzers';
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { Initiative } from '../../src/domain/types';
import { evaluate, formatEvaluation, type Evaluation } from './evaluate';
import { JUDGMENTS } from './judgments';
import { engineOver, seedInitiatives } from './quality-engine';

const FLOOR = { ndcg: 0.93, recall: 0.89 };

let initiatives: Initiative[];
let ours: Evaluation;
beforeAll(async () => {
  initiatives = await seedInitiatives();
  ours = evaluate(engineOver(initiatives, await createAnalyzer()), JUDGMENTS, initiatives);
});

describe('search quality on the seed report', () => {
  test('judgments › the set has at least 30 queries and every judged substring names one statement', () => {
    expect(JUDGMENTS.length).toBeGreaterThanOrEqual(30);
    expect(ours.perQuery).toHaveLength(JUDGMENTS.length);
  });

  test('torikumi analyser › nDCG@10 and Recall@10 stay above the floors set from the measured baseline', () => {
    const weakest = [...ours.perQuery].sort((a, b) => a.ndcg - b.ndcg).slice(0, 8);
    console.log(
      [
        formatEvaluation('torikumi', ours),
        'weakest queries:',
        ...weakest.map((q) => `  ${q.query} (${q.kind}): nDCG ${q.ndcg.toFixed(2)} R ${q.recall.toFixed(2)}`),
      ].join('\n'),
    );

    expect(ours.ndcg).toBeGreaterThanOrEqual(FLOOR.ndcg);
    expect(ours.recall).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  test('baselines › the torikumi analyser beats plain kuromoji and bigrams on nDCG@10', async () => {
    const plain = evaluate(engineOver(initiatives, await createPlainKuromojiAnalyzer()), JUDGMENTS, initiatives);
    const bigram = evaluate(engineOver(initiatives, await createBigramAnalyzer()), JUDGMENTS, initiatives);
    console.log([formatEvaluation('torikumi', ours), formatEvaluation('plain kuromoji', plain), formatEvaluation('bigram', bigram)].join('\n'));

    expect(ours.ndcg).toBeGreaterThan(plain.ndcg);
    expect(ours.ndcg).toBeGreaterThan(bigram.ndcg);
  });
});
