/**
 * Question answering: reads a Japanese question (kind, subject, ministry and year), finds the metric, row, results or
 * statements that answer it in the report asked about — per ministry when it names none and several reports answer —
 * and returns a short answer with its sources and a confidence, or abstains (answer null) when the evidence is weak,
 * when the answer would state a number its sources do not print, or when only other reports hold it (then it says which).
 */
import { AppError } from '../domain/errors';
import type { SearchEngine } from '../query/types';
import { exampleQuestions, suggestSearch } from './abstention-help';
import { sourceOf, type AnswerContext, type Draft } from './answer-context';
import { answerChange } from './answer-change';
import { answerCount, everyGradeCount, otherRoleCount } from './answer-count';
import { countsOneGrade } from './contrasts';
import { TAG_AGAINST_TAG, answerEnumeratedCount, answerList } from './answer-enumerate';
import { asksRepeatedResults, repeatedResults } from './answer-repeated-results';
import { asksResultsByReport, figurePickOf, pickedResultsFigures, resultsByReport } from './answer-results-figures';
import { reasonFollowedOf, reasonsFollowed } from './answer-reason-followup';
import { asksContinuedFromNowhere, continuedFromNowhere, tagPathOf, tagPaths, tagsSideBySide, tagsSideBySideOf } from './answer-tag-paths';
import { answerMetricMet, answerMetricValue, contrastedRowTitle } from './answer-metric';
import { answerReason } from './answer-reason';
import { answerStatus } from './answer-status';
import { resolveTargets, type Target } from './answer-targets';
import {
  FIELD_MISSING,
  PERIOD_ASKED,
  ROWS_COMPARED,
  TARGET_CHANGED,
  TARGETS_LISTED,
  MET_AT_BASELINE,
  CURRENT_MOVED,
  RANK_SWAPPED,
  rankSwaps,
  EXTREME_OVER_REPORTS,
  extremeOverReports,
  currentMoves,
  PROGRESS_ASKED,
  progressTowardsTargets,
  PACE_ASKED,
  paceOfTargets,
  targetChanges,
  targetsMetAtBaseline,
  targetsByPeriod,
  targetsLacking,
  targetsListed,
} from './answer-target-rows';
import { answerWhat } from './answer-what';
import { answerWhen } from './answer-when';
import {
  FIRST_TIME,
  classifyQuestion,
  counterOf,
  isEnumeration,
  metricFieldOf,
  MINISTRIES_COUNTED,
  PROJECTION_ASKED,
  setAsideWords,
  type QuestionShape,
  type Threshold,
} from './classify-question';
import {
  everyYearVerdict,
  gapLead,
  nearestToTargetLead,
  projectionLead,
  asksHowItMoved,
  trendLead,
  ratioLead,
  OVER_YEARS,
  perMinistrySums,
  SUM_ASKED,
  sumLead,
  AVERAGE_ASKED,
  averageLead,
  SURE_TO_RANK,
  byExtreme,
  convertedFigure,
} from './combined-figures';
import { findDates } from './japanese-dates';
import { toHalfWidthDigits } from './japanese-numbers';
import { unsupportedNumbers } from './number-guard';
import { lacksAskedParticular, missingParticular } from './asked-particulars';
import { readQuestionScope, yearsOfSpan, type QuestionScope } from './question-scope';
import { escapeRegExp } from '../domain/escape-regexp';
import { buildSubjectMatcher, normalizeForMatch, wordStem, type SubjectMatcher } from './relevance';
import { describeYear, reportCatalog, yearWithWestern, type ReportCatalog } from './report-catalog';
import { preparedInitiatives, unitOccurs, unitWeigher } from './retrieve-candidates';
import type { Tag } from '../domain/types';
import type { Answer, AnswerRow, AnswerSource, QuestionKind, ReportRef } from './types';

/** Below this confidence the answer is null (「資料からは分かりません」); set from the question set in tests/answer. */
export const ABSTAIN_BELOW = 0.5;
export const MAX_QUESTION_LENGTH = 200;
/** An answer of unknown kind is a guess at what was asked, so it must be surer of its evidence. */
const UNKNOWN_KIND_FACTOR = 0.8;
/** A ministry's answer this far below the best ministry's matched the subject only in part: it joins no table. */
const TABLE_MARGIN = 0.15;
/**
 * A report is named as holding what an abstention lacks when its answer is this close to the best report's: wider than
 * a table's margin, since the note only points where to look (架空省's 「月平均超過勤務時間は19.8時間」 matches 「職員一人
 * あたりの…」 less well than テスト省's sentence, but holds the figure all the same).
 */
const HOLDER_MARGIN = 0.4;
/**
 * An abstention's note names the reports this close to the best holder: wider still, since naming one more place to
 * look costs the reader little and missing one costs the answer (試験庁's 「テレワーク用の端末を300台に増やした」 holds
 * the figure of 「…配備しているテレワーク用のモバイル端末は何台」 though it says neither 配備 nor モバイル).
 */
const NOTE_HOLDER_MARGIN = 0.5;
/** How a question asks for every ministry's answer. */
const ASKS_EACH = /各府省|各省庁|府省(別|ごと)|省庁(別|ごと)|それぞれ|全府省|全省庁|(全て|すべて|全部)の(府省|省庁)/;
/**
 * How a question asks which ministry does something (「テレワークを導入している府省はどこ？」「どの省庁が…」「…を拡充した府省と
 * その中身」): with no
 * ministry named, every ministry is asked and each that answers is a row, rather than the one that answers best.
 */
const ASKS_WHICH = new RegExp(
  `どこ|どの(府省庁|府省|省庁|省|庁|機関|ところ)|${MINISTRIES_COUNTED.source}|いずれの(府省庁|府省|省庁)|(た|る|ている|ていた|てる|だ|の)(府省庁|府省|省庁)(は|と|を|、|[?？]|$)|(ている|ていた|てる|た)のは[?？]*$`,
);

function validateQuestion(question: unknown): string {
  if (typeof question !== 'string') throw new AppError('INVALID_INPUT', 'question: must be text', { field: 'q' });
  const trimmed = question.trim();
  if (trimmed === '') throw new AppError('INVALID_INPUT', 'question: must not be empty', { field: 'q' });
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    throw new AppError('INVALID_INPUT', `question: ${trimmed.length} characters, at most ${MAX_QUESTION_LENGTH}`, { field: 'q' });
  }
  return trimmed;
}

/** A rate printed in the results (受講率 98.0%) answers a metric question that names no target row. */
function metricOrResult(context: AnswerContext): Draft | null {
  const metric = answerMetricValue(context);
  if (metric && metric.confidence >= 0.9) return metric;
  // A period the question names (令和7年度末の目標) belongs to a target row; the results print no periods.
  const result = context.periodRequired || context.periodDates.length > 0 ? null : answerCount(context, (n) => n.unit === '%', false);
  if (!result) return metric;
  return !metric || result.confidence > metric.confidence ? result : metric;
}

/**
 * 「試験庁って男性の育休どのくらい取れてるの」 asks an amount in no unit: a count or figure the statements print, else the
 * rate a target row gives (男性職員の育児休業取得率).
 */
function countOrRate(context: AnswerContext): Draft | null {
  const count = answerCount(context);
  // A count this sure is the answer whatever a row says; below it, a target row that fits better answers instead
  // (「財務省と架空省の男性育休、どっちが高い？」: the rate, not the 「1か月以上の取得」 a statement mentions).
  if (context.shape.counter !== null || (count !== null && count.confidence >= SURE)) return count;
  // Read as a metric question would be: 「目標を決めた時点では」 asks the baseline, which a row may not print.
  const rate = answerMetricValue({ ...context, shape: { ...context.shape, kind: 'metric', metricField: metricFieldOf(context.question) } });
  return rate !== null && rate.confidence >= ABSTAIN_BELOW && (count === null || rate.confidence > count.confidence)
    ? { ...rate, kind: 'metric' }
    : count;
}

/** A reason that says when a row may be done: a year or a date, or words of a plan or a delay. */
const REASON_SAYS_WHEN = /令和[0-9０-９元]+年|平成[0-9０-９元]+年|20[0-9]{2}年|年度内|年度中|以降|予定|見込|ずれ込|延期|後に|次第/;
/** A when-question about what is still to come (動き出しそう, 始まる予定, 実施される見込み). */
const WHEN_TO_COME = /(動き出|始ま|実施さ|着手さ|再開さ|進み)[^。？?]{0,4}(そう|予定|見込)/;
/** Read off a row's reason, not said by the report as a date of its own: below the sure band. */
const WHEN_FROM_REASON_CONFIDENCE = 0.7;

/**
 * 「架空庁の定例会議のペーパーレス化は、いつごろ動き出しそうだと読めますか」: no statement says when, but the row left 実施未定
 * gives a reason that does (庁内ネットワークの更改が令和5年度にずれ込んだため。): that reason, said as read off it.
 */
function whenFromReason(context: AnswerContext): Draft | null {
  const reason = answerReason({ ...context, shape: { ...context.shape, kind: 'reason' } });
  if (reason === null || !REASON_SAYS_WHEN.test(reason.answer)) return null;
  return {
    ...reason,
    kind: 'reason',
    answer: `（実施時期の記載はなく、実施未定の理由に次のとおりあります）${reason.answer}`,
    confidence: Math.min(reason.confidence, WHEN_FROM_REASON_CONFIDENCE),
  };
}

/** 「実施状況がどう違いますか」: a reason question that asks each row's status too. */
const STATUS_ASKED_TOO = /(実施状況|実施の有無)(が|は|を|の)?(どう|違|比べ|異な)/;

/** 「テスト省の事務次官の名前は？」: a person's name, which no report of this template prints (only roles: 事務次官から…). */
const PERSON_NAME_ASKED = /(大臣|次官|長官|局長|部長|課長|室長|担当者|講師|メンター|職員|幹部)(の)?(お)?(名前|氏名)/;

function draftFor(context: AnswerContext): Draft | null {
  if (PERSON_NAME_ASKED.test(context.question)) return null;
  switch (context.shape.kind) {
    case 'metric':
      return asksWhat(context.question) ? orStatements(metricOrResult(context), context) : metricOrResult(context);
    case 'met':
      return answerMetricMet(context);
    case 'status':
      return orStatements(answerStatus(context), context);
    case 'when':
      // 「いつごろ動き出しそう」「いつ始まる予定」 ask of what is still to come, which a 実施未定 row's reason may say.
      return WHEN_TO_COME.test(context.question) ? (whenFromReason(context) ?? answerWhen(context)) : answerWhen(context);
    case 'count':
      return context.shape.tags.length > 0 || context.shape.status ? answerEnumeratedCount(context) : countOrRate(context);
    case 'list':
      return answerList(context);
    case 'change':
      return answerChange(context);
    case 'reason':
      // 「…の実施状況はどう違いますか。実施未定にしていた方は、その理由を」: a ministry that did the row answers with its status.
      return answerReason(context) ?? (STATUS_ASKED_TOO.test(context.question) ? answerStatus(context) : null);
    case 'what':
      return answerWhat(context);
    case 'unknown': {
      // 「テスト省 令和3年度 超勤」: the field's short word for a figure, typed alone, asks the figure.
      if (FIGURE_WORD.test(context.shape.subject)) {
        const figure = answerCount(context);
        if (figure && figure.confidence >= SURE) return { ...figure, kind: 'count' };
      }
      const draft = answerWhat(context);
      return draft && { ...draft, confidence: draft.confidence * UNKNOWN_KIND_FACTOR };
    }
  }
}

/** 年休 (年次休暇の平均取得日数) and 超勤 (月平均超過勤務時間): words people use for the two figures every report gives. */
const FIGURE_WORD = /^(年休|超勤|残業)$/;

/**
 * 「模擬省の年次休暇の取得目標はどんな内容？」: 目標 reads as a metric, but the question asks what was set, which a statement
 * says (「年次休暇の取得目標を課ごとに定めた。」) when no target row answers.
 */
