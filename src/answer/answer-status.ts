/**
 * Status answers: 「…の実施状況は？」 → 実施 / 実施未定 of the row the question names, with the reason (column B)
 * when the ministry chose 実施未定.
 */
import type { AnswerContext, Draft } from './answer-context';
import { sourceOf } from './answer-context';
import { retrieveCandidates, type Candidate } from './retrieve-candidates';

/** A status question names the initiative by its title; its statements only back the title up. */
const TITLE_WEIGHT = 0.7;

function rowScore(candidate: Candidate): number {
  return TITLE_WEIGHT * candidate.titleRelevance + (1 - TITLE_WEIGHT) * candidate.relevance;
}

/**
 * A row of the status the question names (「ペーパーレス化が実施未定なのはどこ？」) this close to the best-matching row
 * answers instead: of two rows on one subject (ア 審議会…のペーパーレス化 実施, イ 定例会議…のペーパーレス化 実施未定), the
 * question asks about the one left 実施未定.
 */
const NAMED_STATUS_MARGIN = 0.1;

/** Answers a status question from the best-matching row that has a status; null when none matches. */
export function answerStatus(context: AnswerContext): Draft | null {
  const ranked = retrieveCandidates(
    context.engine,
    context.query,
    context.matcher,
    context.scope,
    (p) => p.initiative.status !== null && p.text === p.initiative.text,
  )
    .map((candidate) => ({ candidate, score: rowScore(candidate) }))
    .sort((a, b) => b.score - a.score);
  const [first] = ranked;
  const namedStatus = /実施未定/.test(context.question) ? '実施未定' : null;
  const ofNamedStatus = ranked.find((r) => r.candidate.initiative.status === namedStatus);
  const best = first && ofNamedStatus && ofNamedStatus.score >= first.score - NAMED_STATUS_MARGIN ? ofNamedStatus : first;
  if (!best) return null;
  const { initiative } = best.candidate;
  const reason = initiative.status === '実施未定' && initiative.reason ? `（理由：${initiative.reason}）` : '';
  const answer = `${initiative.status}${reason} — ${initiative.rowTitle}`;
  const quoted = [initiative.rowTitle, `実施状況：${initiative.status}`, initiative.reason ? `理由：${initiative.reason}` : '']
    .filter((part) => part !== '')
    .join(' ');
  return { answer, confidence: best.score, sources: [sourceOf(initiative, quoted)] };
}
