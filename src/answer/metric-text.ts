/**
 * Reading a metric's three numbers as printed (目標：… 現状：… 目標設定時：…) and comparing current with target.
 * Values come from the parsed Quantity; the printed text comes from the metric's own text so it is quoted exactly.
 */
import type { Metric, Quantity } from '../domain/types';
import type { MetricEntry } from '../query/types';
import type { MetricField } from './classify-question';
import { decimalsOf, findNumbers, formatNumber } from './japanese-numbers';

export const FIELD_NAMES: Record<MetricField, string> = { target: '目標', current: '現状', baseline: '目標設定時' };
const FIELD_BY_NAME: Record<string, MetricField> = { 目標: 'target', 現状: 'current', 目標設定時: 'baseline' };

/** 「目標：13%（令和2年）、現状：43.6%（令和元年度）」 → {target: '13%（令和2年）', current: '43.6%（令和元年度）'}. */
export function printedFields(text: string): Partial<Record<MetricField, string>> {
  const fields: Partial<Record<MetricField, string>> = {};
  for (const part of text.split(/[、,，]\s*(?=(?:目標設定時|目標|現状)\s*[:：])/)) {
    const [, name, value] = /(目標設定時|目標|現状)\s*[:：]\s*(.+)$/s.exec(part) ?? [];
    const field = name === undefined ? undefined : FIELD_BY_NAME[name];
    if (field !== undefined && value !== undefined) fields[field] = value.trim();
  }
  return fields;
}

function quantityOf(metric: Metric, field: MetricField): Quantity | null {
  return metric[field];
}

/** One field as printed: from the metric text, else from its Quantity; null when the metric does not have it. */
export function printedField(metric: Metric, field: MetricField): string | null {
  return printedFields(metric.text)[field] ?? quantityOf(metric, field)?.text ?? null;
}

export interface MetricComparison {
  met: boolean;
  /** current − target, at the printed precision, e.g. "3.4" or "-6.0". */
  gap: string;
  /** ポイント for percentages, else the metric's unit. */
  gapUnit: string;
}

/** The unit a difference of two figures is said in: ポイント between percentages, else the figures' own unit. */
export function differenceUnit(unit: string): string {
  return unit === '%' || unit === '％' ? 'ポイント' : unit;
}

/** The printed number of a field (「24.0」 from 「24.0%（令和2年7月）」), for its precision. */
function printedNumber(printed: string | null, value: number): string {
  return findNumbers(printed ?? '').find((n) => n.value === value)?.text ?? String(value);
}

function metByQualifier(current: number, target: Quantity): boolean {
  return /未満|以下/.test(target.qualifier ?? '') ? current <= target.value : current >= target.value;
}

/** current − target as a number (the engine's gap when it has one); null when they do not compare. */
export function metricGap(entry: MetricEntry): number | null {
  const { target, current } = entry.metric;
  if (!target || !current || target.unit !== current.unit) return null;
  return entry.gap ?? current.value - target.value;
}

/**
 * Current against target: the engine's verdict when it has one, else computed when both are numbers in the same unit;
 * null when they cannot be compared.
 */
export function compareMetric(entry: MetricEntry): MetricComparison | null {
  const { target, current } = entry.metric;
  if (!target || !current || target.unit !== current.unit) return null;
  const decimals = Math.max(
    decimalsOf(printedNumber(printedField(entry.metric, 'target'), target.value)),
    decimalsOf(printedNumber(printedField(entry.metric, 'current'), current.value)),
  );
  const gapValue = metricGap(entry)!;
  const met = entry.met ?? metByQualifier(current.value, target);
  const sign = gapValue > 0 ? '+' : gapValue < 0 ? '-' : '±';
  return {
    met,
    gap: `${sign}${formatNumber(Math.abs(gapValue), decimals)}`,
    gapUnit: differenceUnit(target.unit),
  };
}
