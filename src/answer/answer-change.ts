/**
 * Change answers: how far a figure rose or fell between two of a ministry's reports (「前年度から何ポイント上がった？」);
 * for a question naming no figure (「前年度から何が変わった？」「やめた取組は？」), what the later report changed.
 * The figure is a target row's value (same row title and label in both years) or a number of the results, statements
 * or reasons of the same template row in both years (same row by `templateRow`, as the lineage links rows; same unit).
 * The change is computed here from the two printed numbers, at the precision printed.
 */
import type { ChangeYears } from './answer-targets';
import type { Quantity } from '../domain/types';
import { templateRow } from '../query/lineage';
import type { MetricEntry } from '../query/types';
import type { AnswerContext, Draft } from './answer-context';
import { reportSource, sourceOf } from './answer-context';
import { acceptsCounter, rankedCounts, type RankedCount } from './answer-count';
import { enumeratedCountIn } from './answer-enumerate';
import { decimalsOf, findNumbers, formatNumber, toHalfWidthDigits } from './japanese-numbers';
import { metricSource, metricText } from './answer-metric';
import { contradictionTest } from './contrasts';
import { lacksNamedLabel, namedLabels, rowOf } from './metric-labels';
import { FIELD_NAMES, differenceUnit, printedField } from './metric-text';
import { coverage, normalizeForMatch } from './relevance';
import { yearWithWestern } from './report-catalog';
import { preparedInScope, recordsOfReport, retrieveCandidates } from './retrieve-candidates';
import { statementsOfRow } from './answer-status';
import type { AnswerSource } from './types';

/** A target row must name the subject this well to be the figure asked about rather than a number of the results. */
const METRIC_MATCH = 0.75;

interface Figure {
  value: number;
  unit: string;
  /** As printed (half-width), for the answer and its precision. */
  printed: string;
  source: AnswerSource;
  score: number;
}

function delta(earlier: Figure, later: Figure): string {
  const decimals = Math.max(decimalsOf(earlier.printed), decimalsOf(later.printed));
  const difference = later.value - earlier.value;
  const sign = difference > 0 ? '+' : difference < 0 ? '-' : '±';
  const unit = differenceUnit(later.unit);
  return `${sign}${formatNumber(Math.abs(difference), decimals)}${unit}`;
}

function metricScore(context: AnswerContext, entry: MetricEntry): number {
  return coverage(context.matcher, normalizeForMatch(`${entry.rowTitle}${entry.metric.label ?? ''}`));
}

function metricFigure(context: AnswerContext, entry: MetricEntry, score: number): Figure | null {
  const field = context.shape.metricField ?? 'current';
  const quantity: Quantity | null = entry.metric[field];
  const printed = printedField(entry.metric, field);
  if (!quantity || !printed) return null;
  return { value: quantity.value, unit: quantity.unit, printed: toHalfWidthDigits(printed), source: metricSource(context.engine, entry), score };
}

/**
 * The target row's figure in each year (ascending; the last year's best-matching row, followed by its title and label
 * into the earlier years), when a target row is what the question names; 'lacks label' when that row has not the
 * sub-category the question names (then no other figure answers either).
 */
function metricFigures(context: AnswerContext, ministry: string, years: number[]): (Figure | null)[] | 'lacks label' | null {
  const last = years.at(-1);
  const entries = context.engine.metrics().filter((e) => e.ministry === ministry);
  const contradicts = contradictionTest(context.question, { targetRows: true });
  const [best] = entries
    .filter((e) => e.fiscalYear === last && !contradicts(metricText(e)))
    .map((entry) => ({ entry, score: metricScore(context, entry) }))
    .sort((a, b) => b.score - a.score);
  if (!best || best.score < METRIC_MATCH) return null;
  if (lacksNamedLabel(namedLabels(context.engine, context.question), rowOf(entries, best.entry))) return 'lacks label';
  const figures = years.map((year) => {
    const entry =
      year === last
        ? best.entry
        : entries.find((e) => e.fiscalYear === year && e.rowTitle === best.entry.rowTitle && e.metric.label === best.entry.metric.label);
    return entry ? metricFigure(context, entry, best.score) : null;
  });
  return complete(figures.map((f) => (f !== null && f.unit === figures.at(-1)?.unit ? f : null)));
}

