/**
 * Targets across ministries: one indicator for every ministry and year on a shared axis (target against current,
 * met or not), or one ministry's indicators over its years. Geometry only comes out of here; the template draws
 * it with escaped text, so no report text is ever written as markup.
 */
import type { Quantity } from '../domain/types';
import type { SearchEngine, TargetPoint, TargetSeries, TargetsRequest } from '../query/types';
import { verdictOf } from './metrics-page';

const WIDTH = 720;
const LABEL_WIDTH = 170;
const VALUE_ROOM = 150;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 14;

function valueText(q: Quantity | null): string {
  return q === null ? '' : `${q.value}${q.unit}${q.qualifier ?? ''}`;
}

/** One row of the chart: a ministry's (or a year's) current value as a bar and its target as a mark. */
export interface TargetRow {
  label: string;
  y: number;
  /** 未収録 (no report loaded), 記載なし (loaded, no such target) or null when there is a value. */
  missing: string | null;
  currentWidth: number;
  /** x of the target's mark, or null when it has no comparable number. */
  targetX: number | null;
  verdict: ReturnType<typeof verdictOf> | null;
  text: string;
  href: string | null;
  /** Starts a new group (a ministry in the indicator view, nothing in the ministry view). */
  groupStart: boolean;
}

function scale(value: number, axisMax: number): number {
  return Math.max(2, Math.round((value / axisMax) * (WIDTH - LABEL_WIDTH - VALUE_ROOM)));
}

function rowOf(point: TargetPoint, series: TargetSeries, label: string, index: number, groupStart: boolean): TargetRow {
  const base = { label, y: index * ROW_HEIGHT, groupStart, currentWidth: 0, targetX: null, verdict: null, text: '', href: null };
  if (!point.loaded) return { ...base, missing: '未収録' };
  if (!point.entry) return { ...base, missing: '記載なし' };
  const { metric } = point.entry;
  const comparable = (q: Quantity | null) => q !== null && q.unit === series.unit;
  return {
    ...base,
    missing: null,
    currentWidth: comparable(metric.current) ? scale(metric.current!.value, series.axisMax) : 0,
    targetX: comparable(metric.target) ? LABEL_WIDTH + scale(metric.target!.value, series.axisMax) : null,
    verdict: verdictOf(point.entry),
    text: `現状 ${valueText(metric.current) || '記載なし'} ／ 目標 ${valueText(metric.target) || '記載なし'}`,
    href: `/initiatives/${point.entry.id}`,
  };
}

/** Ticks of the shared axis: 0, a quarter … the end. */
function ticksOf(axisMax: number, unit: string | null) {
  return [0, 0.25, 0.5, 0.75, 1].map((share) => ({
    x: LABEL_WIDTH + Math.round(share * (WIDTH - LABEL_WIDTH - VALUE_ROOM)),
    label: `${Math.round(axisMax * share * 10) / 10}${unit ?? ''}`,
  }));
}

/** A series as a chart: grouped by ministry and years inside (indicator view), or years alone (one ministry). */
export function layoutTargetChart(series: TargetSeries, byMinistry: boolean) {
  let previousMinistry: string | null = null;
  const rows = series.points.map((point, index) => {
    const groupStart = byMinistry && point.ministry !== previousMinistry;
    previousMinistry = point.ministry;
    const label = byMinistry ? `${point.ministry} ${point.fiscalYearLabel}` : point.fiscalYearLabel;
    return rowOf(point, series, label, index, groupStart);
  });
  const met = series.points.filter((p) => p.entry?.met === true).length;
  const unmet = series.points.filter((p) => p.entry?.met === false).length;
  return {
    title: series.indicator.title,
    width: WIDTH,
    height: rows.length * ROW_HEIGHT + 24,
    labelWidth: LABEL_WIDTH,
    rowHeight: ROW_HEIGHT,
    barHeight: BAR_HEIGHT,
    axisY: rows.length * ROW_HEIGHT,
    ticks: ticksOf(series.axisMax, series.unit),
    rows,
    counts: { met, unmet },
  };
}

export function targetsHref(request: TargetsRequest): string {
  const params = new URLSearchParams();
  if (request.indicator) params.set('indicator', request.indicator);
  if (request.ministry) params.set('ministry', request.ministry);
  return `/targets?${params.toString()}`;
}

/** Everything views/targets.ejs draws; response is null when nothing is chosen yet. */
export function buildTargetsPage(engine: SearchEngine, request: TargetsRequest) {
  const indicators = engine.indicators().map((i) => ({ ...i, href: targetsHref({ indicator: i.title }), selected: i.title === request.indicator }));
  const ministries = [...new Set(engine.reports().map((r) => r.ministry))].map((m) => ({
    name: m,
    href: targetsHref({ ministry: m }),
    selected: m === request.ministry,
  }));
  const chosen = request.indicator !== undefined || request.ministry !== undefined;
  const response = chosen ? engine.targets(request) : null;
  const byMinistry = request.ministry === undefined;
  return {
    indicators,
    ministries,
    response,
    charts: response ? response.series.map((s) => ({ series: s, chart: layoutTargetChart(s, byMinistry) })) : [],
  };
}
