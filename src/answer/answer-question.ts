/**
 * Question answering: reads a Japanese question (kind, subject, ministry and year), finds the metric, row or
 * statements that answer it, and returns a short answer with its sources and a confidence — or abstains
 * (answer null) when the evidence is weak or the answer would state a number its sources do not print.
 */
import { AppError } from '../domain/errors';
import type { SearchEngine } from '../query/types';
import type { AnswerContext, Draft } from './answer-context';
import { answerCount } from './answer-count';
import { answerMetricMet, answerMetricValue } from './answer-metric';
import { answerStatus } from './answer-status';
import { answerWhat } from './answer-what';
import { answerWhen } from './answer-when';
import { classifyQuestion } from './classify-question';
import { findDates } from './japanese-dates';
import { unsupportedNumbers } from './number-guard';
import { readQuestionScope } from './question-scope';
import { buildSubjectMatcher, normalizeForMatch } from './relevance';
import { preparedInitiatives, unitWeigher } from './retrieve-candidates';
import type { Answer, AnswerSource, QuestionKind } from './types';

/** Below this confidence the answer is null (「資料からは分かりません」); set from the question set in tests/answer. */
export const ABSTAIN_BELOW = 0.5;
export const MAX_QUESTION_LENGTH = 200;
/** An answer of unknown kind is a guess at what was asked, so it must be surer of its evidence. */
const UNKNOWN_KIND_FACTOR = 0.8;

interface Corpus {
  ministries: string[];
  years: number[];
}

function readCorpus(engine: SearchEngine): Corpus {
  const facets = engine.facets();
  return {
    ministries: facets.ministry.map((f) => f.value),
    years: facets.year.map((f) => Number(f.value)).filter((year) => Number.isInteger(year)),
  };
}

function validateQuestion(question: unknown): string {
  if (typeof question !== 'string') throw new AppError('INVALID_INPUT', 'question: must be text', { field: 'q' });
  const trimmed = question.trim();
  if (trimmed === '') throw new AppError('INVALID_INPUT', 'question: must not be empty', { field: 'q' });
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    throw new AppError('INVALID_INPUT', `question: ${trimmed.length} characters, at most ${MAX_QUESTION_LENGTH}`, { field: 'q' });
  }
  return trimmed;
}

function draftFor(context: AnswerContext): Draft | null {
  switch (context.shape.kind) {
    case 'metric': return answerMetricValue(context);
    case 'met': return answerMetricMet(context);
    case 'status': return orStatements(answerStatus(context), context);
    case 'when': return answerWhen(context);
    case 'count': return answerCount(context);
    case 'what': return answerWhat(context);
    case 'unknown': {
      const draft = answerWhat(context);
      return draft && { ...draft, confidence: draft.confidence * UNKNOWN_KIND_FACTOR };
    }
  }
}

/**
 * 「テレワークは実施している？」 names no row of the template, but statements may say what was done: when no row title
 * matches well enough, the statements answer instead (as a what-answer).
 */
function orStatements(status: Draft | null, context: AnswerContext): Draft | null {
  if (status && status.confidence >= ABSTAIN_BELOW) return status;
  const statements = answerWhat(context);
  return statements && statements.confidence >= ABSTAIN_BELOW ? { ...statements, kind: 'what' } : status;
}

/** The ministry and year every source shares, when the corpus holds several; otherwise undefined. */
function sharedScope(sources: AnswerSource[], corpus: Corpus): Answer['scope'] {
  if (corpus.ministries.length <= 1 && corpus.years.length <= 1) return undefined;
  const [first] = sources;
  const agree = first && sources.every((s) => s.ministry === first.ministry && s.fiscalYear === first.fiscalYear);
  return agree ? { ministry: first.ministry, fiscalYear: first.fiscalYear } : undefined;
}

function abstain(question: string, kind: QuestionKind, confidence: number): Answer {
  return { question, kind, answer: null, confidence, sources: [] };
}

/**
 * A reporting ministry the corpus has no report of — unless the reports mention it (国税庁経験者採用試験, 人事院主催):
 * then the question is about that mention, not about the ministry's own report.
 */
function isForeignMinistry(engine: SearchEngine, name: string | null): boolean {
  if (name === null) return false;
  const normalized = normalizeForMatch(name);
  return !preparedInitiatives(engine).some((p) => p.full.text.includes(normalized));
}

function withoutDates(text: string): string {
  return findDates(text).reduceRight((rest, date) => `${rest.slice(0, date.start)} ${rest.slice(date.end)}`, text);
}

function synonymsOf(engine: SearchEngine, subject: string): { surface: string; alternatives: string[] }[] {
  if (subject === '') return [];
  return engine.analyze(subject).clauses.map((clause) => ({
    surface: clause.surface,
    alternatives: clause.alternatives.map((alternative) => alternative.surface),
  }));
}

function buildContext(engine: SearchEngine, question: string, corpus: Corpus): { context: AnswerContext; foreign: boolean } {
  const scope = readQuestionScope(question, corpus.ministries);
  const dates = findDates(question);
  // Dates select a metric's period (periodDates), so they are no part of what the subject must match.
  const shape = classifyQuestion(withoutDates(scope.rest));
  const yearInCorpus = scope.fiscalYear === null || corpus.years.includes(scope.fiscalYear);
  // A year the corpus has no report for can still be a metric's period (「平成26年度の取得率は？」), and nothing else.
  const periodRequired = !yearInCorpus;
  const context: AnswerContext = {
    engine,
    question,
    shape,
    scope: { ministry: scope.ministry, fiscalYear: yearInCorpus ? scope.fiscalYear : null },
    matcher: buildSubjectMatcher(shape.subject, synonymsOf(engine, shape.subject), unitWeigher(engine)),
    query: shape.subject,
    periodDates: dates.filter((date) => !(yearInCorpus && date.text === scope.fiscalYearText)),
    periodRequired,
  };
  const foreign = isForeignMinistry(engine, scope.foreignMinistry) || (periodRequired && shape.kind !== 'metric');
  return { context, foreign };
}

/**
 * Answers a question from the engine's reports, or abstains.
 * @example answerQuestion(engine, '『男の産休』取得率の目標設定時の値は？').answer // '目標設定時：59.2%（平成26年度）'
 * @throws AppError INVALID_INPUT when the question is not text, empty or longer than MAX_QUESTION_LENGTH
 */
export function answerQuestion(engine: SearchEngine, question: string): Answer {
  const text = validateQuestion(question);
  const corpus = readCorpus(engine);
  const { context, foreign } = buildContext(engine, text, corpus);
  if (foreign) return abstain(text, context.shape.kind, 0);
  const draft = draftFor(context);
  const kind = draft?.kind ?? context.shape.kind;
  if (!draft || draft.confidence < ABSTAIN_BELOW) return abstain(text, kind, draft?.confidence ?? 0);
  const scope = sharedScope(draft.sources, corpus);
  const answer = scope ? `［${scope.ministry}・${scope.fiscalYear}年度］${draft.answer}` : draft.answer;
  if (unsupportedNumbers(answer, draft.sources).length > 0) return abstain(text, kind, 0);
  return { question: text, kind, answer, confidence: round(draft.confidence), sources: draft.sources, ...(scope ? { scope } : {}) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