/**
 * The figures of the years asked, when every year prints one; for a series of three or more years, when the last and
 * one more do (「令和2年度：記載なし」 stands for a year whose report prints none).
 */
function complete(figures: (Figure | null)[]): (Figure | null)[] | null {
  const found = figures.filter((f) => f !== null).length;
  const enough = figures.length > 2 ? found >= 2 && figures.at(-1) !== null : found === figures.length;
  return enough ? figures : null;
}

function countFigure(ranked: RankedCount): Figure {
  const { candidate, count, clause } = ranked;
  const source = sourceOf(candidate.initiative, candidate.text, candidate.field);
  return { value: count.value, unit: count.unit, printed: toHalfWidthDigits(`${count.text}（${clause}）`), source, score: ranked.confidence };
}

/**
 * A number of the last year's texts, and the same template row's number of the same unit in each earlier year. Target
 * rows are read by metricFigures, field by field: the first number of a target row's text is its target, not a figure
 * that changed (両休暇合計5日以上取得率100% stands in every year).
 */
function textFigures(context: AnswerContext, ministry: string, years: number[]): (Figure | null)[] | null {
  const accepts = acceptsCounter(ASKS_SHARE.test(context.question.normalize('NFKC')) ? null : context.shape.counter);
  const last = years.at(-1)!;
  const earlierYears = new Map(
    years.slice(0, -1).map((year) => [year, rankedCounts({ ...context, scope: { ministry, fiscalYear: year } }, accepts, false)]),
  );
  // The last year's best count may be one no earlier report prints (「5日に満たない職員の上司に…」 beside the
  // 平均取得日数 of every year): the next best are tried, in order, for a figure the earlier years print too.
  for (const later of rankedCounts({ ...context, scope: { ministry, fiscalYear: last } }, accepts, false).slice(0, LATER_TRIED)) {
    const row = templateRow(later.candidate.initiative);
    const figures = years.map((year) => {
      const [found] =
        year === last
          ? [later]
          : (earlierYears.get(year) ?? []).filter(
              (r) => templateRow(r.candidate.initiative) === row && r.candidate.field === later.candidate.field && r.count.unit === later.count.unit,
            );
      // The number itself, not the clause, sets the precision.
      return found ? { ...countFigure(found), printed: toHalfWidthDigits(`${frequencyOf(found)}${found.count.text}`) } : null;
    });
    const series = complete(figures);
    if (series) return series;
  }
  return null;
}

/**
 * 「年1回」「月2回」「週2日」: the period a count of times is per, printed just before it, which the answer keeps (年1回 →
 * 年2回, not 1回 → 2回: the report says how often, not how many in all).
 */
function frequencyOf(ranked: RankedCount): string {
  const { text } = ranked.candidate;
  const { start, end, unit } = ranked.count;
  if (text.slice(start, end) !== ranked.count.text || !(unit === '回' || unit === '日')) return '';
  const period = /(毎年|毎月|毎週|年|月|週)$/.exec(text.slice(Math.max(0, start - 2), start))?.[1] ?? '';
  return unit === '日' && !period.endsWith('週') ? '' : period;
}

/** The last year's counts tried for one the earlier years print too. */
const LATER_TRIED = 3;

/**
 * How a series of three or more years moved, year on year: 毎年増加, 毎年減少, 横ばい, one way with a year that held, or
 * 増減あり with the years that went the other way left to the series itself.
 */
export function trendOf(figures: readonly { value: number }[]): string {
  const steps = figures.slice(1).map((f, i) => Math.sign(f.value - figures[i]!.value));
  if (steps.every((step) => step > 0)) return '毎年増加';
  if (steps.every((step) => step < 0)) return '毎年減少';
  if (steps.every((step) => step === 0)) return '横ばい';
  // 2件 → 2件 → 1件: it went one way only, with a year that held.
  if (steps.every((step) => step <= 0)) return '減少（横ばいの年あり）';
  if (steps.every((step) => step >= 0)) return '増加（横ばいの年あり）';
  return '毎年ではなく増減あり';
}

