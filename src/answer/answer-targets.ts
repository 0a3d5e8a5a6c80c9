/**
 * Which reports a question is asked of: for each ministry (the one named, or every ministry when none is named and
 * the kind of answer is a figure that differs by ministry), the fiscal year — named, 今年度 (that ministry's latest
 * report), 前年度 (the one before), or for a change the two years compared — or why that ministry has no such report.
 */
import type { QuestionKind } from './types';
import type { QuestionScope } from './question-scope';
import { describeYear, type ReportCatalog } from './report-catalog';
import { ASKS_TREND } from './classify-question';

export interface ChangeYears {
  from: number;
  to: number;
  /** 「令和2年度・令和3年度・令和4年度で」「毎年増えている？」: every year followed, when more than the two ends. */
  through?: number[];
}

export interface Target {
  ministry: string | null;
  /** The report year, or null for any year (the latest that answers). */
  fiscalYear: number | null;
  /** For a change: the years compared, and for a trend every year of the series (three or more, ascending). */
  years: ChangeYears | null;
  /** The named year has no report of this ministry: only a metric's period can match it. */
  periodRequired: boolean;
  /** Why there is no report to ask (「財務省の前年度の報告は読み込まれていません」), else null. */
  missing: string | null;
  /** The year was not named: the latest report is asked first, then the ministry's others. */
  implied: boolean;
}

/** The year before compared with the present: 「前年度より縮まった」「昨年度と比べて」. */
const PREVIOUS_COMPARED = /(前年度|昨年度|前年)(より|と比べ|に比べ|と比較|から)/;

/** Two years named as a range: 「令和2年度から令和4年度」「2020〜2022年度」. */
const YEAR_RANGE = /(年度?|[0-9０-９]{4})\s*(から|〜|～|~)\s*(令和|平成|[0-9０-９]{4})[^、。？?]*?(年度|年)(まで|の|で|にかけて)/;
/** How a figure moved between two years (縮まった, 伸びた, 半分になった): the two ends are what is compared. */
const ENDS_COMPARED = /縮ま|縮ん|広が|開い|半分に|半減|伸び|増え|減っ|減り|上が|下が|変わ|何倍|何ポイント/;
/** 「どの年度」「毎年」「推移」「それぞれ」: every year of the range is asked. */
const EVERY_YEAR_BETWEEN = /どの年度|毎年|年々|推移|それぞれ|ずつ|各年度|年度ごと|一度でも/;

/**
 * 「3年とも満たせていますか」「どの年度も」 with no year named: every loaded year of the ministry, the last N when N is
 * said. (毎年度 is left out: targets print it, 「35%以上（毎年度）」.)
 */
const EVERY_LOADED_YEAR =
  /([0-9０-９一二三四五])(?:か|ヶ|カ)?年(?:度)?(?:間)?(?:とも|ともに|すべて|全て)|どの年度も|いずれの年度も|各年度(?:とも|で)/;
const KANJI_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };

/** Kinds whose answer is a figure, a status or a list that each ministry reports for itself: answered per ministry. */
export const PER_MINISTRY_KINDS: ReadonlySet<QuestionKind> = new Set(['metric', 'met', 'count', 'change', 'list', 'reason', 'status']);
/** Lists and counts of initiatives are of one report: the latest when the question names no year. */
const ONE_REPORT_KINDS: ReadonlySet<QuestionKind> = new Set(['list']);

function yearsOf(catalog: ReportCatalog, ministry: string | null): number[] {
  return ministry === null ? catalog.years : (catalog.yearsOf.get(ministry) ?? []);
}

function previousOf(years: number[], year: number): number | null {
  return [...years].reverse().find((y) => y < year) ?? null;
}

/**
 * The years of a series: three or more named (「令和2年度・令和3年度・令和4年度で」), or, for a trend (「毎年増えている？」),
 * every loaded year from the first to the last compared; undefined for a change of two years only.
 */
function seriesOf(named: number[], years: number[], from: number, to: number, question: string): number[] | undefined {
  const distinct = [...new Set(named)].sort((a, b) => a - b);
  const through = distinct.length >= 3 ? distinct : ASKS_TREND.test(question) ? years.filter((y) => y >= from && y <= to) : [];
  return through.length >= 3 ? through : undefined;
}

function changeYears(scope: QuestionScope, years: number[], question: string): ChangeYears | null {
  const pair = changePair(scope, years, question);
  if (pair === null) return null;
  const named = scope.fiscalYears.filter((y) => years.includes(y));
  // 「架空省の超勤は毎年減っている？」 names no year: the trend is over every report loaded.
  const trendOfAll = named.length === 0 && ASKS_TREND.test(question) && years.length >= 3;
  const { from, to } = trendOfAll ? { from: years[0]!, to: years.at(-1)! } : pair;
  const through = seriesOf(named, years, from, to, question);
  return through ? { from, to, through } : { from, to };
}

function changePair(scope: QuestionScope, years: number[], question: string): { from: number; to: number } | null {
  const latest = years.at(-1);
  if (latest === undefined) return null; // no report: no year to compare, named or not
  const named = scope.fiscalYears.filter((y) => years.includes(y));
  const [only] = named;
  if (named.length >= 2) return { from: Math.min(...named), to: Math.max(...named) };
  if (only !== undefined) {
    const since = new RegExp(`${scope.fiscalYearText ?? ''}(から|より|と比べ|と比較)`).test(question);
    const from = since ? only : previousOf(years, only);
    const to = since ? latest : only;
    return from !== null && from < to ? { from, to } : null;
  }
  const before = previousOf(years, latest);
  return before === null ? null : { from: before, to: latest };
}

