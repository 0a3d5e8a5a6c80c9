/**
 * Questions about the target rows themselves, read off every loaded report's rows, so as sure as their printed fields:
 * targets changed between reports (「途中で目標の数値そのものを引き上げた府省はありますか」 — a row whose target differs from one
 * report to the next, with both values and reports) and rows missing a field (「「目標設定時」の値が書かれていない目標は」).
 */
import type { Quantity } from '../domain/types';
import { decimalsOf, formatNumber } from './japanese-numbers';
import type { MetricEntry, SearchEngine } from '../query/types';
import type { Draft } from './answer-context';
import { metricSource } from './answer-metric';
import { normalizeForMatch, coverage, type SubjectMatcher } from './relevance';
import { yearsOfSpan } from './question-scope';
import { describeYear, type ReportCatalog } from './report-catalog';

/** 「目標を引き上げた」「目標値を変更した」「目標が見直された」: a target asked to have changed between reports. */
export const TARGET_CHANGED =
  /目標(値|の値|の数値|の数字|の水準)?(そのもの|自体)?(を|が|は)?(途中で)?(引き上げ|引上げ|引き下げ|引下げ|上方修正|下方修正|変更し|変更され|見直し|見直され|変え|変わっ|上げ|下げ)/;

/** Which way the question asks the targets to have moved: up, down, or either. */
function directionAsked(question: string): 1 | -1 | 0 {
  if (/引き上げ|引上げ|上方修正|上げ/.test(question)) return 1;
  if (/引き下げ|引下げ|下方修正|下げ/.test(question)) return -1;
  return 0;
}

/** A target as the report qualifies it: 7%程度, 30%以上. */
const printed = (target: Quantity): string => `${target.value}${target.unit}${target.qualifier ?? ''}`;

/** Read off the target rows' printed fields: as sure as a list of a tag. */
const TARGET_ROWS_CONFIDENCE = 0.9;
/** A subject beside the question (「男性育休の目標を引き上げた府省」) keeps the rows that cover this much of it. */
const SUBJECT_COVERAGE = 0.5;

/** A target row as the answers name it: its title, and its label when it has one (女性の登用目標【本省課室長相当職】). */
const rowOf = (entry: MetricEntry): string => `${entry.rowTitle}${entry.metric.label ? `【${entry.metric.label}】` : ''}`;

/** A target row of a ministry across its reports: the same title and label. */
const rowKeyOf = (entry: MetricEntry): string => `${entry.ministry}\u0001${entry.rowTitle}\u0001${entry.metric.label ?? ''}`;

/** Entries grouped by their row across the ministry's reports (rowKeyOf), each group in the order given. */
function byRowOf(entries: Iterable<MetricEntry>): Map<string, MetricEntry[]> {
  const byRow = new Map<string, MetricEntry[]>();
  for (const entry of entries) byRow.set(rowKeyOf(entry), [...(byRow.get(rowKeyOf(entry)) ?? []), entry]);
  return byRow;
}

/** A target row quoted whole as one answer row, cited by its own record. */
function rowDraft(engine: SearchEngine, entry: MetricEntry): Draft {
  return { answer: `${rowOf(entry)}：${entry.metric.text}`, confidence: TARGET_ROWS_CONFIDENCE, sources: [metricSource(engine, entry)] };
}

/**
 * The target rows whose target moved as asked between two consecutive loaded reports of a ministry, one draft each
 * (「男性職員の育児休業取得率：目標 13%（令和2年度（2020年度））→ 30%（令和3年度（2021年度））」), with a lead naming them;
 * restricted to the ministries and years named and to the rows the subject names, when it names
 * any. Null when no ministry has two reports to compare or none moved so (the question then goes the usual way).
 */
export function targetChanges(
  engine: SearchEngine,
  catalog: ReportCatalog,
  question: string,
  scope: { ministries: string[]; fiscalYears: number[] },
  matcher: SubjectMatcher,
): { drafts: Draft[]; lead: string } | null {
  const direction = directionAsked(question);
  const byRow = byRowOf(
    engine.metrics().filter((entry) => (scope.ministries.length === 0 || scope.ministries.includes(entry.ministry)) && entry.metric.target !== null),
  );
  const years = new Set(scope.fiscalYears);
  const inYears = (entry: MetricEntry) => years.size === 0 || years.has(entry.fiscalYear);
  const covers = (entry: MetricEntry) => coverage(matcher, normalizeForMatch(`${entry.rowTitle}${entry.metric.label ?? ''}`)) >= SUBJECT_COVERAGE;
  // A subject that names no target row at all (「目標欄を見比べて、途中で…」) is how the question is put, not a row.
  const namesRows = matcher.units.length > 0 && [...byRow.values()].some((entries) => entries.some(covers));
  const named = (entry: MetricEntry) => !namesRows || covers(entry);
  const drafts: Draft[] = [];
  for (const entries of byRow.values()) {
    const inOrder = entries.filter(inYears).sort((a, b) => a.fiscalYear - b.fiscalYear);
    if (inOrder.length < 2 || !named(inOrder[0]!)) continue;
    for (let i = 1; i < inOrder.length; i++) {
      const [before, after] = [inOrder[i - 1]!, inOrder[i]!];
      const [from, to] = [before.metric.target!, after.metric.target!];
      if (from.unit !== to.unit || from.value === to.value) continue;
      if (direction !== 0 && Math.sign(to.value - from.value) !== direction) continue;
      const label = (entry: MetricEntry) => describeYear(catalog, entry.ministry, entry.fiscalYear);
      const row = rowOf(after);
      drafts.push({
        answer: `${row}：目標 ${printed(from)}（${label(before)}）→ ${printed(to)}（${label(after)}）`,
        confidence: TARGET_ROWS_CONFIDENCE,
        sources: [metricSource(engine, before), metricSource(engine, after)],
      });
    }
  }
  if (drafts.length === 0) return null;
  const said = direction > 0 ? '目標を引き上げた' : direction < 0 ? '目標を引き下げた' : '目標を変えた';
  const ministries = [...new Set(drafts.map((d) => d.sources[0]!.ministry))];
  return { drafts, lead: `${said}のは${ministries.join('・')}` };
}

