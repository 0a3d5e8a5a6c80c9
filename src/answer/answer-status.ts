/**
 * Status answers: 「…の実施状況は？」 → 実施 / 実施未定 of the row the question names, with the reason (column B)
 * when the ministry chose 実施未定.
 */
import type { AnswerContext, Draft } from './answer-context';
import { sourceOf } from './answer-context';
import type { Initiative } from '../domain/types';
import { preparedInScope, retrieveCandidates, type Candidate } from './retrieve-candidates';

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
  // 「…を全国的な制度として入れているのでしょうか」: what the row's statements say was done is the answer's substance; the
  // title only names the template's row.
  const done = initiative.status === '実施' ? statementsOfRow(context, initiative).slice(0, MAX_STATEMENTS_QUOTED) : [];
  const said = done.length > 0 ? `：${done.map((s) => s.text).join(' ／ ')}` : '';
  const answer = `${initiative.status}${reason} — ${initiative.rowTitle}${said}`;
  const ownText = done.some((d) => d.id === initiative.id) ? initiative.text : '';
  const quoted = [initiative.rowTitle, `実施状況：${initiative.status}`, initiative.reason ? `理由：${initiative.reason}` : '', ownText]
    .filter((part) => part !== '')
    .join(' ');
  return {
    answer,
    confidence: best.score,
    sources: [sourceOf(initiative, quoted), ...done.filter((s) => s.id !== initiative.id).map((s) => sourceOf(s, s.text))],
  };
}

/** At most this many of a row's statements are quoted after its status. */
const MAX_STATEMENTS_QUOTED = 3;

/** The statements of a record's row, in the order printed (read from its own report: rowKey names one report's row). */
export function statementsOfRow(context: Pick<AnswerContext, 'engine'>, of: Initiative): Initiative[] {
  return preparedInScope(context.engine, { ministry: of.ministry, fiscalYear: of.fiscalYear })
    .map((p) => p.initiative)
    .filter((i, at, all) => i.rowKey === of.rowKey && i.kind === 'statement' && all.findIndex((o) => o.id === i.id) === at)
    .sort((a, b) => a.position - b.position);
}