function asksWhat(question: string): boolean {
  return /(どんな|どのような|どういう)(内容|もの|目標|取組)|内容は|内容を/.test(question);
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

/**
 * A reporting ministry the corpus has no report of — unless the reports mention it (国税庁経験者採用試験, 人事院主催):
 * then the question is about that mention, not about the ministry's own report.
 */
/**
 * Whether the question asks about a body with no report loaded: one no statement names, or one it names as who acts
 * (「人事院が令和2年度に新しく始めた取組」「人事院は…していますか」), whose own initiatives only its own report holds — the
 * reports name 人事院 only as the host of a seminar their staff attend.
 */
function isForeignMinistry(engine: SearchEngine, name: string | null, question: string): boolean {
  if (name === null) return false;
  if (new RegExp(`${escapeRegExp(name)}(が|は|では|として)`).test(question)) return true;
  const normalized = normalizeForMatch(name);
  return !preparedInitiatives(engine).some((p) => p.full.text.includes(normalized));
}

function withoutDates(text: string): string {
  return findDates(text).reduceRight((rest, date) => `${rest.slice(0, date.start)} ${rest.slice(date.end)}`, text);
}

/** Relations whose alternatives mean the same thing; narrower and related concepts (男の産休 → 育児休業) name other rows. */
const SAME_MEANING: ReadonlySet<string> = new Set(['synonym', 'spelling']);

function synonymsOf(engine: SearchEngine, subject: string): { surface: string; alternatives: string[] }[] {
  if (subject === '') return [];
  return engine.analyze(subject).clauses.map((clause) => ({
    surface: clause.surface,
    alternatives: clause.alternatives.filter((a) => SAME_MEANING.has(a.relation)).map((alternative) => alternative.surface),
  }));
}

/** What the question asks, read once; each report asked gets a context from it. */
interface Reading {
  engine: SearchEngine;
  catalog: ReportCatalog;
  question: string;
  scope: QuestionScope;
  shape: QuestionShape;
  matcher: SubjectMatcher;
  /** One of two figures asked at once, as the question names it (「年休」), when its subject is no name for it. */
  figureName?: string;
}

function contextFor(reading: Reading, target: Target, fiscalYear: number | null = target.fiscalYear): AnswerContext {
  const { scope } = reading;
  const yearsUsed = new Set([fiscalYear, target.years?.from, target.years?.to].filter((y): y is number => typeof y === 'number'));
  return {
    engine: reading.engine,
    catalog: reading.catalog,
    question: reading.question,
    shape: reading.shape,
    scope: { ministry: target.ministry, fiscalYear },
    years: target.years,
    matcher: reading.matcher,
    query: reading.shape.subject,
    // A named year that selects the report is no metric period; one that selects none can only be a period.
    periodDates: findDates(reading.question).filter(
      (d) =>
        !(
          d.fiscal &&
          !d.fiscalYearEnd &&
          d.month === null &&
          (yearsUsed.has(d.year) || (scope.fiscalYears.includes(d.year) && !target.periodRequired))
        ),
    ),
    periodRequired: target.periodRequired,
    askedYears: scope.fiscalYears,
  };
}

/** A draft that passes the threshold and the number guard, with its numbers in half-width (２７．３％ → 27.3%). */
function accepted(draft: Draft | null, context: AnswerContext): Draft | null {
  // An answer always cites where it stands; one with nothing to cite is no answer (and no table row could show it).
  if (!draft || draft.confidence < ABSTAIN_BELOW || draft.sources.length === 0) return null;
  if (context.periodRequired && context.shape.kind !== 'metric') return null;
  if (lacksAskedParticular(context.question, draft.sources)) return null;
  const answer = toHalfWidthDigits(draft.answer);
  const derived = new Set(draft.derived ?? []);
  const unsupported = unsupportedNumbers(answer, draft.sources).filter((n) => !derived.has(Number(toHalfWidthDigits(n).replace(/[^0-9.]/g, ''))));
  return unsupported.length > 0 ? null : { ...draft, answer };
}

/** The answer for one target: its year first, then (when the year was only implied) the ministry's other years. */
function answerTarget(reading: Reading, target: Target): Draft | null {
  if (target.missing) return null;
  const context = contextFor(reading, target);
  const draft = accepted(draftFor(context), context);
  // A ministry with one report has no other year to try.
  if (draft || !target.implied || (reading.catalog.yearsOf.get(target.ministry ?? '')?.length ?? 0) <= 1) return draft;
  const anyYear = contextFor(reading, target, null);
  return accepted(draftFor(anyYear), anyYear);
}

function refOf(catalog: ReportCatalog, ministry: string, fiscalYear: number): ReportRef {
  return { ministry, fiscalYear, fiscalYearLabel: toHalfWidthDigits(catalog.labelOf(ministry, fiscalYear)) };
}

/** The one report all sources come from, else only the ministry they share; undefined for a corpus of one report. */
function scopeOf(draft: Draft, catalog: ReportCatalog): Answer['scope'] {
  if (catalog.reports.length <= 1) return undefined;
  const [first] = draft.sources;
  if (!first || !draft.sources.every((s) => s.ministry === first.ministry)) return undefined;
  if (!draft.sources.every((s) => s.fiscalYear === first.fiscalYear)) return { ministry: first.ministry };
  return {
    ministry: first.ministry,
    fiscalYear: first.fiscalYear,
    fiscalYearLabel: refOf(catalog, first.ministry, first.fiscalYear).fiscalYearLabel,
  };
}

function prefixOf(scope: Answer['scope']): string {
  if (!scope?.ministry) return '';
  const year = scope.fiscalYear !== undefined ? `・${yearWithWestern(scope.fiscalYearLabel ?? `${scope.fiscalYear}年度`, scope.fiscalYear)}` : '';
  return `［${scope.ministry}${year}］`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function single(reading: Reading, draft: Draft): Answer {
  const scope = scopeOf(draft, reading.catalog);
  return {
    question: reading.question,
    kind: draft.kind ?? reading.shape.kind,
    answer: `${prefixOf(scope)}${draft.answer}`,
    confidence: round(draft.confidence),
    sources: draft.sources,
    ...(scope ? { scope } : {}),
  };
}

/** What-questions are answered from one report; these kinds say which other ministries' reports also speak of it. */
const ONE_REPORT_ANSWERS: ReadonlySet<QuestionKind> = new Set(['what', 'unknown']);

/**
 * 「テレワークについて教えて」 names no ministry and is answered from the one report that says most: the answer then names
 * the other ministries whose reports answer about as surely (「ほかに、テスト省（令和4年度）・財務省（令和2年度）の報告にも
 * 記載があります」), so that one ministry's statements do not read as the whole answer.
 */
function withOtherHolders(reading: Reading, draft: Draft, answer: Answer): Answer {
  const { scope, catalog } = reading;
  if (scope.ministry !== null || scope.ministries.length > 0 || !ONE_REPORT_ANSWERS.has(answer.kind) || catalog.ministries.length < 2) return answer;
  const answered = draft.sources[0]?.ministry;
  // 「カイゼン活動とは何？」 answered by the report printing the word: others must print it too, not a synonym of it.
  const asked = normalizeForMatch(reading.shape.subject).replace(/\s+/g, '');
  const prints = (d: Draft) => asked.length >= 2 && d.sources.some((source) => normalizeForMatch(source.text).includes(asked));
  const literal = prints(draft);
  const holders = catalog.ministries.flatMap((ministry) => {
    if (ministry === answered) return [];
    const [target] = resolveTargets(catalog, { ...scope, ministry, ministries: [ministry] }, reading.shape.kind, reading.question);
    const other = target ? answerTarget(reading, target) : null;
    const source = other?.sources[0];
    if (!other || !source || other.confidence < draft.confidence - TABLE_MARGIN || other.sources.every((s) => s.field === 'report')) return [];
    if (literal && !prints(other)) return [];
    return [`${ministry}（${yearWithWestern(catalog.labelOf(ministry, source.fiscalYear), source.fiscalYear)}）`];
  });
  if (holders.length === 0 || answer.answer === null) return answer;
  return { ...answer, answer: `${answer.answer}\n（ほかに、${holders.join('・')}の報告にも記載があります）` };
}

/**
 * Several ministries answer: one line each (ministry, year as printed with the western year, value, sources), after
 * `lead` when given (「最も高いのは財務省（43.6%（令和元年度））」).
 */
/**
 * One row per draft, after the lead when there is one. `cited` are the drafts whose sources the answer cites (every
 * row's by default); each row links its own sources either way.
 */
function table(reading: Reading, drafts: readonly [Draft, ...Draft[]], printedLead?: string, cited: readonly Draft[] = drafts): Answer {
  // A lead quotes a report's figure as printed (１９．８時間); the answer gives numbers half-width, as its rows do.
  const lead = printedLead === undefined ? undefined : toHalfWidthDigits(printedLead);
  const rows: AnswerRow[] = drafts.map((draft) => {
    const [first] = draft.sources;
    if (first === undefined) throw new Error(`an answer without a source: ${draft.answer}`);
    const ref = refOf(reading.catalog, first.ministry, first.fiscalYear);
    const sameYear = draft.acrossYears !== true && draft.sources.every((s) => s.fiscalYear === first.fiscalYear);
    return {
      ministry: ref.ministry,
      fiscalYear: ref.fiscalYear,
      fiscalYearLabel: sameYear ? ref.fiscalYearLabel : '',
      value: draft.answer,
      sourceIds: draft.sources.map((s) => s.id),
    };
  });
  const line = (row: AnswerRow): string =>
    `${row.ministry}${row.fiscalYearLabel ? `（${yearWithWestern(row.fiscalYearLabel, row.fiscalYear)}）` : ''}：${row.value}`;
  return {
    question: reading.question,
    kind: drafts[0].kind ?? reading.shape.kind,
    answer: [...(lead ? [lead] : []), ...rows.map(line)].join('\n'),
    confidence: round(Math.min(...drafts.map((d) => d.confidence))),
    sources: cited.flatMap((d) => d.sources),
    table: rows,
    ...(lead ? { lead } : {}),
  };
}

/** Keeps the holders as sure as the surest, less a margin (the table's, unless told). */
function surest(found: { refs: ReportRef[]; confidence: number }[], margin = TABLE_MARGIN): ReportRef[] {
  const best = Math.max(0, ...found.map((f) => f.confidence));
  return found.filter((f) => f.confidence >= best - margin).flatMap((f) => f.refs);
}

/**
 * For a change asked of one ministry: the other ministries whose two reports of the same years (named, or 前年度 and
 * 今年度 of their own) give the figure, each with both years.
 */
function changeHoldersOf(reading: Reading, asked: Target[]): ReportRef[] {
  const { scope, catalog } = reading;
  if (scope.ministry === null) return [];
  const found: { refs: ReportRef[]; confidence: number }[] = [];
  for (const ministry of catalog.ministries) {
    if (asked.some((t) => t.ministry === ministry)) continue;
    const [target] = resolveTargets(catalog, { ...scope, ministry, ministries: [ministry] }, 'change', reading.question);
    if (!target?.years) continue;
    const draft = answerTarget(reading, target);
    if (draft) found.push({ refs: [target.years.from, target.years.to].map((y) => refOf(catalog, ministry, y)), confidence: draft.confidence });
  }
  return surest(found);
}

/** The reports other than those asked that would answer the question, as ministry and year. */
function holdersOf(reading: Reading, asked: Target[]): ReportRef[] {
  const { scope } = reading;
  // With no ministry or year named, every report was asked already.
  const named = scope.ministry !== null || scope.fiscalYears.length > 0 || scope.relative !== null;
  if (reading.shape.kind === 'change') return changeHoldersOf(reading, asked);
  if (!named) return [];
  const askedReport = (ministry: string, year: number): boolean =>
    asked.some((t) => t.ministry === ministry && (t.fiscalYear === null ? !t.periodRequired : t.fiscalYear === year));
  const found: { refs: ReportRef[]; confidence: number }[] = [];
  for (const report of reading.catalog.reports) {
    if (askedReport(report.ministry, report.fiscalYear)) continue;
    const target: Target = {
      ministry: report.ministry,
      fiscalYear: report.fiscalYear,
      years: null,
      periodRequired: false,
      missing: null,
      implied: false,
    };
    const draft = answerTarget(reading, target);
    // A report that only stands as read (「0件」) does not hold what was asked.
    if (draft && draft.sources.some((s) => s.field !== 'report'))
      found.push({ refs: [refOf(reading.catalog, report.ministry, report.fiscalYear)], confidence: draft.confidence });
  }
  return surest(found, NOTE_HOLDER_MARGIN);
}

/** 「テスト省・架空庁の令和4年度（2022年度）、財務省の令和2年度（2020年度）」: each year (or pair) with the ministries asked of it. */
function describeGroups(groups: Map<string, { ministries: string[]; years: string }>, who: string): string {
  const [only] = groups.values();
  if (groups.size === 1 && only) return [who, only.years].filter(Boolean).join('の');
  return [...groups.values()].map((g) => [g.ministries.join('・'), g.years].filter(Boolean).join('の')).join('、');
}

/**
 * The reports asked, as the reports print their years with the western year beside them, whatever the question typed
 * (2022年度, R4, 今年度 → 「テスト省の令和4年度（2022年度）」); a change names both years of each ministry.
 */
function describeAsked(reading: Reading, targets: Target[]): string {
  const { scope, catalog } = reading;
  const only = targets.length === 1 ? targets[0] : undefined;
  const who = scope.ministry ?? (only?.ministry && catalog.ministries.length > 1 ? only.ministry : '');
  const named = [...new Set(scope.fiscalYears)];
  if (reading.shape.kind !== 'change' && named.length > 0) {
    return [who, named.map((year) => describeYear(catalog, who || null, year)).join('・')].filter(Boolean).join('の');
  }
  // 今年度 and 前年度 (and a change's two years) are each ministry's own: grouped by the years they came to.
  const groups = new Map<string, { ministries: string[]; years: string }>();
  for (const target of targets.filter((t) => !t.missing)) {
    const years = target.years ? [target.years.from, target.years.to] : target.fiscalYear !== null && scope.relative ? [target.fiscalYear] : [];
    if (years.length === 0) continue;
    const key = years.join('-');
    const group = groups.get(key) ?? { ministries: [], years: years.map((y) => describeYear(catalog, target.ministry, y)).join('・') };
    if (target.ministry) group.ministries.push(target.ministry);
    groups.set(key, group);
  }
  if (groups.size > 0) return describeGroups(groups, who);
  const relative = scope.relative === 'previous' ? '前年度' : scope.relative === 'latest' ? '今年度' : '';
  return [who, relative].filter(Boolean).join('の');
}

/** How many reports a list's or a count's abstention names before saying how many more (「ほか3件」). */
const MAX_HOLDERS_NAMED = 3;

/**
 * The holders nearest what was asked first: the asked ministry's own other years, then the other ministries, each by
 * how far its year is from the year asked (else from the latest report), the later of two as near first.
 */
function nearestFirst(reading: Reading, targets: Target[], heldBy: ReportRef[]): ReportRef[] {
  const asked = new Set(targets.map((t) => t.ministry).filter((m): m is string => m !== null));
  const years = targets.map((t) => t.fiscalYear).filter((y): y is number => y !== null);
  const reference = reading.scope.fiscalYears[0] ?? (years.length > 0 ? Math.max(...years) : Math.max(0, ...reading.catalog.years));
  const rank = (ref: ReportRef): [number, number, number] => [asked.has(ref.ministry) ? 0 : 1, Math.abs(ref.fiscalYear - reference), -ref.fiscalYear];
  return heldBy
    .map((ref, order) => ({ ref, order, rank: rank(ref) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2] || a.order - b.order)
    .map((r) => r.ref);
}

/**
 * 「テスト省の令和3年度（2021年度）・令和4年度（2022年度）、架空庁の令和4年度（2022年度）」, each ministry's years in order;
 * past `limit` reports, how many more (「…ほか3件」).
 */
function describeHolders(catalog: ReportCatalog, heldBy: ReportRef[], limit = Infinity): string {
  // 「ほか1件」 is no shorter than the one report it stands for.
  const named = heldBy.length > limit + 1 ? heldBy.slice(0, limit) : heldBy;
  const byMinistry = new Map<string, number[]>();
  for (const ref of named) byMinistry.set(ref.ministry, [...(byMinistry.get(ref.ministry) ?? []), ref.fiscalYear]);
  const yearsOf = (ministry: string, years: number[]): string =>
    [...years]
      .sort((x, y) => x - y)
      .map((year) => describeYear(catalog, ministry, year))
      .join('・');
  const listed = [...byMinistry].map(([ministry, years]) => `${ministry}の${yearsOf(ministry, years)}`).join('、');
  return heldBy.length > named.length ? `${listed}ほか${heldBy.length - named.length}件` : listed;
}

/**
 * For a change asked of one ministry: the one of its two years whose report prints the figure, when only one does
 * (「テスト省のeラーニングの受講率は前年度から何ポイント上がった？」: the 受講率 is printed in 令和4年度 alone), else null.
 */
function onlyYearHolding(reading: Reading, targets: Target[]): { missing: number; held: number } | null {
  const [target] = targets;
  if (reading.shape.kind !== 'change' || targets.length !== 1 || !target?.years || target.ministry === null) return null;
  const { counter } = reading.shape;
  const kind: QuestionKind = counter !== null && counter !== 'ポイント' ? 'count' : 'metric';
  const asOne: Reading = { ...reading, shape: { ...reading.shape, kind, metricField: reading.shape.metricField } };
  const holds = (year: number) =>
    answerTarget(asOne, { ministry: target.ministry, fiscalYear: year, years: null, periodRequired: false, missing: null, implied: false }) !== null;
  const { from, to } = target.years;
  const [fromHolds, toHolds] = [holds(from), holds(to)];
  if (fromHolds === toHolds) return null;
  return fromHolds ? { missing: to, held: from } : { missing: from, held: to };
}

function abstain(reading: Reading, targets: Target[], why: string | null, kind: QuestionKind, knownHolders: ReportRef[] = []): Answer {
  const only = why === null ? onlyYearHolding(reading, targets) : null;
  if (only) {
    const ministry = targets[0]!.ministry!;
    const note = `${ministry}の${describeYear(reading.catalog, ministry, only.missing)}の報告には記載がありません（${ministry}の${describeYear(reading.catalog, ministry, only.held)}の報告にのみ記載があります）`;
    return abstain(reading, targets, note, kind, [refOf(reading.catalog, ministry, only.held)]);
  }
  const found = why === null ? holdersOf(reading, targets) : knownHolders;
  // A change's holders come in pairs (both years of one ministry), kept as found.
  const heldBy = reading.shape.kind === 'change' ? found : nearestFirst(reading, targets, found);
  const asked = describeAsked(reading, targets);
  // Asked of every ministry, one with no such report (財務省 has no 前年度) does not stand for those that were read.
  const missing = reading.scope.ministries.length > 0 || targets.every((t) => t.missing) ? (targets.find((t) => t.missing)?.missing ?? null) : null;
  // A named year no report asked is of (財務省の令和3年度, when only its 令和2年度 is loaded) has no report to lack anything.
  const unloaded = targets.length > 0 && targets.every((t) => t.periodRequired);
  const lacking = unloaded ? 'の報告は読み込まれていません' : 'の報告には記載がありません';
  const base = why ?? missing ?? (asked ? `${asked}${lacking}` : '読み込まれている報告には記載がありません');
  const contrasted = why === null ? contrastedRowTitle(reading.engine, reading.matcher, reading.question, reading.scope.ministry) : null;
  // Lists and counts of a tag: what a year holds differs by report, so many reports may hold it.
  const limit = isEnumeration(reading.shape) ? MAX_HOLDERS_NAMED : Infinity;
  // Holders passed in are named by the reason already (「…の報告にのみ記載があります」).
  const held =
    heldBy.length > 0 && knownHolders.length === 0 ? `${base}（${describeHolders(reading.catalog, heldBy, limit)}の報告に記載があります）` : base;
  // 「女性職員の育児休業取得率」 where only 男性職員's is printed: say what is there rather than nothing.
  // 「課長補佐級職員の人数」 where only every participant is counted: that count is what the report has.
  const onlyTarget = targets.length === 1 ? targets[0] : undefined;
  const everyGrade =
    why === null && reading.shape.kind === 'count' && onlyTarget && !onlyTarget.missing ? everyGradeCount(contextFor(reading, onlyTarget)) : null;
  // 「講師を務めた職員は何人」 where only those who came are counted: that count is what the report has.
  const otherRole =
    why === null && reading.shape.kind === 'count' && onlyTarget && !onlyTarget.missing && !everyGrade
      ? otherRoleCount(contextFor(reading, onlyTarget))
      : null;
  // 「集中タイムは何時から」 where the statement gives no hour (集中タイム(一日1時間)): say what it does give.
  const unparticular = why === null && !contrasted && onlyTarget && !onlyTarget.missing ? particularLacking(reading, onlyTarget) : null;
  const note = contrasted
    ? `${held}。${contrasted}の記載はあります`
    : unparticular
      ? `${held.replace('の報告には記載がありません', `の報告には${unparticular.name}の記載がありません`)}。次の記載はあります：${unparticular.text}`
      : everyGrade
        ? `${held}。${countsOneGrade(reading.question) ? '職位' : '男女'}を限らない数の記載はあります：${toHalfWidthDigits(everyGrade)}`
        : otherRole
          ? `${held}。${otherRole.asked}の数ではなく、${otherRole.printed}の数の記載はあります：${toHalfWidthDigits(otherRole.count)}`
          : held;
  const help = { engine: reading.engine, catalog: reading.catalog, question: reading.question, scope: reading.scope, shape: reading.shape };
  const askedScope = { ministry: reading.scope.ministry, fiscalYear: (targets.length === 1 ? targets[0]?.fiscalYear : null) ?? null };
  return {
    question: reading.question,
    kind,
    answer: null,
    confidence: 0,
    sources: [],
    note,
    ...(heldBy.length > 0 ? { heldBy } : {}),
    suggestedSearch: suggestSearch(help, askedScope, heldBy),
    examples: exampleQuestions(help, heldBy),
  };
}

/**
 * The draft a question would have had but for a particular it asks that no source prints (the hour of 集中タイム):
 * the particular's name and the first source's text, for the abstention to say what the report does give.
 */
function particularLacking(reading: Reading, target: Target): { name: string; text: string } | null {
  const context = contextFor(reading, target);
  const draft = draftFor(context);
  if (!draft || draft.confidence < ABSTAIN_BELOW || draft.sources.length === 0) return null;
  const name = missingParticular(context.question, draft.sources);
  return name === null ? null : { name, text: toHalfWidthDigits(draft.sources[0]!.text) };
}

function read(engine: SearchEngine, question: string): Reading {
  const catalog = reportCatalog(engine);
  const scope = readQuestionScope(question, catalog.ministries, [...new Set([...catalog.yearsOf.values()].flat())]);
  // Dates select a report or a metric's period, so they are no part of what the subject must match.
  const read = classifyQuestion(withoutDates(scope.rest), question);
  // 「令和2年度の財務省と令和4年度のテスト省、…どっちが高い？」 names two years, but each of one ministry: no change, two
  // reports' figures compared.
  const shape: QuestionShape =
    scope.pairs.length > 1 && read.kind === 'change'
      ? {
          ...read,
          kind: read.counter === null || read.counter === 'ポイント' ? 'metric' : 'count',
          counter: read.counter === 'ポイント' ? null : read.counter,
        }
      : read;
  // 「「試行」や「試験的に」という形で」: words quoted as alternatives are one unit of the subject, either spelling found.
  const either = quotedAlternatives(question);
  const subject = either.reduce(
    (text, [, ...others]) =>
      others.reduce(
        (rest, other) =>
          rest.replace(new RegExp(`\\s*(や|か|、|,|または|もしくは|あるいは)?\\s*${escapeRegExp(wordStem(other))}\\p{Script=Hiragana}*`, 'u'), ''),
        text,
      ),
    shape.subject,
  );
  const synonyms = [
    ...synonymsOf(engine, subject),
    ...either.map(([first, ...others]) => ({ surface: first, alternatives: others })),
    ...examplesGiven(subject),
  ];
  const matcher = buildSubjectMatcher(subject, synonyms, unitWeigher(engine), unitOccurs(engine));
  return { engine, catalog, question, scope, shape: { ...shape, subject }, matcher };
}

/**
 * 「庁内のネットワークや無線LANといった通信環境」「手引きやハンドブックなど」: examples given of what is meant, each of which
 * is enough: the whole phrase counts as found where one of its words is (無線LANの整備を待っている).
 */
const EXAMPLES =
  /((?:[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]{2,}(?:や|、|・))+[\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9]{2,})(?:といった|などの|などを|のような|など)([\p{Script=Han}\p{Script=Katakana}ー]{2,})?/gu;

function examplesGiven(subject: string): { surface: string; alternatives: string[] }[] {
  // 「やりとり（面談や情報提供など）」: examples in brackets spell out the word before them, which must still be found.
  const unbracketed = subject.normalize('NFKC').replace(/[(（][^)）]*[)）]/g, ' ');
  return [...unbracketed.matchAll(EXAMPLES)].map((match) => ({
    surface: match[0],
    alternatives: [...match[1]!.split(/や|、|・/), ...(match[2] ? [match[2]] : [])].filter((word) => word.length >= 2),
  }));
}

/** 「「試行」や「試験的に」」「『目安箱』または『意見箱』」: words quoted one after another as alternatives. */
const QUOTED_EITHER = /[「『]([^」』]{1,20})[」』](?:(?:や|か|、|,|または|もしくは|あるいは)[「『]([^」』]{1,20})[」』])+/g;

/** Each run of quoted alternatives in the question, its words in order (at least two). */
function quotedAlternatives(question: string): [string, ...string[]][] {
  return [...question.normalize('NFKC').matchAll(QUOTED_EITHER)].map(
    (run) => [...run[0].matchAll(/[「『]([^」』]{1,20})[」』]/g)].map((word) => word[1]!) as [string, ...string[]],
  );
}

/**
 * Answers a question from the engine's reports, or abstains.
 * @example answerQuestion(engine, '『男の産休』取得率の目標設定時の値は？').answer // '目標設定時：59.2%（平成26年度）'
 * @throws AppError INVALID_INPUT when the question is not text, empty or longer than MAX_QUESTION_LENGTH
 */
export function answerQuestion(engine: SearchEngine, question: string): Answer {
  const asked = validateQuestion(question);
  // 「応援要員が延べ145人だった年度、年休は平均何日？」: the year named by a figure of it, then the question of that year.
  const chained = yearOfFigure(engine, asked) ?? yearOfNone(engine, asked) ?? ministryOfRank(engine, asked);
  if (chained !== null) {
    const answer = answerAsTyped(engine, chained.question);
    // The statement printing the figure is cited too: it is what says which year was meant.
    if (answer.answer !== null)
      return {
        ...answer,
        question: asked,
        answer: chained.lead === undefined ? answer.answer : `${chained.lead}\n${answer.answer}`,
        confidence: Math.min(answer.confidence, chained.confidence ?? 1),
        sources: [...answer.sources, chained.evidence],
        readAs: { question: chained.question, fixes: [chained.fix] },
      };
  }
  // 「…20時間を下回った府省は、同じ報告で【拡充】を何件」: the reports a condition selects, then the question of each.
  const selected = chained === null ? ofSelectedReports(engine, asked) : null;
  if (selected !== null) return selected;
  const asTyped = inEveryYearNamed(engine, asked, answerAsTyped(engine, asked));
  if (asTyped.answer !== null && !asTyped.answer.includes(PART_MISSING) && asTyped.confidence >= SURE) return asTyped;
  // Japanese is typed as kana and converted: 「本性課室長相当職」 for 本省, 「育時中」 for 育児中. A question answered
  // unsurely or not at all as typed is asked again with each word no report prints replaced by the printed word read
  // the same way; the better answer is kept and says what it read (readAs), and a question that still gets none keeps
  // its own abstention.
  const slips = engine.soundAlikeSlips(asked);
  if (slips.length === 0) return asTyped;
  const fixed = slips.reduce((text, slip) => text.split(slip.from).join(slip.to), asked.normalize('NFKC'));
  if (fixed === asked.normalize('NFKC')) return asTyped;
  const again = answerAsTyped(engine, fixed);
  const missing = (answer: Answer) => (answer.answer === null ? Infinity : answer.answer.split(PART_MISSING).length - 1);
  const better = missing(again) < missing(asTyped) || (missing(again) === missing(asTyped) && again.confidence > asTyped.confidence);
  return better ? { ...again, question: asked, readAs: { question: fixed, fixes: slips } } : asTyped;
}

/** 「3年とも成果欄に載せている府省」「どの年度も…している府省」: ministries asked to answer in every year named. */
const IN_EVERY_YEAR_ASKED =
  /[2-5２-５二三四五](か|ヶ|カ)?年(度)?(間)?(とも|ともに|すべて|全て|連続)|どの年度も|いずれの年度も|すべての年度|全ての年度|毎年度?(載|書|報告)/;

/**
 * The answer's table kept to the ministries with a row in every year the question names (two or more): 「年休の平均取得日数を
 * 3年とも成果欄に載せている府省」 had listed 架空庁's two years beside テスト省's and 架空省's three. The lines and sources of
 * the ministries dropped go too; an answer without a table, or with every ministry in every year, is returned as it is.
 */
function inEveryYearNamed(engine: SearchEngine, question: string, answer: Answer): Answer {
  const normalized = question.normalize('NFKC');
  if (answer.answer === null || answer.table === undefined || !IN_EVERY_YEAR_ASKED.test(normalized)) return answer;
  const catalog = reportCatalog(engine);
  const scope = readQuestionScope(normalized, catalog.ministries, [...new Set([...catalog.yearsOf.values()].flat())]);
  // 「令和2年度から令和4年度の3年間」: every year of a span.
  const span = scope.yearSpan;
  const years = span ? yearsOfSpan(span) : [...new Set(scope.fiscalYears)];
  if (years.length < 2) return answer;
  const yearsOf = new Map<string, Set<number>>();
  for (const row of answer.table) yearsOf.set(row.ministry, (yearsOf.get(row.ministry) ?? new Set()).add(row.fiscalYear));
  const kept = new Set([...yearsOf].filter(([, held]) => years.every((year) => held.has(year))).map(([ministry]) => ministry));
  if (kept.size === 0 || kept.size === yearsOf.size) return answer;
  const dropped = [...yearsOf.keys()].filter((ministry) => !kept.has(ministry));
  const lines = answer.answer.split('\n').filter((line) => !dropped.some((ministry) => line.startsWith(`${ministry}（`)));
  const lead = `${years.length}年度とも記載があるのは${[...kept].join('・')}`;
  return {
    ...answer,
    answer: (answer.lead === undefined ? [lead, ...lines] : lines).join('\n'),
    ...(answer.lead === undefined ? { lead } : {}),
    table: answer.table.filter((row) => kept.has(row.ministry)),
    sources: answer.sources.filter((source) => kept.has(source.ministry)),
  };
}

/** An answer this sure is not asked again with its conversion slips fixed. */
const SURE = 0.8;

/** 「…が延べ145人だった年度」「21組になった年」: a year named by a figure printed in it. */
const YEAR_OF_FIGURE =
  /([^、,。？?]*?)(?:が|は)(?:延べ|計|合計|月平均|平均|年間|年平均)?([0-9]+(?:\.[0-9]+)?)\s*(人|名|件|組|%|時間|日|台)(?:だった|であった|になった|となった|に達した)(?:年度|年)(?:の)?[、,]?/;

/**
 * The question with a year named by one of its figures (「架空庁で応援要員が延べ145人だった年度、年休は…」) replaced by
 * that year (「架空庁で令和4年度の年休は…」), when exactly one report of the ministry asked prints that figure beside the
 * words describing it; else null.
 */
/** A question whose year is named by what happened in it, rewritten with that year, and the source saying so. */
interface YearNamed {
  question: string;
  fix: { from: string; to: string };
  evidence: AnswerSource;
  /** What named the report, said before the answer (「いちばん高いのはテスト省（25.5%）」), and how sure that is. */
  lead?: string;
  confidence?: number;
}

function yearOfFigure(engine: SearchEngine, question: string): YearNamed | null {
  const normalized = question.normalize('NFKC');
  const found = YEAR_OF_FIGURE.exec(normalized);
  if (!found) return null;
  const [said, described, value, unit] = found as unknown as [string, string, string, string];
  const catalog = reportCatalog(engine);
  const scope = readQuestionScope(normalized, catalog.ministries);
  if (scope.ministry === null) return null;
  const ministry = scope.ministry;
  const figure = `${value}${unit}`;
  const subject = described.replace(ministry, '').replace(/^(で|の|は)/, '');
  const years = new Set<number>();
  let evidence: AnswerSource | null = null;
  // Identical statements of several years fold into one hit; each year's row has results of its own.
  const places = engine
    .search({ q: subject, filters: { ministry: [ministry] }, limit: 50 })
    .results.flatMap((hit) => [hit.id, ...hit.alsoAt.map((place) => place.id)]);
  for (const id of places) {
    const initiative = engine.getInitiative(id);
    if (initiative === undefined || initiative.ministry !== ministry) continue;
    const printsIn = (text: string | null) => text !== null && text.normalize('NFKC').replace(/\s+/g, '').includes(figure);
    if (!printsIn(initiative.text) && !printsIn(initiative.results)) continue;
    years.add(initiative.fiscalYear);
    evidence ??= printsIn(initiative.text) ? sourceOf(initiative) : sourceOf(initiative, initiative.results!, 'results');
  }
  if (years.size !== 1 || evidence === null) return null;
  const [year] = years as unknown as [number];
  const label = catalog.labelOf(ministry, year);
  return {
    question: normalized.replace(said, `${described.includes(ministry) ? ministry + 'の' : ''}${label}の`),
    fix: { from: said.replace(/[、,]$/, ''), to: label },
    evidence,
  };
}

/**
 * 「令和3年度の報告で男性の育休取得率がいちばん高かった府省は、その報告で【新規】を何件…」: a ministry named by its rank, then
 * what is asked of it. The first part is what a rank question asks; the rest, where it refers back (その報告で, 同じ年度に).
 */
const MINISTRY_OF_RANK = /^(.*?(?:いちばん|一番|最も|もっとも)(?:高|低|多|少な|長|短|大き|小さ)(?:かった|い)(?:府省|省庁|ところ))(?:は|が)[、,](.+)$/;
const REFERS_BACK = /^(?:その(?:府省|省庁|ところ)?(?:の)?(?:報告|年度)(?:で|に|の|では)?|同じ(?:報告|年度)(?:で|に|の|では)?)[、,]?/;

/**
 * The question with its ranked ministry named (「テスト省の令和3年度の報告で【新規】の取組を何件…」), when the rank part is
 * answered by one ministry's report (the winner of its lead); else null. The rank's lead is said first, its source cited.
 */
function ministryOfRank(engine: SearchEngine, question: string): YearNamed | null {
  const normalized = question.normalize('NFKC');
  const found = MINISTRY_OF_RANK.exec(normalized);
  if (!found) return null;
  const [, rankPart, rest] = found as unknown as [string, string, string];
  const rank = answerAsTyped(engine, `${rankPart}は?`);
  const winners = new Set(rank.sources.map((source) => `${source.ministry}\t${source.fiscalYear}`));
  const [evidence] = rank.sources;
  if (rank.answer === null || rank.lead === undefined || winners.size !== 1 || evidence === undefined) return null;
  const label = reportCatalog(engine).labelOf(evidence.ministry, evidence.fiscalYear);
  const named = `${evidence.ministry}の${label}の報告で`;
  return {
    question: `${named}${rest.replace(REFERS_BACK, '')}`,
    fix: { from: rankPart, to: `${evidence.ministry}（${label}）` },
    evidence,
    lead: rank.lead,
    confidence: rank.confidence,
  };
}

/**
 * What refers back to reports a first part selected (「…を下回った府省は、同じ報告で」「…が載っている報告を探して、それぞれの
 * 報告に」「…に届いていなかった年度の報告では、…それぞれ」): the first part, and the question asked of each report it names.
 */
const REFERS_BACK_TO_MANY = /[、,](?:同じ報告|その報告|それぞれの報告|それらの報告|同じ年度|その年度)(?:で|に|の中で|では|には|の)?[、,]?/;
const EACH_OF_THOSE_REPORTS = /^(.+?(?:年度|報告))(?:の報告)?では[、,](.*それぞれ.*)$/;
/** Past this many reports, a selection is read as no selection (a list of every report is not a condition). */
const MAX_SELECTED_REPORTS = 8;

/**
 * A question about the reports a condition selects (「令和4年度の報告で、月平均の超過勤務時間が20時間を下回った府省は、同じ
 * 報告で【拡充】を何件出していますか」): the condition is answered first, as a question of its own (a threshold, a figure
 * printed in the results, a target not met); each report its answer cites is then asked the rest, and the answers are
 * said one after the other below the condition's. Null when the question has no such shape, the condition is not answered,
 * or none of the reports answers the rest.
 */
function ofSelectedReports(engine: SearchEngine, question: string): Answer | null {
  const normalized = question.normalize('NFKC');
  let condition: string;
  let rest: string;
  const back = REFERS_BACK_TO_MANY.exec(normalized);
  const each = back === null ? EACH_OF_THOSE_REPORTS.exec(normalized) : null;
  if (back !== null) [condition, rest] = [normalized.slice(0, back.index), normalized.slice(back.index + back[0].length)];
  else if (each !== null) [condition, rest] = [`${each[1]!}`, each[2]!];
  else return null;
  condition = conditionAsQuestion(condition);
  rest = rest.replace(/それぞれ(の報告)?(で|に)?/g, '');
  if (condition === '' || rest.trim() === '') return null;
  const selector = answerAsTyped(engine, condition);
  // A figure of every report (「…の目標は？」) is no condition: only a verdict, a bound or a pick selects.
  if (selector.answer === null || (selector.kind === 'metric' && selector.lead === undefined)) return null;
  const catalog = reportCatalog(engine);
  const reports = selectedReports(selector, condition);
  if (reports.length === 0 || reports.length > MAX_SELECTED_REPORTS) return null;
  const answers = reports.map((report) =>
    answerAsTyped(engine, `${report.ministry}の${catalog.labelOf(report.ministry, report.fiscalYear)}の報告で、${rest}`),
  );
  const given = answers.filter((answer) => answer.answer !== null);
  if (given.length === 0) return null;
  // Only what selected the reports is said and cited of the condition (not the years a target was met).
  const isSelected = (source: { ministry: string; fiscalYear: number }) =>
    reports.some((report) => report.ministry === source.ministry && report.fiscalYear === source.fiscalYear);
  const lead =
    selector.lead ??
    (selector.table !== undefined
      ? selector.answer
          .split('\n')
          .filter((line) => reports.some((report) => line.startsWith(`${report.ministry}（${catalog.labelOf(report.ministry, report.fiscalYear)}`)))
          .join('\n') || selector.answer
      : selector.answer);
  return {
    question,
    kind: given[0]!.kind,
    answer: [lead, ...given.map((answer) => answer.answer!)].join('\n'),
    confidence: Math.min(selector.confidence, ...given.map((answer) => answer.confidence)),
    sources: [...selector.sources.filter(isSelected), ...given.flatMap((answer) => answer.sources)],
  };
}

/** 「届いていなかった」「未達成の」: a condition on targets asking for the reports that missed them (else those that met them). */
const MISSED = /届いていな|届かな|達成(でき|し)?(な|ていな|ませ)|未達成|下回って|及ばな/;

/**
 * The reports a condition's answer selects: of a verdict on targets, the rows whose verdict is the one asked (達成 or
 * 未達成, every year of which is cited); of anything else, the reports its sources cite.
 */
function selectedReports(selector: Answer, condition: string): { ministry: string; fiscalYear: number }[] {
  if (selector.kind === 'met' && selector.table !== undefined) {
    const missed = MISSED.test(condition);
    // 「30%（令和7年）の目標を上回っている府省」: the rows of that target only (財務省's is 13%).
    const target = /([0-9]+(?:\.[0-9]+)?)\s*%(?:[（(][^）)]*[）)])?(?:の|という)目標/.exec(condition.normalize('NFKC'));
    return selector.table.filter(
      (row) => row.value.startsWith('未達成') === missed && (target === null || row.value.includes(`目標：${target[1]}%`)),
    );
  }
  return [...new Map(selector.sources.map((source) => [`${source.ministry}\t${source.fiscalYear}`, source])).values()];
}

/** The selecting part as a question: 「…が載っている報告を令和2年度・令和3年度から探して」 → 「令和2年度・令和3年度の報告で、…が載っている報告は?」. */
function conditionAsQuestion(part: string): string {
  const trimmed = part.replace(/[、,]$/, '');
  const search = /^(.+?)を(.+?)から(?:探して|見つけて|選んで)$/.exec(trimmed);
  if (search !== null) return `${search[2]!}の報告で、${search[1]!}は?`;
  return `${trimmed.replace(/(?:では|は|が|で)$/, '')}は?`;
}

/** 「模擬省の実施未定がゼロになった年度」「【拡充】がなくなった年」: a year named by a tag or status it no longer has. */
const YEAR_OF_NONE =
  /[【「]?(実施未定|新規|拡充|継続)[】」]?(?:の項目|の取組|の件数|の項目数)?(?:が|は)(?:ゼロ|0件|0|1件もなく|なく|無く)(?:に)?(?:なった|なっていた)(?:年度|年)(?:の)?[、,]?/;

/**
 * The question with a year named by a tag or status its report no longer has (「模擬省の実施未定がゼロになった年度、その年に
 * 【新規】はいくつ」) replaced by that year: the first report of the ministry asked with none, after one with some; else null.
 */
function yearOfNone(engine: SearchEngine, question: string): YearNamed | null {
  const normalized = question.normalize('NFKC');
  const found = YEAR_OF_NONE.exec(normalized);
  if (!found) return null;
  const [said, what] = found as unknown as [string, string];
  const catalog = reportCatalog(engine);
  const ministry = readQuestionScope(normalized, catalog.ministries).ministry;
  if (ministry === null) return null;
  const filter = what === '実施未定' ? { status: ['実施未定' as const] } : { tag: [what as Tag] };
  const years = [...new Set(catalog.reports.filter((r) => r.ministry === ministry).map((r) => r.fiscalYear))].sort((a, b) => a - b);
  const held = years.map((year) => engine.search({ q: '', filters: { ministry: [ministry], year: [year], ...filter }, limit: 1 }).total > 0);
  const at = held.findIndex((has, i) => !has && held.slice(0, i).some((earlier) => earlier));
  const year = years[at];
  if (at < 0 || year === undefined) return null;
  const [first] = engine.search({ q: '', filters: { ministry: [ministry], year: [year] }, limit: 1 }).results;
  const initiative = first === undefined ? undefined : engine.getInitiative(first.id);
  if (initiative === undefined) return null;
  const label = catalog.labelOf(ministry, year);
  return {
    question: normalized.replace(said, `${label}の`),
    fix: { from: said.replace(/[、,]$/, ''), to: label },
    evidence: sourceOf(initiative, initiative.text, 'report'),
  };
}

/** How a line of two figures asked at once says the report lacks one of them (see bothFigures). */
const PART_MISSING = '：記載がありません';

function answerAsTyped(engine: SearchEngine, question: string): Answer {
  const both = bothThresholds(engine, question);
  if (both !== null) return both;
  const resolved = reasonAgainstLater(engine, question);
  if (resolved !== null) return resolved;
  const aboutRows = targetRowsAnswer(engine, question);
  if (aboutRows !== null) return aboutRows;
  const repeated = repeatedResultsAnswer(engine, question);
  if (repeated !== null) return repeated;
  const picked = pickedFiguresAnswer(engine, question);
  if (picked !== null) return picked;
  const path = tagPathAnswer(engine, question);
  if (path !== null) return path;
  const followed = reasonFollowedAnswer(engine, question);
  if (followed !== null) return followed;
  const reading = read(engine, question);
  const parts = twoFigures(reading);
  return parts ? bothFigures(reading, parts) : answerReading(reading);
}

/**
 * A question about the target rows themselves (answer-target-rows.ts): 「途中で目標の数値そのものを引き上げた府省は」 (rows
 * compared report to report) or 「「目標設定時」の値が書かれていない目標は」 (rows lacking a field); null when it asks neither or
 * no row answers (the question then goes the usual way).
 */
function targetRowsAnswer(engine: SearchEngine, question: string): Answer | null {
  const normalized = question.normalize('NFKC');
  type Found = { drafts: Draft[]; lead: string } | null;
  // In order: the first asked that finds rows answers; one that finds none leaves the question to the next, then to the usual way.
  const askers: { asked: boolean; kind: QuestionKind; find: (reading: Reading) => Found }[] = [
    {
      asked: PACE_ASKED.test(normalized),
      kind: 'change',
      find: (r) => (r.scope.fiscalYears.length >= 3 ? paceOfTargets(engine, r.catalog, r.scope, r.matcher, normalized) : null),
    },
    {
      asked: PROGRESS_ASKED.test(normalized),
      kind: 'metric',
      find: (r) => progressTowardsTargets(engine, r.catalog, r.scope, r.matcher, normalized),
    },
    {
      asked: EXTREME_OVER_REPORTS.test(normalized),
      kind: 'metric',
      find: (r) => extremeOverReports(engine, r.catalog, normalized, r.scope, wholeQuestionMatcher(engine, normalized)),
    },
    {
      asked: RANK_SWAPPED.test(normalized),
      kind: 'change',
      find: (r) => rankSwaps(engine, r.catalog, r.scope, wholeQuestionMatcher(engine, normalized)),
    },
    { asked: CURRENT_MOVED.test(normalized), kind: 'change', find: (r) => currentMoves(engine, r.catalog, normalized, r.scope) },
    { asked: MET_AT_BASELINE.test(normalized), kind: 'metric', find: (r) => targetsMetAtBaseline(engine, r.catalog, r.scope) },
    { asked: TARGET_CHANGED.test(normalized), kind: 'change', find: (r) => targetChanges(engine, r.catalog, normalized, r.scope, r.matcher) },
    { asked: FIELD_MISSING.test(normalized), kind: 'metric', find: (r) => targetsLacking(engine, r.catalog, normalized, r.scope) },
    {
      asked: PERIOD_ASKED.test(normalized) && /目標/.test(normalized),
      kind: 'metric',
      find: (r) => targetsByPeriod(engine, r.catalog, normalized, r.scope),
    },
    {
      asked: TARGETS_LISTED.test(normalized) && !ROWS_COMPARED.test(normalized),
      kind: 'metric',
      find: (r) => targetsListed(engine, r.catalog, r.scope, r.matcher, normalized),
    },
  ];
  const asked = askers.filter((asker) => asker.asked);
  if (asked.length === 0) return null;
  const reading = read(engine, question);
  for (const asker of asked) {
    const answer = tableOfFound(reading, asker.find(reading), asker.kind);
    if (answer !== null) return answer;
  }
  return null;
}

/** A matcher of every word of the question (a row is often named in a sentence of purpose before the ask). */
function wholeQuestionMatcher(engine: SearchEngine, question: string): SubjectMatcher {
  return buildSubjectMatcher(question, synonymsOf(engine, question), unitWeigher(engine), unitOccurs(engine));
}

/** Drafts found with their lead, as the page's table of one kind; null when nothing was found. */
function tableOfFound(reading: Reading, found: { drafts: Draft[]; lead: string } | null, kind: QuestionKind): Answer | null {
  const [first, ...rest] = found?.drafts ?? [];
  return found && first ? { ...table(reading, [first, ...rest], found.lead), kind } : null;
}

/**
 * 「前の年度とまったく同じ数字がそのまま報告されている成果はありますか」 (answer-repeated-results.ts): the rows whose
 * results repeat the year before's figures; null when it is not asked or none repeats (the question goes the usual way).
 */
function repeatedResultsAnswer(engine: SearchEngine, question: string): Answer | null {
  const normalized = question.normalize('NFKC');
  if (!asksRepeatedResults(normalized)) return null;
  const reading = read(engine, question);
  const found = repeatedResults(engine, reading.catalog, reading.scope);
  const [first, ...rest] = found?.drafts ?? [];
  if (!found || !first) return null;
  // None repeats: one line, of the reports compared.
  if (rest.length === 0 && first.answer === found.lead) return { ...single(reading, first), kind: 'change' };
  return { ...table(reading, [first, ...rest], found.lead), kind: 'change' };
}

/**
 * 「成果欄で45名が出てくるのはどの府省の何の人数？」「成果欄の数字のうち100以上のもの」 (answer-results-figures.ts): the results
 * printing the figures picked, per report; null when none is asked or none is printed (the question goes the usual way).
 */
function pickedFiguresAnswer(engine: SearchEngine, question: string): Answer | null {
  const pick = figurePickOf(question);
  const byReport = pick === null && asksResultsByReport(question);
  if (pick === null && !byReport) return null;
  const reading = read(engine, question);
  const found =
    pick !== null
      ? pickedResultsFigures(engine, reading.catalog, pick, reading.scope)
      : resultsByReport(engine, reading.catalog, question, reading.scope, reading.matcher);
  return tableOfFound(reading, found, 'list');
}

/**
 * 「令和2年度に【新規】、令和3年度は【継続】、令和4年度に【拡充】となった取組」「同じ項目の欄に【新規】と【拡充】が並ぶ」
 * (answer-tag-paths.ts): initiatives whose tags went the way listed through consecutive reports, or rows holding both
 * tags; null when neither is asked or nothing answers (the question goes the usual way).
 */
function tagPathAnswer(engine: SearchEngine, question: string): Answer | null {
  const path = tagPathOf(question);
  const together = path === null ? tagsSideBySideOf(question) : null;
  const orphaned = path === null && together === null && asksContinuedFromNowhere(question);
  if (path === null && together === null && !orphaned) return null;
  const reading = read(engine, question);
  const found =
    path !== null
      ? tagPaths(engine, reading.catalog, question, path, reading.scope)
      : together !== null
        ? tagsSideBySide(engine, reading.catalog, together, reading.scope)
        : continuedFromNowhere(engine, reading.catalog, reading.scope);
  return tableOfFound(reading, found, path !== null ? 'change' : 'list');
}

/**
 * 「実施未定の理由に「予定」と書いていた項目は、次の年度に実施に変わったか」 (answer-reason-followup.ts): each such row and what
 * the next report says of it; null when it is not asked or no reason holds the words (the question goes the usual way).
 */
function reasonFollowedAnswer(engine: SearchEngine, question: string): Answer | null {
  const words = reasonFollowedOf(question);
  if (words === null) return null;
  const reading = read(engine, question);
  return tableOfFound(reading, reasonsFollowed(engine, reading.catalog, words, reading.scope), 'change');
}

/**
 * 「…を見送った理由は、令和3年度に始めた電子申請で解消されたと読めますか」: a reason held against what a later report
 * says was done. The question's two parts, asked alone, with what follows (「令和2年度・令和3年度の理由と照らして」)
 * kept with the reason.
 */
const RESOLVED_ASKED =
  /^(.*?理由)(?:は|が)?[、,]?(.+?)(?:で|によって|により|を通じて)(?:解消|解決|克服|改善)(?:され|し)?(?:た)?と(?:読め|言え|考えられ|見てよい|見ていい)(?:ます|る)?(?:か|でしょうか)[。？?]*(.*)$/;
/** A reason and a later statement set side by side leave the judgment to the reader: below the sure band. */
const SIDE_BY_SIDE_CONFIDENCE = 0.7;

/**
 * The reason and the later report's statement, side by side (the reports do not say whether one resolved the other);
 * null unless the question is asked so and both parts are answered.
 */
function reasonAgainstLater(engine: SearchEngine, question: string): Answer | null {
  const asked = RESOLVED_ASKED.exec(question.normalize('NFKC'));
  if (!asked) return null;
  const [, reasonAsked, later, rest] = asked as unknown as [string, string, string, string];
  const reason = answerReading(read(engine, `${reasonAsked}は？${rest}`));
  if (reason.answer === null || reason.kind !== 'reason') return null;
  const catalog = reportCatalog(engine);
  const ministry = readQuestionScope(reasonAsked, catalog.ministries).ministry;
  if (ministry === null) return null;
  const done = answerReading(read(engine, `${ministry}の${later.replace(/こと$/, '')}は？`));
  if (done.answer === null) return null;
  return {
    ...reason,
    question,
    answer: `理由：${reason.answer}\n後の報告の記載：${done.answer}\n（解消したかどうかは報告には書かれていません）`,
    confidence: Math.min(reason.confidence, done.confidence, SIDE_BY_SIDE_CONFIDENCE),
    sources: [...reason.sources, ...done.sources],
  };
}

/**
 * 「令和4年度のテスト省と架空省で、年休の平均15日超えと超勤の月平均20時間未満を両方満たしているのはどちらですか」: two
 * figures each held against its own number, and the ministries passing both. The question is read as its two halves
 * (「…年休の平均15日超え」「…超勤の月平均20時間未満」), each asked of every ministry named; null unless both halves name a
 * number and every ministry's figure for each is sure (then the question goes the usual way).
 */
function bothThresholds(engine: SearchEngine, question: string): Answer | null {
  const asked = BOTH_THRESHOLDS.exec(question.normalize('NFKC'));
  if (!asked) return null;
  const [, before, first, second] = asked as unknown as [string, string, string, string];
  // The words before the first half (「令和4年度のテスト省と架空省で、」) are the scope both halves are asked in.
  const scopeWords = /^(.*[、,])/.exec(before)?.[1] ?? '';
  const halves = [`${before}${first}`, `${scopeWords}${second}`].map((half) => read(engine, `${half}なのはどこ`));
  if (halves.some((half) => half.shape.threshold === null)) return null;
  const answered = halves.map((half) => {
    const targets = resolveTargets(half.catalog, half.scope, half.shape.kind, half.question, { everyMinistry: true });
    return targets.flatMap((target) => {
      const draft = answerTarget(half, target);
      return draft && draft.measure && draft.confidence >= SURE_TO_RANK ? [draft] : [];
    });
  });
  const [firstDrafts, secondDrafts] = answered as [Draft[], Draft[]];
  const ministries = [...new Set(firstDrafts.map((d) => d.sources[0]?.ministry ?? ''))].filter((m) =>
    secondDrafts.some((d) => d.sources[0]?.ministry === m),
  );
  if (ministries.length === 0) return null;
  const passes = (draft: Draft, threshold: Threshold) => {
    const value = draft.measure!.value;
    return (threshold.inclusive && value === threshold.value) || (threshold.below ? value < threshold.value : value > threshold.value);
  };
  const rows = ministries.map((ministry) => {
    const pair = answered.map((drafts) => drafts.find((d) => d.sources[0]?.ministry === ministry)!) as [Draft, Draft];
    const both = pair.every((draft, i) => passes(draft, halves[i]!.shape.threshold!));
    const draft: Draft = {
      answer: pair
        // 「年休の平均（15日超）：15.8日」, half-width as the answer gives numbers, and 「（満たさない）」 where it fails.
        .map((d, i) => {
          const { threshold } = halves[i]!.shape;
          // Each half named as asked, up to its number: 「年休の平均」「超勤が」 → 「超勤」.
          const said = withoutDates([first, second][i] ?? '')
            .trim()
            .replace(/^(に|で|は|の)/, '')
            .replace(/[0-9].*$/, '')
            .replace(/(が|は|を|の)$/, '');
          const named = `${said}（${threshold!.said}）`;
          return `${named}：${toHalfWidthDigits(d.measure!.printed)}${passes(d, threshold!) ? '' : '（満たさない）'}`;
        })
        .join('／'),
      confidence: Math.min(...pair.map((d) => d.confidence)),
      sources: pair.flatMap((d) => d.sources),
    };
    return { ministry, both, draft };
  });
  const passing = rows.filter((row) => row.both);
  const lead = passing.length === 0 ? '両方を満たす府省はありません' : `両方を満たしているのは${passing.map((row) => row.ministry).join('・')}`;
  const reading = read(engine, question);
  return table(reading, rows.map((row) => row.draft) as [Draft, ...Draft[]], lead);
}

/** Two figures each held to a number, joined by と, asked to be met together (両方, どちらも, ともに). */
const BOTH_THRESHOLDS = new RegExp(
  `^(.*?)([^、,。と]*?[0-9]+(?:\\.[0-9]+)?\\s*(?:時間|日|%|％|人|名|件)(?:を)?(?:超え|超|以上|以下|未満|を切る|を下回る|を上回る))と([^、,。]*?[0-9]+(?:\\.[0-9]+)?\\s*(?:時間|日|%|％|人|名|件)(?:を)?(?:超え|超|以上|以下|未満|を切る|を下回る|を上回る))[^。？?]*(?:両方|どちらも|ともに|いずれも)`,
);

/** A figure's name as a question ends it: 取得率, 割合, 平均取得日数, 利用者数, 応援要員（延べ）, 超勤の月平均, 延べ受講者. */
// 年休 and 超勤 are the field's short words for two figures (年次休暇の平均取得日数, 月平均超過勤務時間), when they stand
// alone (「年休と超勤を」), not as the head of a longer name (「超勤の月平均」).
const FIGURE_NOUN =
  '(?:率|割合|日数|時間|者数|人数|件数|の数|回数|台数|組数|要員|用員|月平均|延べ[\\u4e00-\\u9fff]{1,6}者|(?:年休|超勤)(?=[、,はをがとっ\\s]|$))(?:（[^）]*）|\\([^)]*\\))?';
/** 「AとB、両方知りたい」「AとBを教えて」: two figures of one report asked at once. */
const TWO_FIGURES = new RegExp(`^(.*?${FIGURE_NOUN})(?:と|及び|および|並びに)[、,]?(.*?${FIGURE_NOUN})(.*)$`);

/**
 * The two readings of a question asking two figures of one ministry's report (「架空省の今年度の年休の平均取得日数と、
 * フレックスタイム制の利用者数を教えてほしい」), each with the scope read from the whole question; null for any other
 * question (a change compares two figures, and one asked of every ministry is a table of one figure).
 */
function twoFigures(reading: Reading): [Reading, Reading] | null {
  if (reading.scope.ministry === null || !['count', 'metric', 'unknown', 'what', 'change'].includes(reading.shape.kind)) return null;
  const split = TWO_FIGURES.exec(reading.scope.rest);
  if (!split) return null;
  const [, first, second, tail] = split as unknown as [string, string, string, string];
  // 「年休と超勤を…追っています。年休は毎年増えて、超勤は毎年減っている…」: the tail may name both again; each part
  // keeps its own words.
  const readingOf = (part: string, other: string): Reading => {
    const asked = `${part}${tail.split(other).join('')}`;
    const own = classifyQuestion(withoutDates(asked), asked);
    // 「年休の平均取得日数と繁忙期の応援要員（延べ）」: a part naming no counter is the same kind of figure as the whole.
    // A change of two figures (「年休と超勤、毎年どう変わった？」) is a change of each.
    const figure =
      reading.shape.kind === 'change'
        ? own.kind === 'change'
        : own.kind === 'count' || own.kind === 'metric' || (reading.shape.kind !== 'count' && reading.shape.kind !== 'metric');
    const shape = figure ? own : { ...own, kind: reading.shape.kind, counter: counterOf(asked) };
    const matcher = buildSubjectMatcher(
      shape.subject,
      synonymsOf(reading.engine, shape.subject),
      unitWeigher(reading.engine),
      unitOccurs(reading.engine),
    );
    // Its own words only: 「…育休取得率と女性の採用割合」 names 採用, which the 育休 row must not be held to. A change's
    // subject keeps the words of how it moved (「年休は 増えて」): its line is named by the part itself.
    return { ...reading, question: asked, shape, matcher, ...(shape.kind === 'change' ? { figureName: part.replace(/[、,\s]+$/, '') } : {}) };
  };
  const readings: [Reading, Reading] = [readingOf(first, second), readingOf(second, first)];
  const kinds = reading.shape.kind === 'change' ? ['change'] : ['count', 'metric'];
  return readings.every((r) => r.shape.subject !== '' && kinds.includes(r.shape.kind)) ? readings : null;
}

/** How sure an answer is that gives one figure of two and says the report lacks the other. */
const ONE_OF_TWO_FACTOR = 0.7;

/** Both figures' answers, one line each, named by what each asked; the whole question's abstention when neither answers. */
function bothFigures(reading: Reading, parts: [Reading, Reading]): Answer {
  const answers = parts.map(answerReading);
  if (answers.every((a) => a.answer === null)) return answerReading(reading);
  const prefixes = answers.map((a) => /^［[^］]*］/.exec(a.answer ?? '')?.[0] ?? '');
  const shared = prefixes[0] !== '' && prefixes.every((p) => p === prefixes[0] || p === '') ? prefixes[0]! : '';
  const lines = answers.map(
    (a, i) =>
      // The subject as the classifier left it: 「マネジメント研修の 受講者」 once 延べ is read as the counter.
      `${parts[i]!.figureName ?? parts[i]!.shape.subject.replace(/\s+/g, '')}${a.answer === null ? PART_MISSING : `：${a.answer.slice(shared && a.answer.startsWith(shared) ? shared.length : 0)}`}`,
  );
  const given = answers.filter((a) => a.answer !== null);
  const confidence = Math.min(...given.map((a) => a.confidence)) * (given.length < answers.length ? ONE_OF_TWO_FACTOR : 1);
  const [first] = given;
  return {
    question: reading.question,
    kind: first!.kind,
    answer: `${shared}${lines.join('\n')}`,
    confidence: round(confidence),
    sources: given.flatMap((a) => a.sources),
    ...(first!.scope && given.every((a) => JSON.stringify(a.scope) === JSON.stringify(first!.scope)) ? { scope: first!.scope } : {}),
  };
}

function answerReading(asked: Reading): Answer {
  const { engine } = asked;
  // 「令和2年度から令和4年度まで3年分合計して」: counts added up over a span are of every year in it, not of its two ends.
  const span = asked.scope.yearSpan;
  const spanSummed = span !== null && asked.scope.ministry === null && OVER_YEARS.test(asked.question);
  const reading: Reading = spanSummed ? { ...asked, scope: { ...asked.scope, fiscalYears: yearsOfSpan(span) } } : asked;
  const { scope, shape } = reading;
  if (isForeignMinistry(engine, scope.foreignMinistry, reading.question)) {
    return abstain(reading, [], `${scope.foreignMinistry}の報告は読み込まれていません`, shape.kind);
  }
  const asksWhich = scope.ministry === null && ASKS_WHICH.test(reading.question);
  const asksEvery =
    asksWhich || (scope.ministry === null && (ASKS_EACH.test(reading.question) || shape.extreme !== null || shape.threshold !== null));
  // A row's results are each ministry's own, as its figures are: 「メンター制度の成果は？」 is answered per ministry.
  const targets = resolveTargets(reading.catalog, scope, shape.kind, reading.question, { everyMinistry: asksEvery || shape.asksResults });
  // 「…を拡充した府省は？」: a ministry whose report has none (「0件」, sourced from the report read) is no answer to which.
  // 「【拡充】が1件もなかった府省は？」「新規がちょうど2件だったところ」: there, a report with none is a count held against
  // the number (the answer, or one that does not pass).
  // 「3年分合計して、いちばん多いのはどの府省」: a year with none is a count of 0 in the ministry's sum.
  const summedOverYears =
    scope.ministry === null &&
    new Set(scope.fiscalYears).size > 1 &&
    (shape.threshold !== null || shape.extreme !== null) &&
    OVER_YEARS.test(reading.question);
  const countsHeld = (shape.threshold !== null && shape.threshold.unit === '件') || summedOverYears;
  const reportOnly = (d: Draft) => !countsHeld && d.sources.every((source) => source.field === 'report');
  // 「事務次官ではなく大臣や長官が出している」: a statement naming only what the question sets aside does not answer it.
  const setAside = ONE_REPORT_ANSWERS.has(shape.kind) ? setAsideWords(reading.question) : [];
  const namesOnlySetAside = (d: Draft) =>
    setAside.length > 0 && d.sources.length > 0 && d.sources.every((source) => setAside.some((word) => source.text.normalize('NFKC').includes(word)));
  const drafted = targets
    .map((target) => answerTarget(reading, target))
    .filter((d): d is Draft => d !== null && !(asksWhich && reportOnly(d)) && !namesOnlySetAside(d));
  // Nor, asked of no ministry in particular (「令和4年度に超過勤務の縮減の関係で拡充された取組」), is a ministry whose
  // report has none of the tag at all, beside ministries that list some; one named, or each asked for, still answers.
  // A question naming nothing but the tag (「令和3年度に拡充した取組は？」) is answered 「0件」 by such a report, though.
  // Nor is a ministry whose rows hold no such reason, beside ministries whose rows do (「理由が空欄の項目ってある？」).
  // Asked for each (「府省ごとに」) with a subject (「…のうち、会議のやり方にかかわるものを府省別に」), a report without the tag
  // is no more an answer than one whose statements of it are about something else, which says nothing.
  const subjectListed = isEnumeration(shape) && reading.matcher.units.length > 0;
  const askedOfAny =
    scope.ministry === null &&
    scope.ministries.length <= 1 &&
    (!ASKS_EACH.test(reading.question) || subjectListed) &&
    (reading.matcher.units.length > 0 || shape.kind === 'reason');
  // Nor, for rows picked across two years or by their reasons (「…へ変わったものを府省ごとに」), a ministry with none
  // beside ministries with some, though each was asked for; a list of a tag still says 0件 of a ministry asked for.
  const listed = shape.kind === 'change' || shape.kind === 'reason';
  const answered =
    (askedOfAny || (listed && scope.ministry === null && scope.ministries.length <= 1)) && drafted.some((d) => !reportOnly(d))
      ? drafted.filter((d) => !reportOnly(d))
      : drafted;
  // Asked for results, the ministries whose rows print them answer; the others' statements only when none does.
  const withResults = shape.asksResults ? answered.filter((d) => d.sources.some((source) => source.field === 'results')) : [];
  const drafts = withResults.length > 0 ? withResults : answered;
  const best = Math.max(0, ...drafts.map((d) => d.confidence));
  // Ministries or years the question names one by one are each answered, not only those as sure as the best.
  // So is every ministry when the question asks for each (「各府省で」「府省別に」): a ministry whose report words the
  // figure otherwise (月平均超過勤務時間 without 職員一人当たりの) still answers for itself.
  const namedEach =
    scope.ministries.length > 1 ||
    (shape.kind !== 'change' && new Set(scope.fiscalYears).size > 1) ||
    (scope.ministry === null && ASKS_EACH.test(reading.question));
  // 「…が最も高い府省は？」 compares every ministry's figure and 「…している府省はどこ？」 asks for all that do: each ministry
  // answers that is about as sure as a holder an abstention would name (a wider margin than a table's).
  const margin = namedEach ? Infinity : asksEvery ? HOLDER_MARGIN : TABLE_MARGIN;
  const surest = drafts.filter((d) => d.confidence >= best - margin);
  // 「3年分を通して【拡充】が1件しかない府省」「3年分合計して、いちばん多いのはどの府省」: each ministry's counts over the
  // years named, added up, are what is held against the number or ranked.
  const summed = summedOverYears ? perMinistrySums(reading, surest) : null;
  const answering = summed?.drafts ?? surest;
  const [first, ...others] = answering;
  if (first === undefined) return abstain(reading, targets, null, shape.kind);
  // 「…令和2年度・令和3年度・令和4年度のうち20時間を下回ったのはどの年度？」: one ministry's years held against it too.
  if (shape.threshold !== null && (scope.ministry === null || new Set(scope.fiscalYears).size > 1)) {
    // A ministry without a report of the year asked cannot count that year's tags: no figure is missing from it.
    const couldCount = targets.filter((target) => !target.missing && !(isEnumeration(shape) && target.fiscalYear === null));
    const partial = summed ? summed.drafts.length < summed.ministries : answering.length < couldCount.length;
    const held = againstThreshold(reading, answering, shape.threshold, partial);
    if (held) return summed?.note ? { ...held, answer: `${held.answer}\n${summed.note}` } : held;
  }
  // 「男性育休の目標を13%にしているのはどこ？」: the ministries whose figure is the one named.
  const named = asksWhich ? NAMED_VALUE.exec(reading.question.normalize('NFKC')) : null;
  if (named && answering.every((d) => d.measure !== undefined)) {
    const value = Number(named[1]);
    const unit = named[2] === '％' ? '%' : named[2]!;
    const [hit, ...more] = answering.filter((d) => d.measure!.value === value && d.measure!.unit === unit);
    if (hit) return table(reading, [hit, ...more], `${value}${unit}なのは${[hit, ...more].map((d) => d.sources[0]?.ministry ?? '').join('・')}`);
  }
  // 「毎年同じ件数の【新規】を出している府省」: the ministries whose count is the same in every year named.
  if (shape.kind === 'count' && scope.ministry === null && SAME_EVERY_YEAR.test(reading.question) && new Set(scope.fiscalYears).size > 1) {
    const same = sameEveryYear(reading, answering);
    if (same) return same;
  }
  // 「架空庁が初めて【拡充】の取組を出したのは、令和2年度・令和3年度・令和4年度のどれ？」: the earliest year with one.
  if (FIRST_TIME.test(reading.question) && new Set(scope.fiscalYears).size > 1 && answering.every((d) => d.measure !== undefined)) {
    const byYear = [...answering].sort((a, b) => (a.sources[0]?.fiscalYear ?? 0) - (b.sources[0]?.fiscalYear ?? 0));
    const earliest = byYear.find((d) => d.measure!.value > 0);
    const source = earliest?.sources[0];
    if (earliest && source) {
      const year = yearWithWestern(reading.catalog.labelOf(source.ministry, source.fiscalYear), source.fiscalYear);
      return table(reading, byYear as [Draft, ...Draft[]], `初めてなのは${year}（${earliest.measure!.printed}）`, [earliest]);
    }
  }
  if (asksWhich && shape.kind === 'met') {
    const verdict = byVerdict(reading, answering);
    if (verdict) return verdict;
  }
  // 「目標までの距離は令和2年度から令和3年度で縮まったのか広がったのか」: one ministry's gaps over the years, and which way.
  const gapMoved = shape.kind === 'met' && scope.ministry !== null && answering.length > 1 ? gapLead(reading, answering) : null;
  if (gapMoved) return table(reading, answering as [Draft, ...Draft[]], gapMoved);
  // 「…財務省とテスト省はどちらが（目標に）近いところまで来ていますか」: the ministries ranked by their gap to the target.
  const nearest = shape.kind === 'met' && scope.ministry === null ? nearestToTargetLead(reading, answering) : null;
  if (nearest) return table(reading, answering as [Draft, ...Draft[]], nearest);
  // 「【拡充】の件数が【新規】の件数以上になっている府省は？」: the ministries whose counts stand as asked, each with both.
  // 「実施未定の項目数が【新規】の件数を上回っているものはありますか」 of three years: each report whose counts stand so.
  const tagsHeld = TAG_AGAINST_TAG.exec(reading.question.normalize('NFKC'));
  if ((asksWhich || scope.ministry === null) && shape.kind === 'count' && tagsHeld && answering.every((d) => d.met !== undefined)) {
    const [hit, ...more] = answering.filter((d) => d.met === true);
    // 「…を上回」 said as the lead says it: 「…を上回っている」.
    const said = tagsHeld[0].replace(/を(上回|下回)$/, 'を$1っている').replace(/を超え$/, 'を超えている');
    const byYear = new Set(answering.map((d) => d.sources[0]?.fiscalYear)).size > 1;
    const nameOf = (d: Draft) => {
      const source = d.sources[0];
      if (source === undefined) return '';
      return byYear ? `${source.ministry}の${describeYear(reading.catalog, source.ministry, source.fiscalYear)}` : source.ministry;
    };
    if (hit === undefined) return table(reading, answering as [Draft, ...Draft[]], `${said}${byYear ? '報告' : '府省'}はありません`);
    // 「以上なのは」 of a noun, 「多いのは」 of an adjective, 「上回っているのは」 of a verb.
    const copula = /[いる]$/.test(said) ? 'のは' : 'なのは';
    return table(reading, [hit, ...more], `${said}${copula}${[hit, ...more].map(nameOf).join('・')}`);
  }
  // 「実施未定の項目数が前の年より増えた府省はありますか」: the ministries whose change went the way asked.
  const direction = scope.ministry === null && shape.kind === 'change' ? DIRECTION_ASKED.find(([words]) => words.test(reading.question)) : undefined;
  if (direction !== undefined && answering.length > 1 && answering.every((d) => d.measure !== undefined)) {
    const [, sign, said] = direction;
    // 「…と毎年増えてる府省」: over three or more years, each year up (or down), not only the last above the first.
    const everyYear = EVERY_YEAR_MOVED.test(reading.question) && answering.every((d) => d.trend !== undefined);
    const wanted = sign > 0 ? '毎年増加' : '毎年減少';
    const [moved, ...more] = answering.filter((d) => (everyYear ? d.trend === wanted : Math.sign(d.measure!.value) === sign));
    const nameOf = (d: Draft) => `${d.sources[0]?.ministry ?? ''}（${d.measure!.printed}）`;
    const saidOf = everyYear ? `毎年${said}` : said;
    if (moved === undefined) return table(reading, answering as [Draft, ...Draft[]], `${saidOf}府省はありません`);
    return table(reading, [moved, ...more], `${saidOf}のは${[moved, ...more].map(nameOf).join('・')}`);
  }
  // 「…をやっている府省はいくつある？」: the ministries that answer, counted and named, then each one's answer.
  if (scope.ministry === null && MINISTRIES_COUNTED.test(reading.question)) {
    const ministries = [...new Set(answering.map((d) => d.sources[0]?.ministry ?? ''))];
    return table(reading, answering as [Draft, ...Draft[]], `${ministries.length}府省（${ministries.join('・')}）`);
  }
  // 「…の伸び方がこのまま続いたとして、5%程度の目標には届きそうですか」: the change's pace carried on to the target's date.
  const projected = others.length === 0 && shape.kind === 'change' && scope.ministry !== null ? projection(reading, first) : null;
  if (projected !== null) return single(reading, projected);
  // 「…を12か月でならすと、ひと月あたり何人」「1日7時間45分勤務として何日分」: the figure, then the arithmetic asked of it.
  const converted = others.length === 0 ? convertedFigure(reading.question, first.measure) : null;
  if (converted !== null) return single(reading, { ...first, answer: `${first.answer}\n${converted}`, derived: [...(first.derived ?? [])] });
  if (others.length === 0) return withOtherHolders(reading, first, single(reading, first));
  // 「テスト省の【新規】、令和2年度・令和3年度・令和4年度で何件ずつ？3年分足すと何件？」: each count, and their sum first.
  // 「合計がいちばん多い府省は」 asks which ministry's sum is highest: ranked below, not added up across ministries.
  const total = SUM_ASKED.test(reading.question) && shape.extreme === null ? sumLead(reading, [first, ...others]) : null;
  if (total !== null) return table(reading, [first, ...others], total);
  // 「…を出している府省の数字を単純平均すると何日？うちは14.5日なので、上か下か」: the ministries' mean, and the asker's own figure against it.
  const mean =
    (scope.ministry === null || new Set(scope.fiscalYears).size > 1) && AVERAGE_ASKED.test(reading.question.normalize('NFKC'))
      ? averageLead(reading, [first, ...others])
      : null;
  if (mean !== null) return table(reading, [first, ...others], mean);
  const moved = asksHowItMoved(reading.question) ? trendLead(reading, [first, ...others]) : null;
  if (moved !== null) return table(reading, [first, ...others], moved);
  const ratio = /何倍/.test(reading.question) ? ratioLead(reading, [first, ...others]) : null;
  if (ratio !== null) return table(reading, ratio.drafts, ratio.lead);
  // 「3年とも満たせていますか」: one ministry's verdicts over the years, said in one line before them.
  const held = everyYearVerdict(reading, [first, ...others]);
  if (held !== null) return table(reading, [first, ...others], held);
  // Ranked across ministries, or across one ministry's years named (「令和2〜4年度で超勤がいちばん長かった年度」).
  const ranked = shape.extreme !== null && (scope.ministry === null || new Set(scope.fiscalYears).size > 1) ? byExtreme(reading, answering) : null;
  // 「いちばん多いのはどこ？」 is answered by the highest: its sources are the answer's, the others' rows link their own.
  const answer = ranked ? table(reading, ranked.drafts, ranked.lead, ranked.winners) : table(reading, [first, ...others]);
  return summed?.note && answer.answer !== null ? { ...answer, answer: `${answer.answer}\n${summed.note}` } : answer;
}

/** 「毎年同じ件数の」「3年とも同じ数」「件数が毎年変わらない」: one count repeated in every year named. */
const SAME_EVERY_YEAR =
  /(毎年|毎年度|[0-9３三]年(と|間と)も|各年度とも|どの年度も|年度によらず)[^。？?]{0,4}(同じ|同数|変わらない|変わらず)|(件数|数)が[^。？?]{0,4}(毎年|[0-9３三]年とも|各年度とも)[^。？?]{0,2}(同じ|変わらない)/;

/**
 * The ministries whose count is the same in each year named (each year's count drafted, 0件 included), led by them;
 * said of every ministry counted when none is. Null when some ministry's count of a year named is not drafted.
 */
function sameEveryYear(reading: Reading, drafts: Draft[]): Answer | null {
  const years = new Set(reading.scope.fiscalYears);
  const byMinistry = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const [source] = draft.sources;
    if (draft.measure === undefined || source === undefined || !years.has(source.fiscalYear)) return null;
    byMinistry.set(source.ministry, [...(byMinistry.get(source.ministry) ?? []), draft]);
  }
  const counted = [...byMinistry].filter(([, own]) => new Set(own.map((d) => d.sources[0]!.fiscalYear)).size === years.size);
  if (counted.length === 0) return null;
  const same = counted.filter(([, own]) => new Set(own.map((d) => d.measure!.value)).size === 1);
  const [first, ...rest] = (same.length > 0 ? same : counted).flatMap(([, own]) => own);
  if (first === undefined) return null;
  const lead =
    same.length > 0
      ? `毎年同じ件数なのは${same.map(([ministry, own]) => `${ministry}（${own[0]!.measure!.printed}）`).join('・')}`
      : '毎年同じ件数の府省はありません';
  return table(reading, [first, ...rest], lead);
}