/**
 * 「前の年度より（現状の）数字が下がってしまった目標はありますか」: target rows asked for by how their present moved from the
 * ministry's report of the year before; 「目標欄の3つの現状値は、それぞれ何ポイント動きましたか」: every row's move.
 */
export const CURRENT_MOVED =
  /(前の年度|前年度|前年|前の報告|昨年度)(より|から|と比べ(て|ると)?)[^。？?]{0,16}?(下が|上が|減っ|増え|悪化|改善|伸び|落ち)[^。？?]{0,12}?目標|目標欄[^。？?]{0,60}?(それぞれ|[0-9３三]つ|すべて|全部|各)[^。？?]{0,16}?(何ポイント|どれだけ|どのくらい)[^。？?]{0,6}?(動|変わ|上が|下が|増え|減)|(現状|実績)[^。？?]{0,60}?(?<!目標値?の?)(動かなかった|動いていない|動かない|変わらなかった|変わっていない|変化(が)?な|同じ(値|数字|数値|まま)|横ばい)[^。？?]{0,16}?目標/;

/** 「動かなかった」「変わっていない」「横ばい」: the present asked not to have moved. */
const CURRENT_STAYED = /動かなかった|動いていない|動かない|変わらなかった|変わっていない|変化(が)?な|同じ(値|数字|数値|まま)|横ばい/;

/** A span read as each report against the one before it (「前の報告と」「前の年度から」「年度ごとに」). */
const SPAN_OF_PAIRS = /前の(年度|報告)|前年|昨年度|毎年|年度ごと|ずっと/;

/** Which way the present is asked to have moved: up, down, not at all, or either. */
function currentDirectionAsked(question: string): 1 | -1 | 0 | 'same' {
  if (CURRENT_STAYED.test(question)) return 'same';
  if (/(下が|減っ|悪化|落ち)/.test(question)) return -1;
  if (/(上が|増え|改善|伸び)/.test(question) && !/動|変わ/.test(question)) return 1;
  return 0;
}

/** A present value's number and unit as printed (28.0%, not 28%), from its phrase. */
function printedValue(quantity: Quantity): string {
  // NFKC gives full-width digits (２６．７％) as half-width ones.
  const printed = /^[0-9]+(?:\.[0-9]+)?/.exec(quantity.text.normalize('NFKC'));
  return `${printed?.[0] ?? quantity.value}${quantity.unit}`;
}

/** A change of a present value, signed, at the decimals printed: points for a percentage, else its unit. */
function movedBy(from: Quantity, to: Quantity): string {
  const decimals = Math.max(decimalsOf(printedValue(from)), decimalsOf(printedValue(to)));
  const delta = to.value - from.value;
  return `${delta > 0 ? '+' : ''}${formatNumber(delta, decimals)}${to.unit === '%' ? 'ポイント' : to.unit}`;
}

/**
 * The target rows whose present (現状) moved as asked between two consecutive loaded reports of a ministry (the years
 * named, when two are; else every pair), each with both values and the move (「男性職員の育児休業取得率：現状 15.2%
 * （令和3年度（2021年度））→ 28.0%（令和4年度（2022年度））（+12.8ポイント）」), led by the ministries; null when no row
 * compares so (the question then goes the usual way).
 */