/** A change asked as a ratio of the two years' figures. */
const ASKS_RATIO = /何倍/;
/**
 * A change asked as a share of the earlier figure (「何割くらい増えた」「何%減った」): 割 and % name the answer's unit,
 * not the figures' (人, 件, 日), which are read whatever their counter.
 */
const ASKS_SHARE = /何(割|%|％|パーセント)(くらい|ぐらい|ほど|程度)?(増|減|伸|上が|下が|アップ|ダウン)/;

/** 「曜日はどう変わりましたか」「やり方に違いは」: a change asked of what a statement says, which no figure gives. */
const ATTRIBUTE_CHANGE =
  /(曜日|内容|中身|やり方|方法|書きぶり|書き方|文言|表現|頻度|対象者?|範囲|手段|形式|タイミング|時期)(は|が|を|に|の)?[^。？?]*(どう|どのように|何が|どこが)?(変わ|変化|違)/;
/** A statement of each year must cover this much of the subject to be the one compared. */
const STATEMENT_COVERAGE = 0.5;

/**
 * The statement of each of the two years that best covers the subject, side by side (「令和3年度：【継続】…毎週水曜日…
 * → 令和4年度：【拡充】…毎週水曜日と金曜日の週2日に…」), or said to be the same; null unless both years have one.
 */
function statementsChange(context: AnswerContext, ministry: string, from: number, to: number): Draft | null {
  const bestOf = (fiscalYear: number) =>
    retrieveCandidates(
      context.engine,
      context.query,
      context.matcher,
      { ministry, fiscalYear },
      (p) => p.field === 'statement' && p.text === p.initiative.text,
    )[0];
  const [earlier, later] = [bestOf(from), bestOf(to)];
  if (earlier === undefined || later === undefined || Math.min(earlier.relevance, later.relevance) < STATEMENT_COVERAGE) return null;
  const label = (year: number): string => yearWithWestern(context.catalog.labelOf(ministry, year), year);
  const said = (c: typeof earlier) => `${c.initiative.tag ? `【${c.initiative.tag}】` : ''}${c.text}`;
  const same = earlier.text === later.text ? '（記載は変わっていません）' : '';
  return {
    answer: `${label(from)}：${said(earlier)} → ${label(to)}：${said(later)}${same}`,
    confidence: Math.min(earlier.relevance, later.relevance),
    sources: [sourceOf(earlier.initiative), sourceOf(later.initiative)],
  };
}

