/**
 * How-many answers: a count with its counter from the statement that best matches the question
 * (「税関の選考採用試験で女性を何名中途採用した？」 → 13名（女性13名を中途採用した）), with what it counts.
 */
import type { AnswerContext, Draft } from './answer-context';
import { sourceOf } from './answer-context';
import { clauseAround, sentencesOf } from './text-spans';
import { findDates } from './japanese-dates';
import { findNumbers, type FoundNumber } from './japanese-numbers';
import { countsOneGrade, countsOneSex, countsOtherRole, lacksAskedGrade, lacksCountedSex, lacksRestrictedGroup, rolesApart } from './contrasts';
import { coverage, normalizeForMatch } from './relevance';
import { retrieveCandidates, type Candidate } from './retrieve-candidates';

/** Counters that answer a question asking for another spelling: 何人 is answered by 名 and the other way round; 何割 by a percentage. */
const SAME_COUNTER: Record<string, string[]> = { 名: ['名', '人'], 人: ['名', '人'], ポイント: ['ポイント', '%'], 割: ['割', '%'] };
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

/**
 * The span a rate is taken over (「月平均」「一日」「週当たり」), when a text names one: a count per day does not answer a
 * question per month (「超過勤務の月平均時間は？」 is not answered by 「集中タイム(一日1時間)」).
 */
const RATE_PERIODS: [period: string, pattern: RegExp][] = [
  ['day', /一日|1日(?:当たり|あたり|平均)|日平均|毎日/],
  ['week', /週(?:当たり|あたり|平均)|1週間|毎週/],
  ['month', /月(?:平均|当たり|あたり)|1[かヶヵケ]月|ひと月|毎月/],
];