export function currentMoves(
  engine: SearchEngine,
  catalog: ReportCatalog,
  question: string,
  scope: { ministries: string[]; fiscalYears: number[]; yearSpan?: { from: number; to: number } | null },
): { drafts: Draft[]; lead: string } | null {
  const direction = currentDirectionAsked(question);
  // 「令和2年度から令和4年度まで、前の報告と…」: every report of the span, each against the one before.
  const span = scope.yearSpan && SPAN_OF_PAIRS.test(question) ? scope.yearSpan : null;
  const years = new Set(span ? yearsOfSpan(span) : scope.fiscalYears);
  const byRow = byRowOf(
    engine
      .metrics()
      .filter(
        (entry) =>
          (scope.ministries.length === 0 || scope.ministries.includes(entry.ministry)) &&
          entry.metric.current !== null &&
          (years.size <= 1 || years.has(entry.fiscalYear)),
      ),
  );
  const drafts: Draft[] = [];
  const compared: MetricEntry[] = [];
  const label = (entry: MetricEntry) => describeYear(catalog, entry.ministry, entry.fiscalYear);
  for (const entries of byRow.values()) {
    const inOrder = entries.sort((a, b) => a.fiscalYear - b.fiscalYear);
    for (let i = 1; i < inOrder.length; i++) {
      const [before, after] = [inOrder[i - 1]!, inOrder[i]!];
      const loaded = catalog.yearsOf.get(after.ministry) ?? [];
      if (loaded[loaded.indexOf(after.fiscalYear) - 1] !== before.fiscalYear) continue;
      // One year named: the move into it.
      if (years.size === 1 && !years.has(after.fiscalYear)) continue;
      const [from, to] = [before.metric.current!, after.metric.current!];
      if (from.unit !== to.unit) continue;
      compared.push(after);
      const moved = Math.sign(to.value - from.value);
      if (direction === 'same' ? moved !== 0 : direction !== 0 && moved !== direction) continue;
      drafts.push({
        answer: `${rowOf(after)}：現状 ${printedValue(from)}（${label(before)}）→ ${printedValue(to)}（${label(after)}）（${movedBy(from, to)}）`,
        confidence: TARGET_ROWS_CONFIDENCE,
        sources: [metricSource(engine, before), metricSource(engine, after)],
      });
    }
  }
  const way = direction === 'same' ? '変わらなか' : direction < 0 ? '下が' : '上が';
  const from = direction === 'same' ? 'から' : 'より';
  // None moved so: said once, then per ministry of the rows compared (each cited by its later report).
  if (drafts.length === 0 && compared.length > 0 && direction !== 0) {
    const byMinistry = new Map<string, MetricEntry[]>();
    for (const entry of compared) byMinistry.set(entry.ministry, [...(byMinistry.get(entry.ministry) ?? []), entry]);
    const none = [...byMinistry.values()].map((entries) => ({
      answer: `${way}った目標なし（比べた目標 ${entries.length}件）`,
      confidence: TARGET_ROWS_CONFIDENCE,
      sources: entries.map((entry) => metricSource(engine, entry)),
    }));
    return { drafts: none, lead: `前の年度${from}現状が${way}った目標はありません` };
  }
  if (drafts.length === 0) return null;
  const ministries = [...new Set(drafts.map((d) => d.sources[0]!.ministry))];
  const named = ministries.join('・');
  if (direction === 0) return { drafts, lead: `現状の動き（${named}）` };
  return { drafts, lead: `前の年度${from}現状が${way}った目標があるのは${named}` };
}

/** 「「目標設定時」の値が書かれていない目標」「現状が空欄の目標」: target rows asked for by a field they lack. */
export const FIELD_MISSING =
  /[「『]?(目標設定時|基準値|現状|目標値|目標)[」』]?(の値|の数値|の数字|欄)?(が|は)?(書かれて|記載されて|入って|示されて|載って)(い)?(ない|ません)|(目標設定時|基準値|現状)(が|の値が)?(空欄|未記載|記載なし)/;

/**
 * The target rows lacking the field asked for (目標設定時 → baseline, 現状 → current, 目標 → target), each quoted with
 * what it does print, in the ministries and years named; null when the question asks for no field or no row lacks it.
 */
export function targetsLacking(
  engine: SearchEngine,
  catalog: ReportCatalog,
  question: string,
  scope: { ministries: string[]; fiscalYears: number[] },
): { drafts: Draft[]; lead: string } | null {
  const asked = FIELD_MISSING.exec(question);
  if (!asked) return null;
  const word = asked[1] ?? asked[7]!;
  const field = /目標設定時|基準値/.test(word) ? 'baseline' : word === '現状' ? 'current' : 'target';
  const years = new Set(scope.fiscalYears);
  const lacking = engine
    .metrics()
    .filter(
      (entry) => (scope.ministries.length === 0 || scope.ministries.includes(entry.ministry)) && (years.size === 0 || years.has(entry.fiscalYear)),
    )
    .filter((entry) => entry.metric[field] === null);
  if (lacking.length === 0) return null;
  const drafts = lacking.map((entry) => rowDraft(engine, entry));
  // Each row once, with the years it lacks the field in when several years are read (「…（令和2年度・令和3年度）」).
  const byYear = new Set(lacking.map((entry) => entry.fiscalYear)).size > 1;
  const rows = new Map<string, string[]>();
  for (const entry of lacking) {
    const key = `${entry.ministry}（${rowOf(entry)}`;
    rows.set(key, [...(rows.get(key) ?? []), catalog.labelOf(entry.ministry, entry.fiscalYear)]);
  }
  const named = [...rows].map(([key, labels]) => `${key}${byYear ? `：${labels.join('・')}` : ''}）`);
  return { drafts, lead: `「${word}」の記載がない目標は${named.join('・')}` };
}

