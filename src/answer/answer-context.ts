/** What every kind of answer works from, and what it hands back before the guard and the threshold. */
import type { Initiative } from '../domain/types';
import type { SearchEngine } from '../query/types';
import type { QuestionShape } from './classify-question';
import type { SubjectMatcher } from './relevance';
import type { Scope } from './retrieve-candidates';
import type { AnswerSource } from './types';

export interface AnswerContext {
  engine: SearchEngine;
  question: string;
  shape: QuestionShape;
  /** The ministry / year filter read from the question. */
  scope: Scope;
  /** The subject's matcher (with the analyser's synonyms). */
  matcher: SubjectMatcher;
  /** The subject as a search query. */
  query: string;
}

/** An answer before the number guard and the abstention threshold. */
export interface Draft {
  answer: string;
  /** 0..1 */
  confidence: number;
  sources: AnswerSource[];
}

/** A source quoting an initiative; `text` defaults to the initiative's own text. */
export function sourceOf(initiative: Initiative, text: string = initiative.text): AnswerSource {
  return { id: initiative.id, text, ministry: initiative.ministry, fiscalYear: initiative.fiscalYear };
}
