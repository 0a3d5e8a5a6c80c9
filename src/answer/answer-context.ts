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

/** Splits a statement into sentences (ending with 。), keeping each sentence's offset in the statement. */
export function sentencesOf(text: string): { text: string; start: number }[] {
  const sentences: { text: string; start: number }[] = [];
  for (const match of text.matchAll(/[^。]+。?/g)) {
    if (match[0].trim() !== '') sentences.push({ text: match[0], start: match.index ?? 0 });
  }
  return sentences;
}

/** The clause around [start, end): from the previous 、 or sentence start to the sentence end, without the final 。. */
export function clauseAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('、', start - 1), text.lastIndexOf('。', start - 1)) + 1;
  const stop = text.indexOf('。', end);
  return text.slice(from, stop === -1 ? text.length : stop).trim();
}