/**
 * The target rows of the reports a question asks: of the ministries it names (every one when none), of the years it
 * names, else of each ministry's latest report, as every other answer reads a question naming no year.
 */
function rowsOfReportsAsked(engine: SearchEngine, catalog: ReportCatalog, scope: { ministries: string[]; fiscalYears: number[] }): MetricEntry[] {
  const years = new Set(scope.fiscalYears);
  const latest = (entry: MetricEntry) => entry.fiscalYear === Math.max(...(catalog.yearsOf.get(entry.ministry) ?? [entry.fiscalYear]));
  return engine
    .metrics()
    .filter(
      (entry) =>
        (scope.ministries.length === 0 || scope.ministries.includes(entry.ministry)) &&
        (years.size === 0 ? latest(entry) : years.has(entry.fiscalYear)),
    );
}

/** 「目標設定時の値で、もうその目標の水準を超えていた目標」: a target already reached when it was set. */
export const MET_AT_BASELINE =
  /(目標設定時|基準値|目標を(立て|設定し|定め|決め)た(時点|とき|時|ころ|頃))[^。？?]{0,30}?(すでに|既に|もう|とっくに)[^。？?]{0,16}?(超えて|上回って|達して|達成して|届いて|クリアして|満たして)/;

/** Lower is better for a target qualified so (超過勤務 20時間未満): reached at or below it. */
const BELOW_TARGET = /未満|以下|以内/;

/**
 * The target rows whose baseline (目標設定时) already reached their target, each quoted whole, in the reports asked
 * (the ministries named; the years named, else each ministry's latest), or every row compared when none did; null when
 * no row in scope prints both a baseline and a target in one unit.
 */
export function targetsMetAtBaseline(
  engine: SearchEngine,
  catalog: ReportCatalog,
  scope: { ministries: string[]; fiscalYears: number[] },
): { drafts: Draft[]; lead: string } | null {
  const compared = rowsOfReportsAsked(engine, catalog, scope).filter(
    ({ metric: { baseline, target } }) => baseline !== null && target !== null && baseline.unit === target.unit,
  );
  const reached = compared.filter(({ metric: { baseline, target } }) =>
    BELOW_TARGET.test(target!.qualifier ?? '') ? baseline!.value <= target!.value : baseline!.value >= target!.value,
  );
  if (compared.length === 0) return null;
  // None did: said of the rows compared, each quoted, so that the reader sees every baseline below its target.
  if (reached.length === 0)
    return { drafts: compared.map((entry) => rowDraft(engine, entry)), lead: '目標設定時にすでに目標の水準に達していた目標はありません' };
  const named = reached.map(
    (entry) => `${entry.ministry}（${rowOf(entry)}：目標設定時 ${printed(entry.metric.baseline!)}、目標 ${printed(entry.metric.target!)}）`,
  );
  return { drafts: reached.map((entry) => rowDraft(engine, entry)), lead: `目標設定時にすでに目標の水準に達していたのは${named.join('・')}` };
}

/** 「期限が「毎年度」の目標」「令和7年度末までの目標」「いつまでの目標」: target rows asked for by their deadline. */
export const PERIOD_ASKED = /期限|期日|達成時期|目標年次|までの目標|を目標年|いつまで/;
/** A deadline as the target rows print it (毎年度, 令和7年, 令和7年度末, 2025年). */
const PERIOD = /毎年度|(?:令和|平成)(?:[0-9]+|元)年度?末?|20[0-9]{2}年度?末?/g;
/** 「「令和7年」のような年ではなく」: a deadline said to be set aside, not asked. */
const SET_ASIDE = /^[」』]?(のような|みたいな|といった)?[^、。？?]{0,6}?(ではなく|じゃなく|以外|でなく)/;

/**
 * The target rows whose deadline is the one the question names (「目標の期限が「令和7年」のような年ではなく「毎年度」に
 * なっているのは」 → the 35%以上（毎年度） rows), each quoted, in the ministries and years named (each ministry's latest
 * report when no year is); null when no deadline is asked or none has it.
 */
export function targetsByPeriod(
  engine: SearchEngine,
  catalog: ReportCatalog,
  question: string,
  scope: { ministries: string[]; fiscalYears: number[] },
): { drafts: Draft[]; lead: string } | null {
  // 「100%の目標を、令和2年までの期限で掲げている」: a value named too is who holds that value (the usual way).
  if (!PERIOD_ASKED.test(question) || /[0-9]+(\.[0-9]+)?\s*(%|％|時間|日|人|名|件)/.test(question)) return null;
  const asked = [...question.matchAll(PERIOD)]
    .filter((match) => !SET_ASIDE.test(question.slice((match.index ?? 0) + match[0].length)))
    .map((match) => match[0]);
  if (asked.length !== 1) return null;
  const [period] = asked as [string];
  const having = rowsOfReportsAsked(engine, catalog, scope).filter((entry) => entry.metric.target?.period?.normalize('NFKC') === period);
  if (having.length === 0) return null;
  const drafts = having.map((entry) => rowDraft(engine, entry));
  const ministries = [...new Set(having.map((entry) => entry.ministry))];
  return { drafts, lead: `期限が「${period}」の目標があるのは${ministries.join('・')}（${having.length}件）` };
}