/** A projection is a computation over two reports and a target: offered as likely, never as sure. */
const PROJECTION_CONFIDENCE = 0.75;

/**
 * The change's figures carried on at their pace to the target's date, with the latest report's verdict (現状, 目標, 差)
 * under it; null unless the question asks so (PROJECTION_ASKED) and both drafts give dated figures.
 */
function projection(reading: Reading, change: Draft): Draft | null {
  if (!PROJECTION_ASKED.test(reading.question)) return null;
  const latest = Math.max(...change.sources.map((source) => source.fiscalYear));
  const ministry = reading.scope.ministry!;
  const target: Target = { ministry, fiscalYear: latest, years: null, periodRequired: false, missing: null, implied: false };
  const verdict = answerTarget({ ...reading, shape: { ...reading.shape, kind: 'met', metricField: null } }, target);
  const lead = verdict ? projectionLead(reading.question, change, verdict) : null;
  if (verdict === null || lead === null) return null;
  return {
    answer: `${lead.lead}\n${change.answer}\n${describeYear(reading.catalog, ministry, latest)}の達成状況：${verdict.answer}`,
    confidence: Math.min(change.confidence, verdict.confidence, PROJECTION_CONFIDENCE),
    sources: [...change.sources, ...verdict.sources.filter((source) => !change.sources.some((s) => s.id === source.id))],
    derived: [...(change.derived ?? []), ...(verdict.derived ?? []), ...lead.derived],
  };
}

