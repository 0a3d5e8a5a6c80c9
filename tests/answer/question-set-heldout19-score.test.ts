/**
 * Scores issue 12's nineteenth held-out set (question-set-heldout19.json, sixteen reports, written by a helper that
 * read only the reports, the ingest code and the earlier sets' questions, ran nothing of the system and saw no answer
 * code) on the answer engine. Scored once, held out (README, "Measured"); having been scored, it is a development set
 * now, and the floors hold its result.
 */
import { describeScoredSet } from './question-set-scoring';

/**
 * Scored once on 2026-12-08, at the end of that stop's answer work and before any work on this set: 33/60 right (14 of
 * the 36 answerable, 19 of the 24 it cannot answer) — the ninth fresh set in a row at about half. Worked on at the next
 * stop as a development set (reports a condition selects, results figures that moved or first appeared, targets that
 * did not move, rankings that swapped, names and anonymity no report gives): 48/60, 22/24 abstentions, 17/19 confident,
 * 5 strays.
 */
const ACCURACY_FLOOR = 0.78;
/** 22/24 correct abstentions (19/24 when scored once). */
const ABSTENTION_RECALL_FLOOR = 0.9;
/** Answers with a source outside the reports the question names: ten when scored once, five since. */
const MAX_STRAY_ANSWERS = 5;
/** Of the answers given at confidence ≥ 0.8, the share right: 7/16 when scored once, 17/19 since (target: 0.9). */
const CONFIDENT_PRECISION_FLOOR = 0.85;

describeScoredSet('answerQuestion on question-set-heldout19.json (corpus all; scored once, held out)', {
  file: 'question-set-heldout19.json',
  corpus: 'all',
  accuracy: ACCURACY_FLOOR,
  abstentions: ABSTENTION_RECALL_FLOOR,
  confidentPrecision: CONFIDENT_PRECISION_FLOOR,
  maxStrays: MAX_STRAY_ANSWERS,
});