/** Answers a change question for the context's ministry and years; null when either year lacks the figure. */
export function answerChange(context: AnswerContext): Draft | null {
  const { ministry } = context.scope;
  if (!ministry || !context.years) return null;
  const { from, to } = context.years;
  if (context.shape.statusChangedTo !== null) return rowsThatBecameInAnyPair(context, ministry, context.years, context.shape.statusChangedTo);
  if (context.shape.tags.length > 0 || context.shape.status !== null) return enumeratedChange(context, ministry, from, to);
  if (context.matcher.units.length === 0) return reportChanges(context, ministry, from, to);
  // 「定時退庁日、令和3年度から令和4年度で曜日はどう変わりましたか」: what the statements say, not a figure of the row.
  const worded = ATTRIBUTE_CHANGE.test(context.question) ? statementsChange(context, ministry, from, to) : null;
  if (worded !== null) return worded;
  const years = context.years.through ?? [from, to];
  const metric = metricFigures(context, ministry, years);
  if (metric === 'lacks label') return null;
  const figures = metric ?? textFigures(context, ministry, years);
  if (!figures) return null;
  const printing = figures.filter((f): f is Figure => f !== null);
  const earlier = printing[0]!;
  const later = printing.at(-1)!;
  const label = (year: number): string => yearWithWestern(context.catalog.labelOf(ministry, year), year);
  const quote = (f: Figure): string => (findNumbers(f.printed).length > 0 ? f.printed : `${f.value}${f.unit}`);
  const difference = delta(earlier, later);
  // 「令和4年度は令和2年度の何倍」: the ratio too, at one decimal (2.8倍), when the earlier figure is not zero.
  const ratio = ASKS_RATIO.test(context.question) && earlier.value !== 0 ? Math.round((later.value / earlier.value) * 10) / 10 : null;
  const series = figures.map((f, i) => `${label(years[i]!)}：${f === null ? '記載なし' : quote(f)}`).join(' → ');
  const trend = printing.length > 2 ? `、${trendOf(printing)}` : '';
  // 「何割くらい増えた」: the change over the earlier figure, in percent (a rate's change is already in points).
  const share =
    ASKS_SHARE.test(context.question.normalize('NFKC')) && earlier.value !== 0 && earlier.unit !== '%' && earlier.unit === later.unit
      ? Math.round(((later.value - earlier.value) / earlier.value) * 1000) / 10
      : null;
  // 何割 is said in 割 below a doubling (約2割増); past it, in % alone.
  const tenths = share !== null && /何割/.test(context.question) && Math.abs(share) < 100 ? Math.round(Math.abs(share) / 10) : null;
  const shareText =
    share === null
      ? ''
      : `、${share >= 0 ? '+' : '-'}${formatNumber(Math.abs(share), 1)}%${tenths === null ? '' : tenths === 0 ? '（1割未満）' : `（約${tenths}割${share >= 0 ? '増' : '減'}）`}`;
  const derived = [
    ...(ratio === null ? [] : [ratio]),
    ...(share === null ? [] : [Math.abs(share)]),
    ...(tenths === null || tenths === 0 ? [] : [tenths]),
  ];
  return {
    answer: `${series}（差 ${difference}${ratio === null ? '' : `、${formatNumber(ratio, 1)}倍`}${shareText}${trend}）`,
    confidence: Math.min(...printing.map((f) => f.score)),
    // A year read that prints no such figure is cited by its report, for the 「記載なし」 said of it.
    sources: figures.flatMap((f, i) => (f !== null ? [f.source] : reportSource(context, ministry, years[i]!))),
    ...(derived.length === 0 ? {} : { derived }),
    // 「前年度から一番伸びたのはどこ？」 orders the ministries by the change.
    measure: { value: later.value - earlier.value, unit: later.unit, printed: `差 ${difference}` },
  };
}

/**
 * 「模擬省の実施未定、令和2年度から令和3年度で減った？件数で」: the rows of the status (initiatives of the tag) each report
 * holds, counted, and the difference; null when either report is not loaded or the subject beside the tag matches none.
 */
function enumeratedChange(context: AnswerContext, ministry: string, from: number, to: number): Draft | null {
  // 「令和2年度→令和3年度→令和4年度と毎年増えてる」: every year followed, when the question names more than the two ends.
  const years = context.years?.through ?? [from, to];
  const counts = years.map((fiscalYear) => enumeratedCountIn({ ...context, scope: { ministry, fiscalYear } }));
  if (counts.some((count) => count === null)) return null;
  const counted = counts as { count: number; sources: Draft['sources'] }[];
  const [earlier, later] = [counted[0]!, counted.at(-1)!];
  const label = (year: number): string => yearWithWestern(context.catalog.labelOf(ministry, year), year);
  const what = context.shape.status !== null ? `${context.shape.status}の項目` : `${context.shape.tags.map((tag) => `【${tag}】`).join('・')}の取組`;
  const difference = later.count - earlier.count;
  const sign = difference > 0 ? '+' : difference < 0 ? '-' : '±';
  const trend = years.length > 2 ? trendOf(counted.map((c) => ({ value: c.count }))) : undefined;
  return {
    answer: `${what}：${years.map((year, i) => `${label(year)}：${counted[i]!.count}件`).join(' → ')}（差 ${sign}${Math.abs(difference)}件${trend ? `、${trend}` : ''}）`,
    confidence: ENUMERATED_CHANGE_CONFIDENCE,
    sources: counted.flatMap((c) => c.sources),
    derived: [...counted.map((c) => c.count), Math.abs(difference)],
    measure: { value: difference, unit: '件', printed: `差 ${sign}${Math.abs(difference)}件` },
    ...(trend ? { trend } : {}),
  };
}

/** Counts read off two reports' tags or statuses are as sure as a list of a tag. */
const ENUMERATED_CHANGE_CONFIDENCE = 0.9;

/** A report's changes are read off the lineage of two consecutive reports, as sure as a list of a tag. */
const REPORT_CHANGES_CONFIDENCE = 0.9;
/** Initiatives quoted per kind of change before saying how many more. */
const MAX_QUOTED = 8;