/**
 * 「目標欄にはどんな目標が載っていますか」「どんな数値目標を立てている？」「採用と登用のどちらの目標が載っていますか」: the
 * target rows themselves asked for.
 */
export const TARGETS_LISTED =
  /(どんな|どのような|どういう|何の|なんの)(数値)?目標(が|を|は)?(載って|並んで|書かれて|挙がって|あり|ある|立てて|掲げて|設定して|定めて)|目標欄(に|には|では|の)?[^。？?]{0,24}(載って|並んで|書かれて|挙がって|あり|ある)|(どの|どちらの)(数値)?目標(が|を)[^。？?]{0,10}(載|立て|掲げ|設定)|(どの|どんな)(職位|役職|ポスト|階層|職階)[^。？?]{0,10}目標|目標[^。？?]{0,16}(どの|どんな)(職位|役職|ポスト|階層|職階)|(ほか|他|以外)の(職位|役職|ポスト|階層|職階)[^。？?]{0,12}目標/;

/** A question holding target rows against their values (上回っている, いちばん, 達成): answered the usual way. */
export const ROWS_COMPARED = /上回|下回|達成|届い|届か|最も|もっとも|いちばん|一番|高い|低い|近い|遠い|差/;

/** 「課室長のほかの職位でも」「本省課室長相当職以外で」: rows of that label set aside. */
const SET_ASIDE_ROWS = /([\p{Script=Han}\p{Script=Katakana}ー]{2,})(?:の)?(?:ほか|他|以外)(?:の|に|で)/u;

/** Words of how a question about the target column is put (目標欄に…載って, 掲げて, 立てて, 最新の報告の, どちら). */
const PUTTING_WORDS = /^(欄|載|掲|並|挙|書|立|定|設定|値|数値|最新|報告|どちら|両方|一覧|全部|すべて|全て|職位|役職|ポスト|階層|職階|ほか|他|以外)$/;
/** The share of the subject's weight that words held by target rows must carry for the subject to name rows. */
const NAMING_SHARE = 0.6;
/** Rows this close to the best-covered one are asked for too (採用と登用: both rows cover 女性 and one of the two). */
const LISTED_MARGIN = 0.25;

/**
 * The target rows of each report asked (the ministries named; the years named, else each ministry's latest), quoted
 * whole, with a lead naming them per report; narrowed to the rows the subject's words name when any of its words
 * stands in a row's title (採用, 登用, 育児休業), else every row. Null when no loaded report has a target row in scope.
 */
export function targetsListed(
  engine: SearchEngine,
  catalog: ReportCatalog,
  scope: { ministries: string[]; fiscalYears: number[] },
  matcher: SubjectMatcher,
  question = '',
): { drafts: Draft[]; lead: string } | null {
  const chosen = rowsNamed(engine, catalog, scope, matcher, question);
  if (chosen === null) return null;
  const drafts = chosen.map((entry) => rowDraft(engine, entry));
  const byReport = new Map<string, string[]>();
  for (const entry of chosen) {
    const key = `${entry.ministry}（${describeYear(catalog, entry.ministry, entry.fiscalYear)}）`;
    byReport.set(key, [...(byReport.get(key) ?? []), `${rowOf(entry)}（${entry.metric.target ? printed(entry.metric.target) : '目標値なし'}）`]);
  }
  return { drafts, lead: [...byReport].map(([report, rows]) => `${report}の目標：${rows.join('・')}`).join('／') };
}

/**
 * The target rows of each report asked that the subject's words name (every row when none of its words stands in a
 * row's title); null when no loaded report has a target row in scope, or the subject is mostly of other words.
 */
function rowsNamed(
  engine: SearchEngine,
  catalog: ReportCatalog,
  scope: { ministries: string[]; fiscalYears: number[] },
  matcher: SubjectMatcher,
  question: string,
  /** The share of the subject's weight its row words must carry (0: the rows covering it best, whatever else it says). */
  namingShare = NAMING_SHARE,
): MetricEntry[] | null {
  const rowText = (entry: MetricEntry) => normalizeForMatch(`${entry.rowTitle}${entry.metric.label ?? ''}`);
  const setAside = SET_ASIDE_ROWS.exec(question)?.[1];
  const aside = setAside === undefined ? null : normalizeForMatch(setAside);
  const inScope = rowsOfReportsAsked(engine, catalog, scope).filter((entry) => aside === null || !rowText(entry).includes(aside));
  if (inScope.length === 0) return null;
  // The subject's words that some row's title holds name rows; the words of how the question is put (欄に…載って)
  // name nothing; a subject mostly of other words (年休の取得でどんな目標) asks of something no target row is about.
  const content = matcher.units
    .map((unit, i) => ({ unit, weight: matcher.weights[i]! }))
    .filter(({ unit }) => !PUTTING_WORDS.test(unit) && !(aside !== null && aside.includes(unit)));
  const naming = content.filter(({ unit }) =>
    inScope.some((entry) => coverage({ units: [unit], weights: [1], alternatives: matcher.alternatives }, rowText(entry)) > 0),
  );
  const weightOf = (units: { weight: number }[]) => units.reduce((sum, { weight }) => sum + weight, 0);
  if (content.length > 0 && weightOf(naming) < namingShare * weightOf(content)) return null;
  const rowMatcher: SubjectMatcher = { units: naming.map((n) => n.unit), weights: naming.map((n) => n.weight), alternatives: matcher.alternatives };
  const covered = inScope.map((entry) => ({ entry, covers: naming.length === 0 ? 1 : coverage(rowMatcher, rowText(entry)) }));
  const best = Math.max(...covered.map((c) => c.covers));
  const chosen = covered.filter((c) => c.covers > 0 && c.covers >= best - LISTED_MARGIN).map((c) => c.entry);
  return chosen.length === 0 ? null : chosen;
}