function describeMissing(ministry: string | null, what: string): string {
  return `${ministry ? `${ministry}の` : ''}${what}の報告は読み込まれていません`;
}

function targetFor(catalog: ReportCatalog, scope: QuestionScope, kind: QuestionKind, ministry: string | null, question: string): Target {
  const years = yearsOf(catalog, ministry);
  const base: Target = { ministry, fiscalYear: null, years: null, periodRequired: false, missing: null, implied: false };
  if (kind === 'change') {
    const pair = changeYears(scope, years, question);
    return pair ? { ...base, years: pair } : { ...base, missing: describeMissing(ministry, '比べられる二つの年度') };
  }
  if (scope.fiscalYear !== null) {
    if (years.includes(scope.fiscalYear)) return { ...base, fiscalYear: scope.fiscalYear };
    // 「令和3年度の報告で」 asked of every ministry: a year other ministries report is a report year, which this one lacks —
    // not a period of its target rows (財務省's one report would answer by its baseline's 平成26年度 instead).
    if (ministry !== null && scope.ministry === null && catalog.years.includes(scope.fiscalYear))
      return { ...base, missing: describeMissing(ministry, describeYear(catalog, ministry, scope.fiscalYear)) };
    return { ...base, periodRequired: true };
  }
  const latest = years[years.length - 1] ?? null;
  if (scope.relative === 'previous') {
    const previous = latest === null ? null : previousOf(years, latest);
    return previous === null ? { ...base, missing: describeMissing(ministry, '前年度') } : { ...base, fiscalYear: previous };
  }
  if (scope.relative === 'latest' || ONE_REPORT_KINDS.has(kind)) return { ...base, fiscalYear: latest };
  return ministry === null ? base : { ...base, fiscalYear: latest, implied: true };
}

/**
 * The reports to ask, one target a ministry (every ministry when none is named and the kind differs by ministry, or when
 * `everyMinistry`).
 * @example resolveTargets(catalog, readQuestionScope('テスト省の前年度の…は？', ms), 'metric', q) // [{ministry: 'テスト省', fiscalYear: 2021, …}]
 */
export function resolveTargets(
  catalog: ReportCatalog,
  scope: QuestionScope,
  kind: QuestionKind,
  question: string,
  { everyMinistry = false }: { everyMinistry?: boolean } = {},
): Target[] {
  // everyMinistry: the question asks which ministry (「…している府省はどこ？」) or each one's, whatever its kind.
  const perMinistry = scope.ministry === null && catalog.ministries.length > 1 && (everyMinistry || PER_MINISTRY_KINDS.has(kind));
  const onlyMinistry = (catalog.ministries.length === 1 ? catalog.ministries[0] : null) ?? null;
  const ministries =
    scope.ministries.length > 1 ? scope.ministries : scope.ministry ? [scope.ministry] : perMinistry ? catalog.ministries : [onlyMinistry];
  // 「令和3年度と令和4年度に…それぞれ」: one target a year named, each answered from its own report (a change compares them
  // instead). 「令和2年度から令和4年度のどの年度」 names a range: every loaded year in it.
  // 「令和2年度の財務省と令和4年度のテスト省」: each ministry's own report.
  if (scope.pairs.length > 1) {
    return scope.pairs.map(({ ministry, fiscalYear }) =>
      targetFor(catalog, { ...scope, fiscalYear, fiscalYears: [fiscalYear] }, kind, ministry, question),
    );
  }
  // 「目標との差は前年度より縮まりましたか」: the year before held against the latest, each answered from its own report.
  if (scope.relative === 'previous' && kind !== 'change' && PREVIOUS_COMPARED.test(question)) {
    return ministries.flatMap((ministry) => {
      const latest = yearsOf(catalog, ministry).at(-1);
      const previous = targetFor(catalog, scope, kind, ministry, question);
      return previous.missing !== null || latest === undefined ? [previous] : [previous, { ...previous, fiscalYear: latest }];
    });
  }
  const named = [...new Set(scope.fiscalYears)];
  // 「…令和2年度から令和4年度でどれだけ縮まりましたか」 compares the two ends; 「…のどの年度」「毎年」 ask for every year between.
  const endsOnly = ENDS_COMPARED.test(question) && !EVERY_YEAR_BETWEEN.test(question);
  const years =
    named.length === 2 && YEAR_RANGE.test(question) && !endsOnly
      ? catalog.years.filter((y) => y >= Math.min(...named) && y <= Math.max(...named))
      : named;
  const perYear = kind !== 'change' && years.length > 1;
  const everyYear = named.length === 0 && scope.relative === null && (kind === 'met' || kind === 'metric') ? EVERY_LOADED_YEAR.exec(question) : null;
  if (everyYear !== null) {
    const said = everyYear[1] === undefined ? null : (KANJI_DIGITS[everyYear[1]] ?? Number(everyYear[1].normalize('NFKC')));
    return ministries.flatMap((ministry) => {
      const loaded = yearsOf(catalog, ministry);
      const asked = said === null ? loaded : loaded.slice(-said);
      return asked.length > 1
        ? asked.map((fiscalYear) => targetFor(catalog, { ...scope, fiscalYear }, kind, ministry, question))
        : [targetFor(catalog, scope, kind, ministry, question)];
    });
  }
  return ministries.flatMap((ministry) =>
    perYear
      ? years.map((fiscalYear) => targetFor(catalog, { ...scope, fiscalYear }, kind, ministry, question))
      : [targetFor(catalog, scope, kind, ministry, question)],
  );
}
