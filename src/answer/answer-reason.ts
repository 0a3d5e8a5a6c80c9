/**
 * Reason answers: 「…はなぜ実施未定か」 → column B of the row the question names, from the rows the report left 実施未定.
 */
import type { AnswerContext, Draft } from './answer-context';
import { sourceOf } from './answer-context';
import { coverage, normalizeForMatch } from './relevance';
import { retrieveCandidates, type Candidate } from './retrieve-candidates';

/** A reason question names the row by its title; the reason's own words only back it up. */
const TITLE_WEIGHT = 0.7;

function rowScore(candidate: Candidate): number {
  return TITLE_WEIGHT * candidate.titleRelevance + (1 - TITLE_WEIGHT) * candidate.relevance;
}

/** How much of the subject a row's own title (not its item's) must hold when the question asks for the row itself. */
const ITSELF_COVERAGE = 0.9;

/**
 * Answers a reason question from the best-matching 実施未定 row that gives a reason; null when none matches. A question
 * asking for the item itself (「超過勤務の縮減の徹底」そのもの／自体) is not answered by a row under that item.
 */
export function answerReason(context: AnswerContext): Draft | null {
  const itself = /そのもの|自体/.test(context.question);
  const [best] = retrieveCandidates(
    context.engine,
    context.query,
    context.matcher,
    context.scope,
    (p) => p.initiative.status === '実施未定' && p.initiative.reason !== null,
  )
    .map((candidate) => ({ candidate, score: rowScore(candidate), own: coverage(context.matcher, normalizeForMatch(candidate.initiative.rowTitle)) }))
    .filter(({ own }) => !itself || own >= ITSELF_COVERAGE)
    // Equal scores: the row that is itself what the question names (超過勤務の縮減の徹底) before a row under that item.
    .sort((a, b) => b.score - a.score || b.own - a.own);
  if (!best) return null;
  const { initiative } = best.candidate;
  const reason = initiative.reason ?? '';
  return {
    answer: `${reason}（${initiative.rowTitle}：実施未定）`,
    confidence: best.score,
    sources: [sourceOf(initiative, `${initiative.rowTitle} 実施状況：実施未定 理由：${reason}`, 'reason')],
  };
}