function quoted(texts: string[]): string {
  const shown = texts.slice(0, MAX_QUOTED).join('／');
  return texts.length > MAX_QUOTED ? `${shown}（ほか${texts.length - MAX_QUOTED}件）` : shown;
}

/** A row named by the question's subject, when it has one: most of the subject's words are in its title. */
const ROW_NAMED = 0.5;

/**
 * 「令和2年度に実施未定で令和3年度には実施に変わった項目と当時の理由」: the rows whose 実施状況 became `became` in the later
 * report, each with the reason for 実施未定 (the earlier report's when the row was done since, the later's when it went
 * back to 実施未定), citing both years' rows; those the subject names when it names any. Says there is none when the two
 * reports are linked and no row changed so; null unless `from` is the report just before `to`.
 */
/** 「成果欄に数字まで載る」: the results column asked of the rows that became 実施. */
const RESULTS_ASKED = /成果|[(（]D[)）]|D欄/;

/** 「前の年度は実施だったのに次の年度に実施未定になった」: any report against the one before, not the two latest. */
const ANY_PAIR = /前の年度[^。？?]{0,30}?(次の年度|翌年度|その次)|前年度[^。？?]{0,30}?(翌年度|次の年度)|ある年度[^。？?]{0,30}?(次の年度|翌年度)/;

/**
 * rowsThatBecame for each pair of consecutive reports the question follows (every year of its span, or every loaded year
 * when it asks of any report against the one before), the pairs with rows said one after the other; the two ends only
 * when it names two years. Said to be none, of every pair compared, when no pair has one.
 */
function rowsThatBecameInAnyPair(context: AnswerContext, ministry: string, years: ChangeYears, became: '実施' | '実施未定'): Draft | null {
  const loaded = [...(context.catalog.yearsOf.get(ministry) ?? [])].sort((a, b) => a - b);
  const followed = years.through ?? (ANY_PAIR.test(context.question) ? loaded : null);
  if (followed === null || followed.length <= 2) return rowsThatBecame(context, ministry, years.from, years.to, became);
  const inOrder = loaded.filter((year) => followed.includes(year));
  const drafts = inOrder.slice(1).flatMap((to, i) => rowsThatBecame(context, ministry, inOrder[i]!, to, became) ?? []);
  const found = drafts.filter((draft) => draft.derived !== undefined);
  const shown = found.length > 0 ? found : drafts;
  if (shown.length === 0) return null;
  return {
    answer: shown.map((draft) => draft.answer).join('\n'),
    confidence: Math.min(...shown.map((draft) => draft.confidence)),
    sources: shown.flatMap((draft) => draft.sources),
    ...(found.length > 0 ? { derived: [found.reduce((sum, draft) => sum + (draft.derived?.[0] ?? 0), 0)] } : {}),
  };
}

