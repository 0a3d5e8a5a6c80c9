/** The view model of the metrics page: every numeric target with its bars and whether it is met. */
import type { MetricEntry, SearchEngine } from '../query/types';
import { indicatorTitle } from '../query/metrics';
import { layoutMetricChart } from './chart-layout';

/** Whether a metric's target is met, as the page words it. */
export function verdictOf(entry: MetricEntry): { label: string; kind: 'met' | 'unmet' | 'unknown' } {
  if (entry.met === true) return { label: '達成', kind: 'met' };
  if (entry.met === false) return { label: '未達成', kind: 'unmet' };
  return { label: '判定できません（目標と現状を数値で比べられない）', kind: 'unknown' };
}

/** One metric with its bars and verdict. */
export function presentMetric(entry: MetricEntry) {
  return { entry, chart: layoutMetricChart(entry), verdict: verdictOf(entry) };
}

/** Metrics a page shows: enough for every target of dozens of reports, bounded for thousands. */
export const METRICS_PAGE_SIZE = 100;

/** Everything views/metrics.ejs draws: the counts over every metric, the cards of one page of them. */
export function buildMetricsPage(engine: SearchEngine, offset = 0) {
  const all = engine.metrics();
  const verdicts = all.map((entry) => verdictOf(entry).kind);
  const entries = all.slice(offset, offset + METRICS_PAGE_SIZE).map((entry) => ({
    ...presentMetric(entry),
    yearLabel: engine.getInitiative(entry.id)?.fiscalYearLabel ?? `${entry.fiscalYear}年度`,
    targetsHref: `/targets?${new URLSearchParams({ indicator: indicatorTitle(entry) }).toString()}`,
  }));
  const page = (from: number) => (from >= 0 && from < all.length ? `/metrics?offset=${from}` : null);
  return {
    entries,
    total: all.length,
    from: all.length === 0 ? 0 : offset + 1,
    to: offset + entries.length,
    previous: offset > 0 ? page(Math.max(0, offset - METRICS_PAGE_SIZE)) : null,
    next: page(offset + METRICS_PAGE_SIZE),
    counts: {
      met: verdicts.filter((v) => v === 'met').length,
      unmet: verdicts.filter((v) => v === 'unmet').length,
      unknown: verdicts.filter((v) => v === 'unknown').length,
    },
  };
}
