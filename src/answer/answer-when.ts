/**
 * When answers: the date printed in the statement that best matches the question (「保育所はいつ開設した？」 →
 * 2020年4月), normalised and as printed, with the clause it stands in; else, for 「いつから…」 of one ministry, the
 * report year its reports first print the initiative in (【新規】 that year, or already there in the earliest loaded).
 */
import type { AnswerContext, Draft } from './answer-context';
import { sourceOf } from './answer-context';
import { clauseAround, sentencesOf } from './text-spans';
import { describeDate, findDates, type JapaneseDate } from './japanese-dates';
import { coverage, normalizeForMatch } from './relevance';
import { describeYear } from './report-catalog';
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

/** Answers a when-question; null when no statement that matches the subject prints a date, nor (see firstReported) a year. */
export function answerWhen(context: AnswerContext): Draft | null {
  // 「…の更改は、もともと何年度に予定されていたのですか」: what the first report of the row said, not a later one's date.
  if (ORIGINALLY.test(context.question)) return originalDate(context);
  const printed = printedDate(context);
  if (printed && printed.confidence >= FIRST_REPORTED_BELOW) return printed;
  // 「何月から」「何日に」: the year a report first prints the initiative in says nothing of the month or day asked.
  const first = ASKS_MONTH_OR_DAY.test(context.question) ? null : firstReported(context);
  return first && (!printed || first.confidence > printed.confidence) ? first : printed;
}

/** A when-question about what was first planned or said (もともと, 当初, 元々, 最初は). */
const ORIGINALLY = /もともと|元々|当初|最初は/;

/**
 * The date the earliest loaded report of the ministry prints in the row the best dated match stands in (a later report
 * may give a later date: 「更改が令和5年度にずれ込んだ」); null when that earliest report prints the row with no date.
 */
function originalDate(context: AnswerContext): Draft | null {
  const later = printedDate(context);
  const source = later?.sources[0];
  if (!later || !source) return later;
  const rows = retrieveCandidates(
    context.engine,
    context.query,
    context.matcher,
    { ministry: source.ministry, fiscalYear: null },
    (p) => p.initiative.rowTitle === (context.engine.getInitiative(source.id)?.rowTitle ?? '') && p.field === source.field,
  ).sort((a, b) => a.initiative.fiscalYear - b.initiative.fiscalYear);
  const [earliest] = rows;
  if (!earliest || earliest.initiative.fiscalYear >= source.fiscalYear) return later;
  const [dated] = datedSentences(earliest.text, context).sort((a, b) => b.score - a.score);
  if (!dated) return null;
  return {
    answer: `${describeDate(dated.date)} — ${dated.clause}`,
    confidence: (earliest.relevance + dated.score) / 2,
    sources: [sourceOf(earliest.initiative, earliest.text, earliest.field)],
  };
}

/** A when-question asking for a month or a day, not a year. */
const ASKS_MONTH_OR_DAY = /何月|何日|いつ頃の月|月日/;

function printedDate(context: AnswerContext): Draft | null {
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

/** A printed date this sure answers as it is; below it, the year the reports first print the initiative may answer better. */
const FIRST_REPORTED_BELOW = 0.8;
/** Statements this close to the best match are the same initiative, printed again in a later report. */
const SAME_INITIATIVE = 0.05;
/** How much of the subject as typed (without synonyms) a statement must hold to be taken as its first report. */
const LITERAL_COVERAGE = 0.5;
/** How sure the year of first report is, against the match: the reports say when it was reported, not when it began. */
const FIRST_REPORTED_FACTOR = 0.9;

/**
 * 「試験庁はいつから電子申請を始めた？」: the reports print no date, but the ministry's reports of several years do say
 * when the initiative first appears — tagged 【新規】 that year (it began then), or already in the earliest report
 * loaded (it began that year or before). Only for one ministry with several reports; null otherwise.
 */
function firstReported(context: AnswerContext): Draft | null {
  const { ministry } = context.scope;
  if (ministry === null || (context.catalog.yearsOf.get(ministry)?.length ?? 0) < 2) return null;
  const candidates = retrieveCandidates(
    context.engine,
    context.query,
    context.matcher,
    { ministry, fiscalYear: null },
    (p) => p.initiative.kind === 'statement' && p.text === p.initiative.text,
  );
  // The subject's own words, not only its synonyms: カイゼン活動 stands for 業務改善 in the matcher, and テスト省's first
  // 業務改善 statement (議事録作成支援ソフト) is no start of a カイゼン活動.
  const literal = { ...context.matcher, alternatives: [] };
  const own = candidates.filter((c) => coverage(literal, c.full) >= LITERAL_COVERAGE);
  const [best] = own;
  if (!best) return null;
  const same = own.filter((c) => c.relevance >= best.relevance - SAME_INITIATIVE);
  const [earliest] = [...same].sort((a, b) => a.initiative.fiscalYear - b.initiative.fiscalYear);
  if (!earliest) return null;
  const { fiscalYear, tag, text } = earliest.initiative;
  const year = describeYear(context.catalog, ministry, fiscalYear);
  const loaded = context.catalog.yearsOf.get(ministry) ?? [];
  const answer =
    tag === '新規'
      ? `${year}から（この年度の報告に【新規】として記載：${text}）`
      : fiscalYear === loaded[0]
        ? `${year}またはそれ以前から（読み込まれている最も古いこの年度の報告にすでに${tag ? `【${tag}】として` : ''}記載：${text}）`
        : `${year}から（この年度の報告に初めて記載：${text}）`;
  return { answer, confidence: earliest.relevance * FIRST_REPORTED_FACTOR, sources: [sourceOf(earliest.initiative)] };
}