function rowsThatBecame(context: AnswerContext, ministry: string, from: number, to: number, became: '実施' | '実施未定'): Draft | null {
  const changes = context.engine.changes(ministry, to);
  if (changes.previousYear !== from) return null;
  const label = (year: number): string => yearWithWestern(context.catalog.labelOf(ministry, year), year);
  const covers = (title: string) => coverage(context.matcher, normalizeForMatch(title)) >= ROW_NAMED;
  // A subject that names no row of the report (「前の年度は実施だったのに…項目」) is how the question is put, not a row.
  const namesRows = context.matcher.units.length > 0 && recordsOfReport(context.engine, ministry, to).some((record) => covers(record.rowTitle));
  const named = (title: string) => !namesRows || covers(title);
  const rows = changes.statusChanges.filter((change) => change.to === became && change.from !== became && named(change.rowTitle));
  const lines: string[] = [];
  const sources: AnswerSource[] = [];
  for (const change of rows) {
    const then = context.engine.getInitiative(change.fromId);
    const now = context.engine.getInitiative(change.toId);
    if (then === undefined || now === undefined) continue;
    const reason = became === '実施' ? change.previousReason : now.reason;
    const reasonYear = became === '実施' ? from : to;
    // What the row printed once done is what it became (「【新規】超過勤務の事前確認を電子申請で行うようにした。」).
    const done = became === '実施' ? statementsOfRow(context, now) : [];
    // 「実施に変わり、成果欄に数字まで載るようになった」: the row's results once done, and only rows that print some when asked.
    const results =
      became === '実施'
        ? [...new Set(done.map((statement) => statement.results).filter((text): text is string => text !== null && text !== ''))]
        : [];
    if (became === '実施' && RESULTS_ASKED.test(context.question) && !results.some((text) => /[0-9０-９]/.test(text))) continue;
    const said =
      done.length > 0
        ? ` → ${label(to)}の記載：${done.map((s) => `${s.tag ? `【${s.tag}】` : ''}${s.text}`).join(' ')}${results.length > 0 ? `（成果：${results.join(' ')}）` : ''}`
        : '';
    lines.push(`${change.rowTitle}：${change.from}→${change.to}（${label(reasonYear)}の理由：${reason ?? '記載なし'}）${said}`);
    sources.push(...done.map((statement) => sourceOf(statement)));
    for (const statement of done)
      if (statement.results && results.includes(statement.results)) sources.push(sourceOf(statement, statement.results, 'results'));
    sources.push(
      sourceOf(
        then,
        `${then.rowTitle} 実施状況：${then.status ?? ''}${then.reason ? ` 理由：${then.reason}` : ''}`,
        then.reason ? 'reason' : 'status',
      ),
      sourceOf(now, `${now.rowTitle} 実施状況：${now.status ?? ''}${now.reason ? ` 理由：${now.reason}` : ''}`, now.reason ? 'reason' : 'status'),
    );
  }
  const what = `${became === '実施' ? '実施未定から実施' : '実施から実施未定'}に変わった項目`;
  if (lines.length === 0) {
    return {
      answer: `${label(from)}→${label(to)}：${what}はありません`,
      confidence: REPORT_CHANGES_CONFIDENCE,
      sources: [...reportSource(context, ministry, from), ...reportSource(context, ministry, to)],
    };
  }
  return {
    answer: [`${label(from)}→${label(to)}：${what}${lines.length}件`, ...lines].join('\n'),
    confidence: REPORT_CHANGES_CONFIDENCE,
    sources,
    derived: [lines.length],
  };
}

/**
 * The initiatives of the `from` report that the next report no longer prints (the lineage's dropped) and no report up
 * to `to` prints again; only those tagged 【新規】 when the question says they were started then. Said to be none when
 * none is; null unless the ministry has a report after `from`.
 */
function droppedSince(context: AnswerContext, ministry: string, from: number, to: number): Draft | null {
  const loaded = context.catalog.yearsOf.get(ministry) ?? [];
  const at = loaded.indexOf(from);
  const next = at < 0 ? undefined : loaded[at + 1];
  if (next === undefined || next > to) return null;
  const changes = context.engine.changes(ministry, next);
  if (changes.previousYear !== from) return null;
  const later = loaded.filter((year) => year > next && year <= to);
  const printedLater = new Set(
    later.flatMap((fiscalYear) => preparedInScope(context.engine, { ministry, fiscalYear }).map((p) => p.initiative.text)),
  );
  const startedThen = /新規|始め|開始/.test(context.question);
  const dropped = changes.dropped.filter((i) => !printedLater.has(i.text) && (!startedThen || i.tag === '新規'));
  const label = (year: number): string => yearWithWestern(context.catalog.labelOf(ministry, year), year);
  const what = `${label(from)}の${startedThen ? '【新規】の' : ''}取組のうち${label(to)}までの報告に出てこないもの`;
  if (dropped.length === 0) {
    return {
      answer: `${what}はありません`,
      confidence: REPORT_CHANGES_CONFIDENCE,
      sources: [from, ...loaded.filter((year) => year > from && year <= to)].flatMap((year) => reportSource(context, ministry, year)),
    };
  }
  return {
    answer: `${what}${dropped.length}件\n${quoted(dropped.map((i) => `${i.tag ? `【${i.tag}】` : ''}${i.text}`))}`,
    confidence: REPORT_CHANGES_CONFIDENCE,
    sources: [
      ...dropped.map((i) => sourceOf(i)),
      ...loaded.filter((year) => year > from && year <= to).flatMap((year) => reportSource(context, ministry, year)),
    ],
    derived: [dropped.length],
  };
}

