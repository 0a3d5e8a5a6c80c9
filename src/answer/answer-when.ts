/**
 * When answers: the date printed in the statement that best matches the question (「保育所はいつ開設した？」 →
 * 2020年4月), normalised and as printed, with the clause it stands in.
 */
import type { AnswerContext, Draft } from './answer-context';
import { sourceOf } from './answer-context';
import { clauseAround, sentencesOf } from './text-spans';
import { describeDate, findDates, type JapaneseDate } from './japanese-dates';
import { coverage, normalizeForMatch } from './relevance';
import { retrieveCandidates } from './retrieve-candidates';

interface DatedSentence {
  date: JapaneseDate;
  clause: string;
  score: number;
}

/** Dates of a statement's sentences, each scored by how much of the subject its sentence covers. */
function datedSentences(text: string, context: AnswerContext): DatedSentence[] {
  return sentencesOf(text).flatMap((sentence) => {
    const score = coverage(context.matcher, normalizeForMatch(sentence.text));
    return findDates(sentence.text).map((date) => ({
      date,
      clause: clauseAround(sentence.text, date.start, date.end),
      score,
    }));
  });
}

/** Answers a when-question; null when no statement that matches the subject prints a date. */
export function answerWhen(context: AnswerContext): Draft | null {
  const [best] = retrieveCandidates(context.engine, context.query, context.matcher, context.scope, (p) => p.dates.length > 0);
  if (!best) return null;
  const [dated] = datedSentences(best.text, context).sort((a, b) => b.score - a.score);
  if (!dated) return null;
  // A sentence that covers the subject less than the statement does is weaker evidence that its date is the one asked.
  const confidence = (best.relevance + dated.score) / 2;
  return {
    answer: `${describeDate(dated.date)} — ${dated.clause}`,
    confidence,
    sources: [sourceOf(best.initiative, best.text, best.field)],
  };
}