function ratePeriodOf(text: string): string | null {
  const normalized = text.normalize('NFKC');
  for (const [period, pattern] of RATE_PERIODS) if (pattern.test(normalized)) return period;
  return null;
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
function scoredCounts(
  text: string,
  context: AnswerContext,
  accepts: (n: FoundNumber) => boolean,
  rowContext = '',
  rowTitle = '',
  anyGrade = false,
  anyRole = false,
): ScoredCount[] {
  const askedPeriod = ratePeriodOf(context.question);
  const lacksGroup = lacksRestrictedGroup(context.question);
  const lacksGrade = anyGrade ? () => false : lacksAskedGrade(context.question);
  const rate = rateStemOf(context.query);
  const otherRole = anyRole ? () => false : countsOtherRole(context.question);
  return sentencesOf(text).flatMap((sentence) => {
    // 「…のうち、給与関係業務の分は」: a sentence not naming the group gives some other group's figure.
    if (lacksGroup(sentence.text)) return [];
    // 「課長補佐級職員の人数」: a figure whose sentence and row name no grade asked counts every grade.
    if (lacksGrade(rowTitle + sentence.text)) return [];
    const sentenceScore = coverage(context.matcher, rowContext + normalizeForMatch(sentence.text));
    const namesRate = rate === null || normalizeForMatch(sentence.text).includes(rate);
    return countsIn(sentence.text, accepts).flatMap((count) => {
      // 「eラーニングの受講率」 is not the 78% of 「メッセージを『読んだ』と回答した職員は78%」: a percentage answers
      // a rate only from a sentence naming what the rate measures (受講, 取得, 実施).
      if (count.unit === '%' && !namesRate) return [];
      const clause = clauseAround(sentence.text, count.start, count.end);
      // 「講師を務めた職員は何人」 is not answered by 「参加者は延べ61名」.
      if (otherRole(clause)) return [];
      const clausePeriod = ratePeriodOf(clause);
      if (askedPeriod !== null && clausePeriod !== null && clausePeriod !== askedPeriod) return [];
      const clauseScore = coverage(context.matcher, normalizeForMatch(clause));
      // 「年次休暇の取得日数が5日に満たない職員の上司に対し」: a number that says whom an initiative is for is no amount it
      // reports; the sentence's own figure (平均取得日数は15.8日となった) is the answer when there is one.
      const condition = CONDITION_AFTER.test(sentence.text.slice(count.end)) ? CONDITION_FACTOR : 1;
      return [{ count, clause, score: (condition * (sentenceScore + clauseScore)) / 2 }];
    });
  });
}

/** Words after a number that make it a condition on whom or what (5日に満たない職員, 月45時間を超える部署, 1か月以上の). */
const CONDITION_AFTER = /^\s*(に満たない|未満の|未満で|以上の|以上で|以下の|以下で|を超える|を超えた|を超えて|超の|に達しない)/;
const CONDITION_FACTOR = 0.85;

/**
 * What a rate the subject names measures: 受講 of 受講率, 取得 of 育休取得率; null when it names none, or only a share
 * (比率, 効率, 確率, 倍率 say nothing of what is counted).
 */
function rateStemOf(subject: string): string | null {
  const matches = [...normalizeForMatch(subject).matchAll(/(\p{Script=Han}{2})率/gu)];
  const stem = matches.at(-1)?.[1];
  return stem === undefined || /[比効確倍]$/.test(stem) ? null : stem;
}

/** Counts this close to the best are equally good answers (「女性職員の中途採用は何名？」: 13名 and 46名), up to MAX_COUNTS. */
const TIE = 0.02;
const MAX_COUNTS = 3;
/** Candidates whose counts are weighed: the best few, since a count's own clause can outrank its statement's rank. */
const CANDIDATES_WEIGHED = 5;

export interface RankedCount extends ScoredCount {
  candidate: Candidate;
  confidence: number;
}

/** Every count of the best candidates that a counter accepts, best first. */
export function rankedCounts(
  context: AnswerContext,
  accepts: (n: FoundNumber) => boolean,
  withMetrics = true,
  anyGrade = false,
  anyRole = false,
): RankedCount[] {
  const candidates = retrieveCandidates(
    context.engine,
    context.query,
    context.matcher,
    context.scope,
    (p) => (withMetrics || p.field !== 'metric') && p.counts.some(accepts),
  );
  // 「参加した男性職員は何名」: a figure whose row, statements and text name no sex counts everyone. The item's title is
  // not read: 「男性職員の家庭生活参画促進に向けた管理職員向けの意識啓発」 is what a seminar is about, not who came.
  const lacksSex = anyGrade ? () => false : lacksCountedSex(context.question);
  return candidates
    .slice(0, CANDIDATES_WEIGHED)
    .filter((candidate) => !lacksSex(`${candidate.initiative.rowTitle}\n${candidate.context}\n${candidate.text}`))
    .flatMap((candidate) =>
      scoredCounts(candidate.text, context, accepts, candidate.context, candidate.title.text, anyGrade, anyRole).map((scored) => ({
        ...scored,
        candidate,
        confidence: (candidate.relevance + scored.score) / 2,
      })),
    )
    .sort((a, b) => b.confidence - a.confidence);
}

function sameReport(a: Candidate, b: Candidate): boolean {
  return a.initiative.ministry === b.initiative.ministry && a.initiative.fiscalYear === b.initiative.fiscalYear;
}

/** What a counter asked for accepts: the counter itself (or its other spelling), or any count when none is named. */
export function acceptsCounter(counter: string | null): (n: FoundNumber) => boolean {
  return countsFor(counter);
}

/**
 * Answers a how-many question (or, with `accepts`, a value of another unit: a rate printed in the results);
 * null when no matching statement, result or reason prints a count with the counter asked for.
 */
export function answerCount(
  context: AnswerContext,
  accepts: (n: FoundNumber) => boolean = countsFor(context.shape.counter),
  withMetrics = true,
): Draft | null {
  const ranked = rankedCounts(context, accepts, withMetrics);
  const [best] = ranked;
  if (!best) return null;
  const chosen = ranked
    .filter((r) => r.confidence >= best.confidence - TIE && sameReport(r.candidate, best.candidate))
    .filter((r, i, all) => all.findIndex((o) => o.clause === r.clause) === i)
    .slice(0, MAX_COUNTS);
  const [only] = chosen;
  return {
    answer: chosen.map((r) => `${r.count.text}（${r.clause}）`).join('／'),
    confidence: best.confidence,
    sources: [...new Set(chosen.map((r) => r.candidate))].map((c) => sourceOf(c.initiative, c.text, c.field)),
    ...(only && chosen.length === 1 ? { measure: { value: only.count.value, unit: only.count.unit, printed: only.count.text } } : {}),
  };
}

/** A count of every grade must be this sure to be pointed to when the grade asked is not counted. */
const EVERY_GRADE_CONFIDENCE = 0.6;

/**
 * 「…に参加した課長補佐級職員の人数は？」 where the report counts every participant only: that figure as printed
 * (「延べ112名（研修の受講者は延べ112名であった）」), for the abstention to point to; null when the question asks for no
 * grade or no such figure is printed.
 */
export function everyGradeCount(context: AnswerContext): string | null {
  if (!countsOneGrade(context.question) && !countsOneSex(context.question)) return null;
  const [best] = rankedCounts(context, countsFor(context.shape.counter), true, true);
  return best && best.confidence >= EVERY_GRADE_CONFIDENCE ? `${best.count.text}（${best.clause}）` : null;
}

/**
 * 「講師を務めた職員は何人」 where the report counts only those who came (「参加者は延べ61名」): what is counted instead and
 * that count as printed, for the abstention to point to; null when the question names no role or no such figure is
 * printed as surely as a grade's (EVERY_GRADE_CONFIDENCE).
 */
export function otherRoleCount(context: AnswerContext): { asked: string; printed: string; count: string } | null {
  const [best] = rankedCounts(context, countsFor(context.shape.counter), true, false, true);
  if (!best || best.confidence < EVERY_GRADE_CONFIDENCE) return null;
  const roles = rolesApart(context.question, best.clause);
  return roles ? { ...roles, count: `${best.count.text}（${best.clause}）` } : null;
}
