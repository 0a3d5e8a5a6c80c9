/**
 * Metrics: every 目標・現状 row, with whether its current figure meets its target when the two are
 * comparable (both numbers in the same unit); and the same indicator across ministries and years (targets).
 */
import { AppError } from '../domain/errors';
import { SECTIONS, type Initiative, type Metric } from '../domain/types';
import type { Corpus } from './corpus';
import type { IndicatorRef, MetricEntry, ReportRef, TargetsRequest, TargetsResponse } from './types';

/** Qualifiers meaning the target is a ceiling rather than a floor. */
const CEILING_QUALIFIERS = ['未満', '以下'];

export function listMetrics(corpus: Corpus): MetricEntry[] {
  return corpus.initiatives
    .filter((initiative): initiative is Initiative & { metric: Metric } => initiative.kind === 'metric' && initiative.metric !== null)
    .map((initiative) => {
      const { met, gap } = assessMetric(initiative.metric);
      return {
        id: initiative.id,
        ministry: initiative.ministry,
        fiscalYear: initiative.fiscalYear,
        section: initiative.section,
        item: initiative.item,
        rowTitle: initiative.rowTitle,
        metric: initiative.metric,
        met,
        gap,
      };
    });
}

/** met/gap when target and current are numbers of the same unit, else nulls. */
export function assessMetric(metric: Metric): { met: boolean | null; gap: number | null } {
  const { target, current } = metric;
  if (!target || !current || target.unit !== current.unit) return { met: null, gap: null };
  const gap = roundTo(current.value - target.value, 6);
  const isCeiling = CEILING_QUALIFIERS.some((q) => target.qualifier?.includes(q));
  return { met: isCeiling ? gap <= 0 : gap >= 0, gap };
}

function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** An indicator's key and title: the row title with the metric's label in 【】 (女性の登用目標【本省課室長相当職】). */
export function indicatorTitle(entry: Pick<MetricEntry, 'rowTitle' | 'metric'>): string {
  return `${entry.rowTitle}${entry.metric.label ? `【${entry.metric.label}】` : ''}`;
}

/** The indicators of the corpus in template order (section, item), each with how many metrics it has. */
export function listIndicators(entries: MetricEntry[]): IndicatorRef[] {
  const indicators = new Map<string, IndicatorRef>();
  for (const entry of entries) {
    const title = indicatorTitle(entry);
    const known = indicators.get(title);
    if (known) known.count += 1;
    else indicators.set(title, { title, section: entry.section, item: entry.item, rowTitle: entry.rowTitle, label: entry.metric.label, count: 1 });
  }
  return [...indicators.values()].sort(
    (a, b) => SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) || (a.item ?? 99) - (b.item ?? 99) || a.title.localeCompare(b.title),
  );
}

/** The end of a shared axis: percentages on 0–100 % (further when a value is above), other units up to the largest. */
function axisMaxOf(entries: MetricEntry[], unit: string | null): number {
  const values = entries
    .flatMap((e) => [e.metric.target, e.metric.current, e.metric.baseline])
    .filter((q) => q !== null && q.unit === unit)
    .map((q) => q!.value);
  const largest = Math.max(1, ...values);
  return unit === '%' ? Math.max(100, largest) : largest;
}

/** The unit most of an indicator's targets are given in (its axis); null when none has a number. */
function commonUnit(entries: MetricEntry[]): string | null {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const unit = (e.metric.target ?? e.metric.current)?.unit;
    if (unit !== undefined) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/**
 * Targets across ministries and years: one indicator for every ministry and year (request.indicator), or one
 * ministry's indicators over its years (request.ministry), or both. Each point says whether the report is loaded.
 * NOT_FOUND naming the field for an unknown indicator or ministry.
 */
export function listTargets(entries: MetricEntry[], reports: ReportRef[], request: TargetsRequest): TargetsResponse {
  const indicators = listIndicators(entries);
  if (request.indicator !== undefined && !indicators.some((i) => i.title === request.indicator)) {
    throw new AppError('NOT_FOUND', `no indicator ${request.indicator}`, { field: 'indicator' });
  }
  if (request.ministry !== undefined && !reports.some((r) => r.ministry === request.ministry)) {
    throw new AppError('NOT_FOUND', `no report of ministry ${request.ministry}`, { field: 'ministry' });
  }
  const ministries = [...new Set(reports.map((r) => r.ministry))].filter((m) => request.ministry === undefined || m === request.ministry);
  const years = [...new Set(reports.filter((r) => ministries.includes(r.ministry)).map((r) => r.fiscalYear))].sort((a, b) => a - b);
  const labels = new Map(reports.map((r) => [r.fiscalYear, r.fiscalYearLabel]));
  const loaded = new Set(reports.map((r) => `${r.ministry}|${r.fiscalYear}`));
  const chosen = indicators.filter(
    (i) =>
      (request.indicator === undefined || i.title === request.indicator) &&
      (request.ministry === undefined || entries.some((e) => e.ministry === request.ministry && indicatorTitle(e) === i.title)),
  );
  const series = chosen.map((indicator) => {
    const own = entries.filter((e) => indicatorTitle(e) === indicator.title);
    const unit = commonUnit(own);
    const points = ministries.flatMap((ministry) =>
      years.map((fiscalYear) => ({
        ministry,
        fiscalYear,
        fiscalYearLabel: labels.get(fiscalYear) ?? `${fiscalYear}年度`,
        loaded: loaded.has(`${ministry}|${fiscalYear}`),
        entry: own.find((e) => e.ministry === ministry && e.fiscalYear === fiscalYear) ?? null,
      })),
    );
    return { indicator, unit, axisMax: axisMaxOf(own, unit), points };
  });
  return { indicator: request.indicator ?? null, ministry: request.ministry ?? null, years, ministries, series };
}
