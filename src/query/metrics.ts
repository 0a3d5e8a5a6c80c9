/**
 * Metrics: every 目標・現状 row, with whether its current figure meets its target when the two are
 * comparable (both numbers in the same unit).
 */
import type { Initiative, Metric } from '../domain/types';
import type { Corpus } from './corpus';
import type { MetricEntry } from './types';

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
