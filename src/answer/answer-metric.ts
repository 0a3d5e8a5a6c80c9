/**
 * Metric answers: the target, current or baseline value of the metric the question names (「…の目標設定時の値は？」),
 * or whether its target is met and by how much (「…の目標は達成した？」).
 */
import { NOW_AGAINST, SINCE_BASELINE, TARGET_MULTIPLE, baselineAgainstNow } from './classify-question';
import { decimalsOf, findNumbers, formatNumber } from './japanese-numbers';
import type { MetricEntry, SearchEngine } from '../query/types';
import type { AnswerContext, Draft, Measure } from './answer-context';
import { sourceOf } from './answer-context';
import type { MetricField } from './classify-question';
import { findDates, type JapaneseDate } from './japanese-dates';
import { contradictionTest } from './contrasts';
import { labelForms, lacksNamedLabel, namedLabels, rowOf } from './metric-labels';
import { FIELD_NAMES, compareMetric, differenceUnit, metricGap, printedField } from './metric-text';
import { coverage, normalizeForMatch, type SubjectMatcher } from './relevance';
import type { AnswerSource } from './types';

const FIELDS: MetricField[] = ['target', 'current', 'baseline'];
/** Entries this close to the best score count as tied (the labels of one row when the question names none). */
const TIE = 0.02;

interface ScoredEntry {
  entry: MetricEntry;
  score: number;
}

/** A target row quoted as a source, with its report's year as printed and its place in the file. */
export function metricSource(engine: SearchEngine, entry: MetricEntry): AnswerSource {
  const label = entry.metric.label ? `【${entry.metric.label}】` : '';
  const text = `${entry.rowTitle} ${label}${entry.metric.text}`;
  const initiative = engine.getInitiative(entry.id);
  return initiative
    ? sourceOf(initiative, text, 'metric')
    : { id: entry.id, text, ministry: entry.ministry, fiscalYear: entry.fiscalYear, field: 'metric' };
}

/** What a target row says of what it measures: its title, its label and its printed text. */
export function metricText(entry: MetricEntry): string {
  return `${entry.rowTitle}${entry.metric.label ?? ''}${entry.metric.text}`;
}

/** The best metric row for the subject, with every label of that row that scores as well. */
function bestEntries(context: AnswerContext): ScoredEntry[] {
  const { scope } = context;
  const contradicts = contradictionTest(context.question, { targetRows: true });
  const scored = context.engine
    .metrics()
    .filter((e) => (!scope.ministry || e.ministry === scope.ministry) && (!scope.fiscalYear || e.fiscalYear === scope.fiscalYear))
    // 「女性職員の育児休業取得率」 is not answered by the row of 男性職員 however much else the two share.
    .filter((e) => !contradicts(metricText(e)))
    .map((entry) => ({
      entry,
      score: coverage(context.matcher, normalizeForMatch(`${entry.rowTitle}${entry.metric.label ?? ''}`)),
    }))
    // Equal scores: the latest report first, since a question naming no year asks about the present.
    .sort((a, b) => b.score - a.score || b.entry.fiscalYear - a.entry.fiscalYear);
  const best = scored[0];
  if (!best || best.score === 0) return [];
  const row = rowOf(
    scored.map((s) => s.entry),
    best.entry,
  );
  // 「係長相当職(本省)の…」 of a row that has only 【本省課室長相当職】: the report does not give it.
  const named = namedLabels(context.engine, context.question);
  if (lacksNamedLabel(named, row)) return [];
  // 「全体と総合職とでは…」: two labels of the row named, each answered, whichever scores higher on the rest.
  const labelled = named.length >= 2 ? scored.filter((s) => row.includes(s.entry) && namesLabel(named, s.entry)) : [];
  if (labelled.length >= 2) return labelled;
  return scored.filter((s) => s.score >= best.score - TIE && row.includes(s.entry));
}

/** Whether an entry's label is one the question names (by its whole form or without its qualifier). */
function namesLabel(named: string[], entry: MetricEntry): boolean {
  return entry.metric.label ? labelForms(entry.metric.label).some((form) => named.includes(form)) : false;
}

/** A target row this close to fully covering the subject is the one the question was after, but for its contrast. */
const CONTRASTED_MATCH = 0.6;

/**
 * The title of the target row the question would have matched but for a contrast it names (女性 asked, the row is
 * of 男性): what an abstention can point to instead (「男性職員の育児休業取得率の記載はあります」). Null when none.
 */
export function contrastedRowTitle(engine: SearchEngine, matcher: SubjectMatcher, question: string, ministry: string | null): string | null {
  const contradicts = contradictionTest(question);
  let best: { title: string; score: number } | null = null;
  for (const entry of engine.metrics()) {
    if ((ministry && entry.ministry !== ministry) || !contradicts(metricText(entry))) continue;
    const score = coverage(matcher, normalizeForMatch(`${entry.rowTitle}${entry.metric.label ?? ''}`));
    if (score >= CONTRASTED_MATCH && (!best || score > best.score)) best = { title: entry.rowTitle, score };
  }
  return best?.title ?? null;
}

