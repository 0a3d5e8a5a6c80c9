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

/** Everything views/metrics.ejs draws. */
export function buildMetricsPage(engine: SearchEngine) {
  const entries = engine.metrics().map((entry) => ({
    ...presentMetric(entry),
    yearLabel: engine.getInitiative(entry.id)?.fiscalYearLabel ?? `${entry.fiscalYear}年度`,
    targetsHref: `/targets?${new URLSearchParams({ indicator: indicatorTitle(entry) }).toString()}`,
  }));
  return {
    entries,
    counts: {
      met: entries.filter((e) => e.verdict.kind === 'met').length,
      unmet: entries.filter((e) => e.verdict.kind === 'unmet').length,
      unknown: entries.filter((e) => e.verdict.kind === 'unknown').length,
    },
  };
}