/**
 * 「テスト省は前年度から何が変わった？」: the initiatives the later report started, expanded and no longer prints, the rows
 * whose 実施状況 changed and the targets whose numbers moved (the lineage's changes, as the 今年度の変化 page shows them);
 * only those it no longer prints when that is what was asked. Null unless `from` is the report just before `to`.
 */
function reportChanges(context: AnswerContext, ministry: string, from: number, to: number): Draft | null {
  const changes = context.engine.changes(ministry, to);
  // 「令和2年度の【新規】のうち、令和3年度・令和4年度の報告にはもう出てこないもの」: dropped after the first report, over
  // more than one report.
  if (changes.previousYear !== from) return context.shape.dropped ? droppedSince(context, ministry, from, to) : null;
  const label = (year: number): string => yearWithWestern(context.catalog.labelOf(ministry, year), year);
  // 「令和3年度に新規だったものが令和4年度に拡充になった取組は？」: the links tagged 【新規】 before and 【拡充】 after.
  const grewFromNew = changes.expanded.filter((link) => link.from.tag === '新規' && link.to.tag === '拡充');
  const parts: { name: string; lines: string[]; sources: AnswerSource[] }[] = context.shape.grewFromNew
    ? [
        {
          name: '新規から拡充になった取組',
          lines: grewFromNew.map((link) => link.to.text),
          sources: grewFromNew.flatMap((link) => [sourceOf(link.from), sourceOf(link.to)]),
        },
      ]
    : context.shape.dropped
      ? [{ name: '記載がなくなった取組', lines: changes.dropped.map((i) => i.text), sources: changes.dropped.map((i) => sourceOf(i)) }]
      : [
          { name: '新規', lines: changes.new.map((i) => i.text), sources: changes.new.map((i) => sourceOf(i)) },
          { name: '拡充', lines: changes.expanded.map((l) => l.to.text), sources: changes.expanded.map((l) => sourceOf(l.to)) },
          { name: '記載がなくなった取組', lines: changes.dropped.map((i) => i.text), sources: changes.dropped.map((i) => sourceOf(i)) },
          {
            name: '実施状況の変化',
            lines: changes.statusChanges.map((c) => `${c.rowTitle}：${c.from}→${c.to}`),
            sources: [],
          },
          {
            name: '数値目標の変化',
            lines: changes.metricMoves.map(
              (m) => `${m.rowTitle}${m.label ? `【${m.label}】` : ''}の${FIELD_NAMES[m.field]}：${m.from?.text ?? '—'}→${m.to?.text ?? '—'}`,
            ),
            sources: changes.metricMoves.flatMap((m) =>
              [m.fromId, m.toId].flatMap((id) => context.engine.getInitiative(id) ?? []).map((i) => sourceOf(i)),
            ),
          },
        ];
  const found = parts.filter((part) => part.lines.length > 0);
  if (found.length === 0 && context.shape.grewFromNew) {
    // Both reports read and linked, and none of the one's 【新規】 is the other's 【拡充】: that is the answer.
    return {
      answer: `${label(from)}に【新規】で${label(to)}に【拡充】になった取組はありません`,
      confidence: REPORT_CHANGES_CONFIDENCE,
      sources: [...reportSource(context, ministry, from), ...reportSource(context, ministry, to)],
    };
  }
  if (found.length === 0) return null;
  const summary = found.map((part) => `${part.name}${part.lines.length}件`).join('、');
  const sources = found.flatMap((part) => part.sources);
  // What the later report no longer prints has no record of its own there: its first record stands for the report read.
  if (!sources.some((source) => source.fiscalYear === to)) sources.push(...reportSource(context, ministry, to));
  return {
    answer: [`${label(from)}→${label(to)}：${summary}`, ...found.map((part) => `［${part.name}］${quoted(part.lines)}`)].join('\n'),
    confidence: REPORT_CHANGES_CONFIDENCE,
    sources,
    derived: [...found.map((part) => part.lines.length), ...found.map((part) => part.lines.length - MAX_QUOTED)],
  };
}