/**
 * 「…が20時間を切っているのはどこ？」: the ministries whose one figure is on the side asked of the number, led by a line
 * naming them — or saying none is, when every answer gives a figure in that unit. Null when some answer gives no such
 * figure (then the table of every answer stands, with no verdict), or when an answer is not sure enough to judge by.
 */
function againstThreshold(reading: Reading, drafts: Draft[], threshold: Threshold, partial: boolean): Answer | null {
  const unitOf = (unit: string) => (unit === '人' ? '名' : unit === '％' ? '%' : unit);
  if (drafts.some((d) => d.confidence < SURE_TO_RANK || d.measure === undefined || unitOf(d.measure.unit) !== threshold.unit)) return null;
  const passes = (d: Draft) =>
    threshold.exact === true
      ? d.measure!.value === threshold.value
      : (threshold.inclusive && d.measure!.value === threshold.value) ||
        (threshold.below ? d.measure!.value < threshold.value : d.measure!.value > threshold.value);
  const { said } = threshold;
  // 「令和3年度も令和4年度も…」: each ministry's rows pass together or not at all, and must cover every year named.
  const years = new Set(reading.scope.fiscalYears);
  const everyYear = EVERY_YEAR_HELD.test(reading.question) && years.size > 1;
  const ministryPasses = (d: Draft) => {
    const own = drafts.filter((o) => o.sources[0]?.ministry === d.sources[0]?.ministry);
    return own.every(passes) && [...years].every((year) => own.some((o) => o.sources[0]?.fiscalYear === year));
  };
  const [first, ...rest] = drafts.filter(everyYear ? ministryPasses : passes);
  // One ministry's years are told apart by year: 「20時間を下回ったのは令和4年度（2022年度）（19.8時間）」.
  const oneMinistry = new Set(drafts.map((d) => d.sources[0]?.ministry)).size === 1 && drafts.length > 1;
  const ministryOf = (d: Draft) => {
    const source = d.sources[0];
    if (source === undefined) return '';
    return oneMinistry ? yearWithWestern(reading.catalog.labelOf(source.ministry, source.fiscalYear), source.fiscalYear) : source.ministry;
  };
  // 「10時間未満」 is a noun, 「20時間を切っている」 a verb: 「10時間未満の府省」「10時間未満なのは」; 「35%以上をクリアできた」
  // asks whether the figure reached the number, which the lead says as 達成 (「35%以上を達成したのは」).
  const reached = THRESHOLD_REACHED.test(reading.question) && !THRESHOLD_MISSED.test(reading.question);
  const noun = !reached && (threshold.exact === true || /(未満|以下|以上|超)$/.test(said));
  const verb = reached ? 'を達成した' : '';
  if (first === undefined) {
    const none = `${partial ? '数値が見つかった府省のうち、' : ''}${said}${verb}${noun ? 'の' : ''}${oneMinistry ? '年度' : '府省'}はありません`;
    const answer =
      drafts.length === 1
        ? { ...single(reading, drafts[0]!), answer: `${none}\n${drafts[0]!.answer}` }
        : table(reading, drafts as [Draft, ...Draft[]], none);
    return partial ? { ...answer, confidence: Math.min(answer.confidence, PARTIAL_VERDICT_CONFIDENCE) } : answer;
  }
  // Ministries whose figure was not found may hold one worded otherwise: the verdict is then of those found only.
  const among = partial ? '（数値が見つかった府省のうち）' : '';
  // A ministry held over every year is named once, with each year's figure: 「架空庁（13.0日・13.6日）」.
  const named = everyYear
    ? [...new Set([first, ...rest].map((d) => d.sources[0]?.ministry ?? ''))].map(
        (ministry) =>
          `${ministry}（${[first, ...rest]
            .filter((d) => d.sources[0]?.ministry === ministry)
            .map((d) => d.measure!.printed)
            .join('・')}）`,
      )
    : [first, ...rest].map((d) => `${ministryOf(d)}（${d.measure!.printed}）`);
  const lead = `${said}${verb}${noun ? 'なのは' : 'のは'}${among}${named.join('・')}`;
  const answer = table(reading, [first, ...rest], lead);
  return partial ? { ...answer, confidence: Math.min(answer.confidence, PARTIAL_VERDICT_CONFIDENCE) } : answer;
}

