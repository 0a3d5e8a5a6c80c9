/**
 * Scores issue 12's third held-out set (question-set-heldout3.json) on the answer engine. It was scored once, held
 * out, at 38/50 (then 40/50 once questions naming two ministries or two years were answered); the misses were the
 * kinds of question fixed since — per-ministry lists and counts naming no ministry, 「新規で始めた」 lists, amounts
 * asked without 何 (…で減らした作業時間は？, 参加者数は？), a compound row name (男の産休取得率) in a change, and
 * abstentions for changes and counts that did not name the reports holding the figure. Having been looked at, it is
 * a development set now: these floors, set just below its measured result (50/50), keep the fixes from regressing.
 */
import { numbersMissingFromSources } from './answer-engine';
import { describeScoredSet } from './question-set-scoring';

describeScoredSet(
  'answerQuestion on question-set-heldout3.json (corpus years; a development set since it was scored)',
  { file: 'question-set-heldout3.json', corpus: 'years', accuracy: 0.95, abstentions: 0.95, confidentPrecision: 0.9, minConfident: 16, maxStrays: 0 },
  (results) => {
    it('when it answers, states only numbers printed in its sources', () => {
      const answered = results().filter((r) => r.answer.answer !== null);

      expect(
        answered
          .map((r): [string, string[]] => [r.question.question, numbersMissingFromSources(r.answer)])
          .filter(([, missing]) => missing.length > 0),
      ).toEqual([]);
    });

    it('when it answers, states each source’s year as the report prints it with the western year beside it', () => {
      const answered = results().filter((r) => r.answer.answer !== null);

      const unstated = answered.flatMap((r) =>
        r.answer.sources
          .map((s) => `${s.fiscalYearLabel ?? ''}（${s.fiscalYear}年度）`)
          .filter((year) => !(r.answer.answer ?? '').includes(year))
          .map((year) => `${r.question.question}: ${year}`),
      );
      expect(answered.length).toBeGreaterThan(25);
      expect(unstated).toEqual([]);
    });
  },
);