/**
 * 「目標設定時の値から目標までの道のりのうち、現状でどのくらいまで来ているか」「目標の進捗率」: how far the present has come
 * from the baseline towards the target.
 */
export const PROGRESS_ASKED =
  /道のり|進捗率|進捗度|進捗割合|(目標設定時|基準値|出発点)[^。？?]{0,40}?(どのくらい|どれくらい|どれぐらい|どの程度|何割|何%|何パーセント)(まで)?(来|進|到達|達)/;

/** A share computed from three printed figures: likely, never as sure as a printed one. */
const PROGRESS_CONFIDENCE = 0.75;

/**
 * The rows the subject names (each ministry's latest report when no year is named) with how far each present has come
 * from its baseline towards its target: (現状 − 目標設定時) / (目標 − 目標設定時), led by the rows ranked by it. Null when no
 * row named prints all three in one unit.
 */
export function progressTowardsTargets(
  engine: SearchEngine,
  catalog: ReportCatalog,
  scope: { ministries: string[]; fiscalYears: number[] },
  matcher: SubjectMatcher,
  question: string,
): { drafts: Draft[]; lead: string } | null {
  const rows = (rowsNamed(engine, catalog, scope, matcher, question) ?? []).flatMap((entry) => {
    const { baseline, current, target } = entry.metric;
    if (baseline === null || current === null || target === null) return [];
    if (baseline.unit !== target.unit || current.unit !== target.unit || target.value === baseline.value) return [];
    return [{ entry, share: ((current.value - baseline.value) / (target.value - baseline.value)) * 100, baseline, current, target }];
  });
  if (rows.length === 0) return null;
  const ranked = [...rows].sort((a, b) => b.share - a.share);
  const shareOf = (share: number) => `${formatNumber(share, 1)}%`;
  const drafts = ranked.map(({ entry, share, baseline, current, target }) => ({
    answer: `${rowOf(entry)}：目標設定時 ${printedValue(baseline)} → 現状 ${printedValue(current)}（目標 ${printed(target)}までの${shareOf(share)}）`,
    confidence: PROGRESS_CONFIDENCE,
    sources: [metricSource(engine, entry)],
    derived: [Math.round(share * 10) / 10],
  }));
  const lead = `目標設定時から目標までの道のりの進み具合：${ranked.map(({ entry, share }) => `${entry.ministry} ${shareOf(share)}`).join('・')}（(現状−目標設定時)÷(目標−目標設定時)）`;
  return { drafts, lead };
}

/** 「伸び幅が、令和2→3年度より令和3→4年度のほうが小さくなった（伸びが鈍った）」: the pace of a present value over three years. */
export const PACE_ASKED =
  /(伸び|増え|上がり|上昇|増加|改善)(幅|方|ペース|のペース)?(が|は)?[^。？?]{0,50}?(小さく|鈍|緩やか|縮ま|大きく|加速)|鈍化|伸び悩/;

/**
 * The target rows the subject names, followed over three or more consecutive loaded reports of a ministry (the years
 * named), whose present rose by less (鈍った) or more (加速) in its last year than in the year before: each with every
 * year's value and the yearly moves, led by the ministries; every row followed, and that none did, when none did. Null
 * when no row can be followed over three years.
 */