/** A tag's count held against another's, as the question says it (answer-enumerate.ts gives each draft's verdict). */

/** 「毎年増えている」「年々減っている」: a change asked of every year followed, not of the two ends alone. */
const EVERY_YEAR_MOVED = /毎年(度)?|年々|ずっと/;

/** Which way a change is asked to have gone by the ministries asked for (「増えた府省」「下がったところ」), as its sign. */
const DIRECTION_ASKED: [RegExp, 1 | -1, string][] = [
  [
    /(増えた|増えている|増えてる|増加した|増加している|上がった|上がっている|伸びた|伸びている|高くなった|多くなった|多くなっている)(府省|省庁|ところ)/,
    1,
    '増えた',
  ],
  [
    /(減った|減っている|減ってる|減少した|減少している|下がった|下がっている|低くなった|少なくなった|少なくなっている)(府省|省庁|ところ)/,
    -1,
    '減った',
  ],
];

/** 「35%以上をクリアできた」「20時間以下を達成した」: a number the figure is asked to have reached. */
const THRESHOLD_REACHED = /クリア|達成|満たし|届い/;
/** 「14日に届いていない」「35%を達成できていない」: the number asked not to have been reached, said plainly in the lead. */
const THRESHOLD_MISSED = /(届い|達成し|達成でき|クリアし|クリアでき)(て)?(い)?(ない|ず)|届かな|満たな/;
/** 「令和3年度も令和4年度も」「両方の年度で」「2年続けて」: a ministry passes only when every year named does. */
const EVERY_YEAR_HELD =
  /年度も[^。？?]*年度も|両方の年度|どちらの年度も|いずれの年度も|毎年度|3年とも|三年とも|どの年度も|[2-3２-３二三]年(度)?(続けて|連続)|年連続/;