/** Whether a printed period matches a date of the question: the same month when the question gives one, else the same year. */
function samePeriod(printed: JapaneseDate, asked: JapaneseDate): boolean {
  if (printed.year !== asked.year) return false;
  return asked.month === null || printed.month === asked.month;
}

/** The field whose period is a date the question names (「平成26年度の…」 → the baseline of 平成26年度), or null. */
function fieldForPeriod(entry: MetricEntry, asked: JapaneseDate[]): MetricField | null {
  const matches = (field: MetricField): boolean =>
    findDates(printedField(entry.metric, field) ?? '').some((printed) => asked.some((date) => samePeriod(printed, date)));
  return asked.length === 0 ? null : (FIELDS.find(matches) ?? null);
}

function describeFields(entry: MetricEntry, fields: MetricField[]): string | null {
  const parts = fields
    .map((field) => [field, printedField(entry.metric, field)] as const)
    .filter((pair): pair is readonly [MetricField, string] => pair[1] !== null)
    .map(([field, printed]) => `${FIELD_NAMES[field]}：${printed}`);
  return parts.length === 0 ? null : parts.join('、');
}

function describeComparison(entry: MetricEntry): { text: string; comparable: boolean } {
  const comparison = compareMetric(entry);
  const current = printedField(entry.metric, 'current') ?? '—';
  const target = printedField(entry.metric, 'target') ?? '—';
  if (!comparison) return { text: `比較できない（現状：${current}、目標：${target}）`, comparable: false };
  const verdict = comparison.met ? '達成' : '未達成';
  return { text: `${verdict}（現状：${current}、目標：${target}、差 ${comparison.gap}${comparison.gapUnit}）`, comparable: true };
}

function withLabel(entry: MetricEntry, text: string, several: boolean): string {
  return several && entry.metric.label ? `【${entry.metric.label}】${text}` : text;
}

/** Two labels' figures held against each other: 「開き」「差」「違い」. */
const LABELS_COMPARED = /開き|差|違い|隔たり/;

/** 「（差 5.5ポイント）」 between two labels of one row, in the field asked (the present by default); null when they do not compare. */
function gapBetweenLabels(entries: ScoredEntry[], context: AnswerContext): { text: string; value: number } | null {
  const field = context.shape.metricField ?? 'current';
  const [a, b] = entries.map(({ entry }) => entry.metric[field]);
  if (!a || !b || a.unit !== b.unit) return null;
  const decimals = Math.max(...entries.map(({ entry }) => decimalsOf(printedField(entry.metric, field) ?? '')));
  const value = Math.round(Math.abs(a.value - b.value) * 10 ** decimals) / 10 ** decimals;
  return { text: `（${FIELD_NAMES[field]}の差 ${formatNumber(value, decimals)}${differenceUnit(a.unit)}）`, value };
}

/** How far a figure moved, asked in so many words (何ポイント, どれだけ, どのくらい). */
const ASKS_HOW_FAR = /何ポイント|どれだけ|どのくらい|どれくらい|いくら/;

/** A ratio of two fields asked (「目標を立てた時点の3倍を超えた」「何倍になった」). */
const ASKS_RATIO = /[0-9０-９一二三四五六七八九十]+倍|何倍/;

/** 「（3.1倍）」: the later field over the earlier, to one decimal, with the figure for the number guard; null when they do not compare. */
function ratioBetween(entry: MetricEntry, from: MetricField, to: MetricField): { text: string; value: number } | null {
  const [a, b] = [entry.metric[from], entry.metric[to]];
  if (!a || !b || a.unit !== b.unit || a.value === 0) return null;
  const value = Math.round((b.value / a.value) * 10) / 10;
  return { text: `（${formatNumber(value, 1)}倍）`, value };
}

/** The move from one field to the other: 「（差 +4.8ポイント）」, its signed value and unit; null when they do not compare. */
function moveBetween(entry: MetricEntry, from: MetricField, to: MetricField): { text: string; value: number; unit: string } | null {
  const [a, b] = [entry.metric[from], entry.metric[to]];
  if (!a || !b || a.unit !== b.unit) return null;
  // As many decimals as the fields print (24.0% − 22.0% is 2.0 points), which is what the number guard accepts.
  const printedDecimals = (field: MetricField) => decimalsOf(findNumbers(printedField(entry.metric, field) ?? '')[0]?.text ?? '');
  const decimals = Math.max(printedDecimals(from), printedDecimals(to));
  const difference = b.value - a.value;
  const unit = differenceUnit(a.unit);
  return { text: `（差 ${difference >= 0 ? '+' : '-'}${formatNumber(Math.abs(difference), decimals)}${unit}）`, value: difference, unit };
}