export function paceOfTargets(
  engine: SearchEngine,
  catalog: ReportCatalog,
  scope: { ministries: string[]; fiscalYears: number[] },
  matcher: SubjectMatcher,
  question: string,
): { drafts: Draft[]; lead: string } | null {
  const slower = !/大きく|加速/.test(question);
  // 「伸び幅が…小さくなった府省」: the words of the pace name no row; the rest of the subject does.
  const named = rowsNamed(engine, catalog, scope, matcher, question, 0) ?? [];
  const byRow = byRowOf(named.filter((entry) => entry.metric.current !== null));
  const followed = [...byRow.values()]
    .map((entries) => entries.sort((a, b) => a.fiscalYear - b.fiscalYear))
    .filter((entries) => {
      const loaded = catalog.yearsOf.get(entries[0]!.ministry) ?? [];
      const consecutive = entries.every((entry, i) => i === 0 || loaded[loaded.indexOf(entry.fiscalYear) - 1] === entries[i - 1]!.fiscalYear);
      return entries.length >= 3 && consecutive && entries.every((entry) => entry.metric.current!.unit === entries[0]!.metric.current!.unit);
    });
  if (followed.length === 0) return null;
  const moves = (entries: MetricEntry[]) => entries.slice(1).map((entry, i) => entry.metric.current!.value - entries[i]!.metric.current!.value);
  const draftOf = (entries: MetricEntry[]): Draft => {
    const series = entries
      .map((entry) => `${printedValue(entry.metric.current!)}（${catalog.labelOf(entry.ministry, entry.fiscalYear)}）`)
      .join(' → ');
    const steps = entries.slice(1).map((entry, i) => movedBy(entries[i]!.metric.current!, entry.metric.current!));
    return {
      answer: `${rowOf(entries[0]!)}：${series}（${steps.join('、')}）`,
      confidence: TARGET_ROWS_CONFIDENCE,
      sources: entries.map((entry) => metricSource(engine, entry)),
      acrossYears: true,
    };
  };
  const paced = followed.filter((entries) => {
    const [before, last] = moves(entries).slice(-2) as [number, number];
    return before > 0 && (slower ? last < before : last > before);
  });
  const said = slower ? '伸びが鈍った' : '伸びが加速した';
  if (paced.length === 0) return { drafts: followed.map(draftOf), lead: `最後の年に${said}府省はありません` };
  return { drafts: paced.map(draftOf), lead: `最後の年に${said}のは${[...new Set(paced.map((entries) => entries[0]!.ministry))].join('・')}` };
}

/**
 * The entries of the target row (title and label) the matcher covers best, so long as it covers `minimum` of it and
 * `margin` times any other row (全体 before any other label of the same title); null otherwise.
 */
function rowCoveredBest(entries: MetricEntry[], matcher: SubjectMatcher, minimum: number, margin = 1): MetricEntry[] | null {
  if (matcher.units.length === 0) return null;
  const score = (entry: MetricEntry) => coverage(matcher, normalizeForMatch(`${entry.rowTitle}${entry.metric.label ?? ''}`));
  const best = Math.max(0, ...entries.map(score));
  const next = Math.max(0, ...entries.filter((entry) => score(entry) < best).map(score));
  if (best < minimum || best < margin * next) return null;
  const named = entries.filter((entry) => score(entry) === best);
  const [row] = [...new Set(named.map(rowOf))].sort((a, b) => Number(!a.endsWith('【全体】')) - Number(!b.endsWith('【全体】')));
  return named.filter((entry) => rowOf(entry) === row);
}

/** Of a whole question's units, the share a row's title must cover to be the row it ranks by. */
const MIN_RANKED_ROW_COVERAGE = 0.15;

/** 「順位が入れ替わった府省」「順番が逆転した」「追い抜いた府省」: ministries whose order on a target row swapped between two reports. */
export const RANK_SWAPPED = /(順位|順番|並び|上下)[^。？?]{0,12}?(入れ替わ|入れかわ|逆転|変わっ|変わる)|逆転し|追い抜|追い越|抜かれ|抜き去/;

/**
 * The pairs of ministries whose order on one target row (the row the subject names, by its present 現状) swapped between
 * two reports of the same year (the first and last year named; else the two latest loaded years of the row), each with
 * both presents of both years (「架空庁 20.0% → 26.7%、試験庁 15.2% → 28.0%：架空庁が上 → 試験庁が上」), led by the pairs;
 * null when the subject names no row or no two ministries print it both years.
 */