/** A figure the question names as a ministry's (「目標を13%にしている」「30%と定めている」), to find who has it. */
const NAMED_VALUE = /([0-9]+(?:\.[0-9]+)?)\s*(%|％|時間|日|名|人|件)(?:(?:に|と)(?:して|設定|定め|掲げ)|の目標を[^。？?]*(?:掲げ|設定し|定め|立て))/;

/** How a question asks for the targets not met (「達成していない」「未達成の」「届いていない」). */
const ASKS_UNMET =
  /未達成|達成して(い)?ない|達成できて(い)?ない|達成できなかった|達成しなかった|届いて(い)?ない|届かなかった|満たな|満たせな|満たせて(い)?な|に達して(い)?ない|に達しなかった|目標を下回|以上[」』]?(という目標|の目標)?(を|に)(下回|割り込|割っ|届かな|満たな)/;

/**
 * 「目標を達成してたのはどこ？」: the ministries whose verdict is the one asked, led by a line naming them — or saying
 * none has, when every answer gives a verdict. Null when some answer gives none (several targets with different
 * verdicts, or one that cannot be compared): then the table of every answer stands.
 */
function byVerdict(reading: Reading, drafts: Draft[]): Answer | null {
  if (drafts.some((d) => d.met === undefined)) return null;
  const wanted = !ASKS_UNMET.test(reading.question);
  const said = wanted ? '目標を達成している' : '目標を達成していない';
  const [first, ...rest] = drafts.filter((d) => d.met === wanted);
  if (first === undefined) {
    const none = `${said}府省はありません`;
    return drafts.length === 1
      ? { ...single(reading, drafts[0]!), answer: `${none}\n${drafts[0]!.answer}` }
      : table(reading, drafts as [Draft, ...Draft[]], none);
  }
  const counted = MINISTRIES_COUNTED.test(reading.question);
  const years = [...new Set(drafts.map((d) => d.sources[0]?.fiscalYear ?? 0))].sort((a, b) => a - b);
  const named = (held: Draft[]) => {
    const ministries = held.map((d) => d.sources[0]?.ministry ?? '').join('・');
    return counted ? `${held.length}府省${held.length > 0 ? `（${ministries}）` : ''}` : ministries;
  };
  // 「令和3年度では何府省あって、令和4年度では何府省」: each year's ministries, counted, when the question names several.
  if (years.length > 1) {
    const byYear = years.map((year) => {
      return `${describeYear(reading.catalog, null, year)} ${named([first, ...rest].filter((d) => d.sources[0]?.fiscalYear === year))}`;
    });
    return table(reading, [first, ...rest], `${said}のは${byYear.join('、')}`);
  }
  return table(reading, [first, ...rest], `${said}のは${named([first, ...rest])}`);
}

/** A verdict over the ministries whose figure was found, when some gave none: below the sure band (0.8). */
const PARTIAL_VERDICT_CONFIDENCE = 0.7;