/**
 * Answers a metric-value question: the field whose period the question names, or the field it names, or all three;
 * null when no metric matches or the question names a period none of its fields has.
 */
export function answerMetricValue(context: AnswerContext): Draft | null {
  const entries = bestEntries(context);
  const several = entries.length > 1;
  const ratios: number[] = [];
  const moves = new Map<MetricEntry, { text: string; value: number; unit: string }>();
  const parts = entries.flatMap(({ entry }) => {
    const periodField = fieldForPeriod(entry, context.periodDates);
    // A period the question names that none of the fields has (「令和7年度末の目標」 of a 令和2年度末 target) is not answered.
    if (context.periodDates.length > 0 && periodField === null) return [];
    const field = periodField ?? context.shape.metricField;
    // 「目標を立てた平成27年のころより今のほうが…」: the field of the period named, and the present beside it.
    // 「目標設定時から今までにどれだけ上がった？」 names no period: the baseline and the present.
    const fields = TARGET_MULTIPLE.test(context.question)
      ? (['target', 'current'] as MetricField[])
      : field
        ? periodField !== null && periodField !== 'current' && (NOW_AGAINST.test(context.question) || SINCE_BASELINE.test(context.question))
          ? [field, 'current' as const]
          : [field]
        : baselineAgainstNow(context.question)
          ? (['baseline', 'current'] as MetricField[])
          : FIELDS;
    const described = describeFields(entry, fields);
    // 「…時点から何ポイント伸びていますか」: the two fields' difference, in points for a rate.
    const move = fields.length === 2 && ASKS_HOW_FAR.test(context.question) ? moveBetween(entry, fields[0]!, fields[1]!) : null;
    if (move) moves.set(entry, move);
    const moved = move?.text ?? '';
    // 「目標を立てた時点の3倍を超えた？」: the present over the baseline.
    const ratio = fields.length === 2 && ASKS_RATIO.test(context.question) ? ratioBetween(entry, fields[0]!, fields[1]!) : null;
    if (ratio) ratios.push(ratio.value);
    return described ? [withLabel(entry, `${described}${moved}${ratio?.text ?? ''}`, several)] : [];
  });
  const [best] = entries;
  if (best === undefined || parts.length === 0) return null;
  // 「全体と総合職とでは現状で何ポイントの開きがありますか」: the two labels' figures, and the gap between them.
  const gap = entries.length === 2 && LABELS_COMPARED.test(context.question) ? gapBetweenLabels(entries, context) : null;
  // 「3つの職位のうち、目標設定時から何ポイント伸びたかで比べると、いちばん伸びたのは」: the label that moved most (or least).
  const moved = several && context.shape.extreme !== null ? furthestMoved(entries, moves, context.shape.extreme) : null;
  const draft: Draft = {
    answer: `${moved ? `${moved}\n` : ''}${parts.join('／')}${gap?.text ?? ''}`,
    confidence: best.score,
    sources: entries.map(({ entry }) => metricSource(context.engine, entry)),
    ...(ratios.length > 0 || gap ? { derived: [...ratios, ...(gap ? [gap.value] : [])] } : {}),
  };
  // A move asked (何ポイント伸びた) is the figure ministries are ranked by (「伸び幅がいちばん大きい府省」), not the present.
  const move = entries.length === 1 ? moves.get(best.entry) : undefined;
  const measure = move
    ? { value: move.value, unit: move.unit, printed: move.text.replace(/^（|）$/g, '') }
    : entries.length === 1
      ? measureOf(best.entry, fieldForPeriod(best.entry, context.periodDates) ?? context.shape.metricField ?? 'current')
      : null;
  return measure ? { ...draft, measure } : draft;
}

/** 「最も伸びたのは【地方機関課長・本省課長補佐相当職】（差 +4.8ポイント）」 of a row's labels, or null when a label has no move or two tie. */
function furthestMoved(
  entries: ScoredEntry[],
  moves: Map<MetricEntry, { text: string; value: number }>,
  extreme: 'highest' | 'lowest',
): string | null {
  const moved = entries.map(({ entry }) => ({ entry, move: moves.get(entry) }));
  if (moved.some((m) => m.move === undefined || !m.entry.metric.label)) return null;
  const sign = extreme === 'highest' ? -1 : 1;
  const [first, second] = [...moved].sort((a, b) => sign * (a.move!.value - b.move!.value));
  if (first === undefined || (second !== undefined && second.move!.value === first.move!.value)) return null;
  return `${extreme === 'highest' ? '最も伸びた' : '最も伸びが小さい'}のは【${first.entry.metric.label}】${first.move!.text}`;
}