export function rankSwaps(
  engine: SearchEngine,
  catalog: ReportCatalog,
  scope: { ministries: string[]; fiscalYears: number[] },
  /** Built from the whole question. */
  matcher: SubjectMatcher,
): { drafts: Draft[]; lead: string } | null {
  const entries = engine
    .metrics()
    .filter((entry) => entry.metric.current !== null && (scope.ministries.length === 0 || scope.ministries.includes(entry.ministry)));
  // The row the most of the question covers is the row named, so long as it covers some.
  const ofRow = rowCoveredBest(entries, matcher, MIN_RANKED_ROW_COVERAGE);
  if (ofRow === null) return null;
  const years = [...new Set(ofRow.map((entry) => entry.fiscalYear))].sort((a, b) => a - b);
  const asked = [...new Set(scope.fiscalYears)].sort((a, b) => a - b);
  const [from, to] = asked.length >= 2 ? [asked[0]!, asked[asked.length - 1]!] : [years[years.length - 2], years[years.length - 1]];
  if (from === undefined || to === undefined) return null;
  const at = (year: number) => new Map(ofRow.filter((entry) => entry.fiscalYear === year).map((entry) => [entry.ministry, entry]));
  const [before, after] = [at(from), at(to)];
  const both = [...before.keys()].filter(
    (ministry) => after.has(ministry) && before.get(ministry)!.metric.current!.unit === after.get(ministry)!.metric.current!.unit,
  );
  if (both.length < 2) return null;
  const value = (entries: Map<string, MetricEntry>, ministry: string) => entries.get(ministry)!.metric.current!.value;
  const drafts: Draft[] = [];
  const pairs: string[] = [];
  for (let i = 0; i < both.length; i++) {
    for (let j = i + 1; j < both.length; j++) {
      const [a, b] = [both[i]!, both[j]!];
      const then = Math.sign(value(before, a) - value(before, b));
      const now = Math.sign(value(after, a) - value(after, b));
      if (then === 0 || now === 0 || then === now) continue;
      const [wasAbove, isAbove] = then > 0 ? [a, b] : [b, a];
      const side = (ministry: string) =>
        `${ministry} ${printedValue(before.get(ministry)!.metric.current!)}（${describeYear(catalog, ministry, from)}）→ ${printedValue(after.get(ministry)!.metric.current!)}（${describeYear(catalog, ministry, to)}）`;
      pairs.push(`${wasAbove}と${isAbove}`);
      drafts.push({
        answer: `${side(wasAbove)}、${side(isAbove)}：${wasAbove}が上 → ${isAbove}が上`,
        confidence: TARGET_ROWS_CONFIDENCE,
        sources: [wasAbove, isAbove].flatMap((ministry) => [metricSource(engine, before.get(ministry)!), metricSource(engine, after.get(ministry)!)]),
      });
    }
  }
  const title = rowOf(ofRow[0]!);
  if (drafts.length === 0) {
    const sources = both.map((ministry) => metricSource(engine, after.get(ministry)!));
    return {
      drafts: [{ answer: `順位の入れ替わりなし（${both.length}府省を比較）`, confidence: TARGET_ROWS_CONFIDENCE, sources }],
      lead: `${title}の現状で順位が入れ替わった府省はありません`,
    };
  }
  return { drafts, lead: `${title}の現状で順位が入れ替わったのは${pairs.join('、')}` };
}

/** Of a whole question's units, the share the row it ranks over every report must cover, and by how much more than any other. */
const MIN_EXTREME_ROW_COVERAGE = 0.05;
const ROW_MARGIN = 1.3;

/** 「…の現状値を3年分ぜんぶ拾って並べたとき、いちばん高いのは」: the extreme over every report, not one per ministry. */
export const EXTREME_OVER_REPORTS =
  /(ぜんぶ|全部|すべて|全て|残らず)[^。？?]{0,16}?(拾|並べ|集め|比べ|見比べ)[^。？?]{0,40}?(いちばん|一番|最も|もっとも)(高|低|大き|小さ)|(どの府省の(何|どの)年度|何年度のどの府省)[^。？?]{0,12}?(いちばん|一番|最も|もっとも)(高|低)/;

/**
 * The present of the row the question names highest (or lowest) over every report of the years named (every loaded
 * year when none), with the report it stands in and how many were compared; null when the question names no row.
 */
export function extremeOverReports(
  engine: SearchEngine,
  catalog: ReportCatalog,
  question: string,
  scope: { ministries: string[]; fiscalYears: number[]; yearSpan?: { from: number; to: number } | null },
  /** Built from the whole question. */
  matcher: SubjectMatcher,
): { drafts: Draft[]; lead: string } | null {
  const span = scope.yearSpan;
  const years = new Set(span ? yearsOfSpan(span) : scope.fiscalYears);
  const entries = engine
    .metrics()
    .filter(
      (entry) =>
        entry.metric.current !== null &&
        (scope.ministries.length === 0 || scope.ministries.includes(entry.ministry)) &&
        (years.size === 0 || years.has(entry.fiscalYear)),
    );
  // A long question covers little of any row: the row named is the one covered clearly best (by a third over any other).
  const ofRow = rowCoveredBest(entries, matcher, MIN_EXTREME_ROW_COVERAGE, ROW_MARGIN);
  if (ofRow === null) return null;
  const unit = ofRow[0]!.metric.current!.unit;
  const lowest = /(いちばん|一番|最も|もっとも)(低|小さ)/.test(question.normalize('NFKC'));
  const ranked = ofRow
    .filter((entry) => entry.metric.current!.unit === unit)
    .sort((a, b) => (lowest ? 1 : -1) * (a.metric.current!.value - b.metric.current!.value));
  const [top] = ranked;
  if (top === undefined) return null;
  const title = rowOf(top);
  // The highest (every report tied with it): what was asked; the others are not its answer.
  const drafts = ranked
    .filter((entry) => entry.metric.current!.value === top.metric.current!.value)
    .map((entry) => ({
      answer: `${title}：現状 ${printedValue(entry.metric.current!)}`,
      confidence: TARGET_ROWS_CONFIDENCE,
      sources: [metricSource(engine, entry)],
    }));
  return {
    drafts,
    lead: `${ranked.length}報告のうち${lowest ? 'いちばん低い' : 'いちばん高い'}のは${top.ministry}の${describeYear(catalog, top.ministry, top.fiscalYear)}の報告（${printedValue(top.metric.current!)}）`,
  };
}
