/**
 * How-many answers: a count with its counter from the statement that best matches the question
 * (「税関の選考採用試験で女性を何名中途採用した？」 → 13名（女性13名を中途採用した）), with what it counts.
 */
import type { AnswerContext, Draft } from './answer-context';
import { sourceOf } from './answer-context';
import { clauseAround, sentencesOf } from './text-spans';
import { findDates } from './japanese-dates';
import { findNumbers, type FoundNumber } from './japanese-numbers';
import { coverage, normalizeForMatch } from './relevance';
import { retrieveCandidates } from './retrieve-candidates';

/** Counters that answer a question asking for another spelling: 何人 is answered by 名 and the other way round. */
const SAME_COUNTER: Record<string, string[]> = { 名: ['名', '人'], 人: ['名', '人'] };
/** Units that are not counts, for questions that name no counter (いくつ). */
const NOT_COUNTS = new Set(['', '年', '%', 'ポイント']);

function countsFor(counter: string | null): (n: FoundNumber) => boolean {
  if (counter === null) return (n) => !NOT_COUNTS.has(n.unit);
  const accepted = SAME_COUNTER[counter] ?? [counter];
  return (n) => accepted.includes(n.unit);
}

/** Counts in a text outside its dates (「令和2年」 is a date, not a count of years). */
function countsIn(text: string, accepts: (n: FoundNumber) => boolean): FoundNumber[] {
  const dates = findDates(text);
  return findNumbers(text).filter((n) => accepts(n) && !dates.some((d) => n.start < d.end && n.end > d.start));
}

interface ScoredCount {
  count: FoundNumber;
  clause: string;
  score: number;
}

/**
 * Each count scored by the subject coverage of its sentence and of its own clause, equally: a sentence about the
 * subject may hold a count of something else (「超過勤務の縮減…集中タイム(一日1時間)」 is no limit on overtime).
 */
function scoredCounts(text: string, context: AnswerContext, accepts: (n: FoundNumber) => boolean): ScoredCount[] {
  return sentencesOf(text).flatMap((sentence) => {
    const sentenceScore = coverage(context.matcher, normalizeForMatch(sentence.text));
    return countsIn(sentence.text, accepts).map((count) => {
      const clause = clauseAround(sentence.text, count.start, count.end);
      const clauseScore = coverage(context.matcher, normalizeForMatch(clause));
      return { count, clause, score: (sentenceScore + clauseScore) / 2 };
    });
  });
}

/** Counts this close to the best are equally good answers (「女性職員の中途採用は何名？」: 13名 and 46名), up to MAX_COUNTS. */
const TIE = 0.02;
const MAX_COUNTS = 3;
/** Candidates whose counts are weighed: the best few, since a count's own clause can outrank its statement's rank. */
const CANDIDATES_WEIGHED = 5;

/** Answers a how-many question; null when no matching statement prints a count with the counter asked for. */
export function answerCount(context: AnswerContext): Draft | null {
  const accepts = countsFor(context.shape.counter);
  const candidates = retrieveCandidates(context.engine, context.query, context.matcher, context.scope, (p) => p.counts.some(accepts));
  const ranked = candidates
    .slice(0, CANDIDATES_WEIGHED)
    .flatMap((candidate) =>
      scoredCounts(candidate.initiative.text, context, accepts).map((scored) => ({
        ...scored,
        candidate,
        confidence: (candidate.relevance + scored.score) / 2,
      })),
    )
    .sort((a, b) => b.confidence - a.confidence);
  const [best] = ranked;
  if (!best) return null;
  const chosen = ranked
    .filter((r) => r.confidence >= best.confidence - TIE && r.candidate.initiative.ministry === best.candidate.initiative.ministry)
    .filter((r, i, all) => all.findIndex((o) => o.clause === r.clause) === i)
    .slice(0, MAX_COUNTS);
  return {
    answer: chosen.map((r) => `${r.count.text}（${r.clause}）`).join('／'),
    confidence: best.confidence,
    sources: [...new Set(chosen.map((r) => r.candidate.initiative))].map((initiative) => sourceOf(initiative)),
  };
}
