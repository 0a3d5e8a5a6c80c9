/**
 * Floors on the v4–v16 judged sets, which have each been scored once as held-out sets (README, "Measured") and
 * are development sets since: just below their measured nDCG@10 and Recall@100, so that a change that loses what the
 * product finds over sixteen reports fails here. v4 was tuned on after its scoring (0.573 → 0.751); v5 was scored
 * once at 0.739 and not tuned on; v6 was scored once at 0.706 / 0.788; v7 once at 0.533 / 0.680 (2026-12-03), then
 * 0.574 / 0.731 after the vocabulary its empty queries pointed at; v8 once at 0.509 / 0.651 (2026-12-03, written
 * by a helper who opened no search code and ran no search); v9 once at 0.646 / 0.663 (2026-12-07, written the same way),
 * then 0.652 after ministries and years named in a query became filters and 0.704 / 0.727 after the words its
 * zero-result synonym queries pointed at (化粧室, パネルディスカッション, 手記, タイムカード); v10 once at 0.569 / 0.688 (2026-12-07,
 * after the coordination cap and nothing else of that stop's search work; plain kuromoji + MiniSearch 0.393, no scheme 0.557),
 * then 0.606 / 0.751 after a query's 「…の取組の年度ごとの変化」 and 大項目 names became its scope (v9 0.723 / 0.752);
 * v11 once at 0.630 / 0.745 (2026-12-07, after that scope; plain 0.457 / 0.599, no scheme 0.567 / 0.678), then 0.652 /
 * 0.763 after a bare 「…の取組の変化」 and a concept label with no other label (育児時間) were read as units, and 0.665 /
 * 0.789 after the everyday words of the concept scheme (育休明け, 働きすぎ, 残業代 …), which moved v7's Recall@100 from
 * 0.769 to 0.759 (管理職同士の意見交換の場 0.875 → 0.625) while v10 rose 0.014 and v11 0.013: v7's recall floor is 0.75 since;
 * v12 once at 0.663 / 0.705 (2026-12-07, at the end of that stop's search work; plain 0.449 / 0.562, no scheme 0.547 / 0.581).
 * At the next stop, change tags said in words became the tag filter, 歩み and the like across-years wording, and the
 * scheme took 589 everyday labels written from the reports: v8 0.746 / 0.827, v10 0.647 / 0.777, v11 0.704 / 0.821, v12
 * 0.718 / 0.770 (its two cross-year queries on tags were what showed that gap, so v12 is tuned on there); v13 once at
 * 0.571 / 0.668 (2026-12-07, at the end of that stop's search work; plain 0.358 / 0.557, no scheme 0.470 / 0.613),
 * then 0.607 / 0.705 after the next stop read R4 as a year and took the labels its empty queries pointed at (抜擢,
 * トライアル); v14 once at 0.591 / 0.639 (2026-12-07, at the end of that stop's search work; plain 0.431 / 0.535, no
 * scheme 0.517 / 0.562), then 0.622 / 0.669 after homophones of printed words with no character in common were read for
 * a query that finds nothing (検収 → 研修). The next stop (2026-12-08) read compounds as typed, light heads after への,
 * 広がり and short-reading slips, asked-which-ministry and lineage cues, and searched a row's results with its row context:
 * v10 0.661 / 0.776, v11 0.714 / 0.821, v12 0.749 / 0.786, v13 0.684 / 0.751, v14 0.693 / 0.701, none lower; v15 was
 * then scored once at 0.572 / 0.678 (plain 0.441 / 0.600, no scheme 0.592 / 0.687), and 0.605 / 0.697 after a bare 変化
 * said last in a query that found nothing was read as asking across years, and 0.637 / 0.704 after the lineage read
 * target rows that did not move and 【新規】 expanded the next year. The stop after (2026-12-08) read one word typed as
 * typed (×1.5 above its synonyms), a measure said last, compound homophones (超過勤務次官), record intents (what a
 * record's columns hold) and intents placed above every other match: v13 0.707 / 0.755, v14 0.730 / 0.734, v15 0.704 /
 * 0.735; v16 was then scored once at 0.627 / 0.683 (plain 0.345 / 0.547, no scheme 0.507 / 0.571).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import { projectRoot } from '../../src/domain/paths';
import { engineOver } from './quality-engine';
import { JudgedQuery, JudgedSet, evaluateSet, formatSetEvaluation, loadCorpus } from './v2/judged-set';

const AnySet = JudgedSet.extend({ queries: z.array(JudgedQuery) });

const FLOORS = [
  { file: 'tests/quality/v4/queries.json', ndcg: 0.76, recall: 0.81 },
  { file: 'tests/quality/v5/queries.json', ndcg: 0.78, recall: 0.78 },
  { file: 'tests/quality/v6/queries.json', ndcg: 0.79, recall: 0.82 },
  { file: 'tests/quality/v7/queries.json', ndcg: 0.62, recall: 0.75 },
  { file: 'tests/quality/v8/queries.json', ndcg: 0.73, recall: 0.82 },
  { file: 'tests/quality/v9/queries.json', ndcg: 0.71, recall: 0.74 },
  { file: 'tests/quality/v10/queries.json', ndcg: 0.65, recall: 0.765 },
  { file: 'tests/quality/v11/queries.json', ndcg: 0.7, recall: 0.81 },
  { file: 'tests/quality/v12/queries.json', ndcg: 0.735, recall: 0.775 },
  { file: 'tests/quality/v13/queries.json', ndcg: 0.69, recall: 0.74 },
  { file: 'tests/quality/v14/queries.json', ndcg: 0.71, recall: 0.71 },
  { file: 'tests/quality/v15/queries.json', ndcg: 0.69, recall: 0.72 },
  { file: 'tests/quality/v16/queries.json', ndcg: 0.61, recall: 0.67 },
];

describe.each(FLOORS)('judged set $file (scored, now a development set)', ({ file, ndcg, recall }) => {
  test(`the product stays above nDCG@10 ${ndcg} and Recall@100 ${recall} over its answerable queries`, async () => {
    const set = AnySet.parse(JSON.parse(readFileSync(join(projectRoot(), file), 'utf8')));
    const initiatives = await loadCorpus(set);

    const evaluation = evaluateSet(engineOver(initiatives, await createAnalyzer()), set, initiatives, 'all');
    console.log(formatSetEvaluation(file, evaluation));

    expect(evaluation.overall.ndcg).toBeGreaterThanOrEqual(ndcg);
    expect(evaluation.overall.recall).toBeGreaterThanOrEqual(recall);
  });
});