/** The field a ministry's figure is compared by (the one asked, else the current value), as a number and as printed. */
function measureOf(entry: MetricEntry, field: MetricField): Measure | null {
  const quantity = entry.metric[field];
  const printed = printedField(entry.metric, field);
  return quantity && printed ? { value: quantity.value, unit: quantity.unit, printed } : null;
}

/** A share of a target asked: 3分の2, 半分, 8割. */
const SHARE_OF_TARGET = /([0-9一二三四五]+)分の([0-9一二三四五]+)|(半分|半ば)|([0-9一二三四五六七八九])割/;
const KANJI_DIGITS = '〇一二三四五六七八九';

function digit(text: string): number {
  return /^[0-9]+$/.test(text) ? Number(text) : KANJI_DIGITS.indexOf(text);
}

/** 「目標の3分の2（20%）に達しています」 for a target in one unit with a present; null when they do not compare. */
function shareReached(entry: MetricEntry, share: RegExpExecArray): { said: string; value: number } | null {
  const { target, current } = entry.metric;
  if (!target || !current || target.unit !== current.unit) return null;
  const [words, denominator, numerator, half, tenths] = share;
  const fraction = half ? 0.5 : tenths ? digit(tenths) / 10 : digit(numerator!) / digit(denominator!);
  if (!(fraction > 0 && fraction <= 1)) return null;
  const value = Math.round(target.value * fraction * 10) / 10;
  const verdict = current.value >= value ? '達しています' : '達していません';
  return {
    said: `目標の${words}（${formatNumber(value, value % 1 === 0 ? 0 : 1)}${target.unit}）に${verdict}（現状：${printedField(entry.metric, 'current') ?? ''}）`,
    value,
  };
}

/**
 * 「3つの職位のうち、目標をいちばん大きく上回っているのはどの職位ですか」: of one row's labels, the one furthest above its
 * target (or below, for the lowest asked), with its gap; null when a label's figures do not compare.
 */
function widestMargin(entries: ScoredEntry[], extreme: 'highest' | 'lowest'): string | null {
  const compared = entries.map(({ entry }) => ({ entry, comparison: compareMetric(entry), gap: metricGap(entry) }));
  if (compared.some((c) => c.comparison === null || c.gap === null || !c.entry.metric.label)) return null;
  const sign = extreme === 'highest' ? -1 : 1;
  const [first, second] = [...compared].sort((a, b) => sign * (a.gap! - b.gap!));
  if (first === undefined || (second !== undefined && second.gap === first.gap)) return null;
  const side = first.gap! >= 0 ? '上回っている' : '下回っている';
  const said = extreme === 'highest' ? (first.gap! >= 0 ? '最も大きく' : '最も小さく') : first.gap! >= 0 ? '最も小さく' : '最も大きく';
  return `目標を${said}${side}のは【${first.entry.metric.label}】（差 ${first.comparison!.gap}${first.comparison!.gapUnit}）`;
}

/** Answers 「…は達成した？」 by comparing current and target, with the gap; uncomparable metrics lower the confidence. */
export function answerMetricMet(context: AnswerContext): Draft | null {
  const entries = bestEntries(context);
  const [best] = entries;
  if (best === undefined) return null;
  const several = entries.length > 1;
  const comparisons = entries.map(({ entry }) => ({ entry, ...describeComparison(entry) }));
  const answer = comparisons.map((c) => withLabel(c.entry, c.text, several)).join('／');
  const penalty = comparisons.every((c) => c.comparable) ? 1 : 0.6;
  const verdicts = entries.map(({ entry }) => compareMetric(entry)?.met);
  const [met] = verdicts;
  // 「目標30%の3分の2まで来てた？」「目標の半分までは来てた？」: the share of the target asked, and whether the present reached it.
  // 「100%までの残りは…半分になった？」 halves the gap, not the target.
  const share = /(残り|差|距離)[^。？?]*(半分|半ば|割)/.test(context.question) ? null : SHARE_OF_TARGET.exec(context.question.normalize('NFKC'));
  const reached = share && entries.length === 1 ? shareReached(best.entry, share) : null;
  const lead = reached?.said ?? (several && context.shape.extreme !== null ? widestMargin(entries, context.shape.extreme) : null);
  const draft: Draft = {
    answer: lead ? `${lead}\n${answer}` : answer,
    confidence: best.score * penalty,
    sources: entries.map(({ entry }) => metricSource(context.engine, entry)),
    // The share computed and the numbers of its name (3分の2, 8割) are the answer's own, not quoted.
    ...(reached
      ? { derived: [reached.value, ...findNumbers(share![0]).map((n) => n.value), ...[...share![0]].map(digit).filter((d) => d > 0)] }
      : {}),
  };
  // One verdict for the whole answer, for 「達成しているのはどこ？」 to keep the ministries that have.
  return met !== undefined && verdicts.every((v) => v === met) ? { ...draft, met } : draft;
}
