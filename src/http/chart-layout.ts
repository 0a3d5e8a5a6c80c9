/**
 * Geometry of the server-drawn SVG charts (timeline bars, metric bars). Only numbers and plain-text labels come
 * out of here; the templates draw them with escaped output, so no report text is ever written as markup.
 */
import type { MetricEntry } from '../query/types';
import type { Quantity } from '../domain/types';

export interface ChartBar {
  label: string;
  /** The value as printed next to the bar. */
  valueText: string;
  href: string | null;
  /** Top of the bar's row. */
  y: number;
  barWidth: number;
  /** A modifier for the bar's CSS class (e.g. target, current). */
  kind: string;
  /** The share the bar's length shows (12.5%), printed before valueText; absent on a count chart. */
  shareText?: string;
}

export interface BarChartLayout {
  title: string;
  width: number;
  height: number;
  labelWidth: number;
  rowHeight: number;
  barHeight: number;
  bars: ChartBar[];
  /** What the bars' length means, when it is not the count printed beside them. */
  scaleNote?: string;
}

const CHART_WIDTH = 400;
const LABEL_WIDTH = 130;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 16;
/** Room right of the longest bar for its value text. */
const VALUE_ROOM = 70;

/** Horizontal bars, one per row, scaled to the largest count. */
export function layoutCountChart(title: string, rows: { label: string; count: number; href?: string }[]): BarChartLayout {
  const maxCount = Math.max(1, ...rows.map((r) => r.count));
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const bars = rows.map((row, index) => ({
    label: row.label,
    valueText: `${row.count}件`,
    href: row.href ?? null,
    y: index * ROW_HEIGHT,
    barWidth: row.count === 0 ? 0 : Math.max(2, Math.round((row.count / maxCount) * plotWidth)),
    kind: 'count',
  }));
  return layout(title, bars, LABEL_WIDTH);
}

/** A share as printed: 12.5%, 0%, or — when there is nothing to take a share of. */
export function shareText(part: number, whole: number): string {
  if (whole === 0) return '—';
  const percent = (part / whole) * 100;
  return percent === 0 || percent === 100 ? `${percent}%` : `${percent.toFixed(1)}%`;
}

/** The axis end for the largest share: the next of 5, 10, 20, 25, 50, 100 %, so small shares stay visible and honest. */
function shareAxis(largest: number): number {
  return [0.05, 0.1, 0.2, 0.25, 0.5, 1].find((end) => largest <= end) ?? 1;
}

/**
 * Horizontal bars whose length is a share (results mentioning the query / results of those reports), so that a
 * longer report does not look like more interest; the count stays printed beside the share.
 */
export function layoutShareChart(title: string, rows: { label: string; count: number; total: number; href?: string }[]): BarChartLayout {
  const shares = rows.map((r) => (r.total === 0 ? 0 : r.count / r.total));
  const axis = shareAxis(Math.max(0, ...shares));
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - VALUE_ROOM - 30;
  const bars = rows.map((row, index) => ({
    label: row.label,
    valueText: `${row.count}件`,
    shareText: shareText(row.count, row.total),
    href: row.href ?? null,
    y: index * ROW_HEIGHT,
    barWidth: row.count === 0 ? 0 : Math.max(2, Math.round((shares[index]! / axis) * plotWidth)),
    kind: 'share',
  }));
  return { ...layout(title, bars, LABEL_WIDTH), scaleNote: `棒の長さ：記載全体に占める割合（0〜${Math.round(axis * 100)}%）` };
}

function layout(title: string, bars: ChartBar[], labelWidth: number): BarChartLayout {
  return {
    title,
    width: CHART_WIDTH,
    height: Math.max(1, bars.length) * ROW_HEIGHT,
    labelWidth,
    rowHeight: ROW_HEIGHT,
    barHeight: BAR_HEIGHT,
    bars,
  };
}

const METRIC_LABEL_WIDTH = 84;
const METRIC_CHART_WIDTH = 520;
/** Metric values carry their period (43.6%（令和元年度）), so they need more room than a count. */
const METRIC_VALUE_ROOM = 200;

const METRIC_PARTS = [
  { key: 'baseline', label: '目標設定時' },
  { key: 'current', label: '現状' },
  { key: 'target', label: '目標' },
] as const;

function quantityText(quantity: Quantity): string {
  const qualifier = quantity.qualifier ?? '';
  const period = quantity.period ? `（${quantity.period}）` : '';
  return `${quantity.value}${quantity.unit}${qualifier}${period}`;
}

/**
 * Baseline, current value and target of one metric as bars on a common scale. Percentages are drawn on 0–100 %;
 * other units on 0 – the largest value. A part whose unit differs from the target's is listed without a bar,
 * since drawing 5日 next to 80% would mislead.
 */
export function layoutMetricChart(entry: MetricEntry): BarChartLayout {
  const present = METRIC_PARTS.flatMap((part) => {
    const quantity = entry.metric[part.key];
    return quantity ? [{ ...part, quantity }] : [];
  });
  const unit = (entry.metric.target ?? present[0]?.quantity)?.unit ?? '';
  const comparable = present.filter((p) => p.quantity.unit === unit);
  const largest = Math.max(1, ...comparable.map((p) => p.quantity.value));
  const scaleMax = unit === '%' ? Math.max(100, largest) : largest;
  const plotWidth = METRIC_CHART_WIDTH - METRIC_LABEL_WIDTH - METRIC_VALUE_ROOM;
  const bars = present.map((part, index) => ({
    label: part.label,
    valueText: quantityText(part.quantity),
    href: null,
    y: index * ROW_HEIGHT,
    barWidth: part.quantity.unit === unit ? Math.max(2, Math.round((part.quantity.value / scaleMax) * plotWidth)) : 0,
    kind: part.key,
  }));
  const title = `${entry.rowTitle}${entry.metric.label ? `【${entry.metric.label}】` : ''}`;
  return { ...layout(title, bars, METRIC_LABEL_WIDTH), width: METRIC_CHART_WIDTH };
}
