/**
 * Reason answers: 「…はなぜ実施未定か」 → column B of the row the question names, from the rows the report left 実施未定.
 */
import type { AnswerContext, Draft } from './answer-context';
import { sourceOf } from './answer-context';
import { retrieveCandidates, type Candidate } from './retrieve-candidates';

/** A reason question names the row by its title; the reason's own words only back it up. */
const TITLE_WEIGHT = 0.7;

function rowScore(candidate: Candidate): number {
  return TITLE_WEIGHT * candidate.titleRelevance + (1 - TITLE_WEIGHT) * candidate.relevance;
}

/** Answers a reason question from the best-matching 実施未定 row that gives a reason; null when none matches. */
export function answerReason(context: AnswerContext): Draft | null {
  const [best] = retrieveCandidates(
    context.engine,
    context.query,
    context.matcher,
    context.scope,
    (p) => p.initiative.status === '実施未定' && p.initiative.reason !== null,
  )
    .map((candidate) => ({ candidate, score: rowScore(candidate) }))
    .sort((a, b) => b.score - a.score);
  if (!best) return null;
  const { initiative } = best.candidate;
  const reason = initiative.reason ?? '';
  return {
    answer: `${reason}（${initiative.rowTitle}：実施未定）`,
    confidence: best.score,
    sources: [sourceOf(initiative, `${initiative.rowTitle} 実施状況：実施未定 理由：${reason}`, 'reason')],
  };
}
