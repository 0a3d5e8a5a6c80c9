/**
 * The reports behind an engine, by ministry and fiscal year with the year as printed, so that a question's 今年度 and
 * 前年度 can be resolved per ministry and an answer can say 令和3年度 with 2021年度 beside it.
 */
import type { SearchEngine } from '../query/types';
import { toHalfWidthDigits } from './japanese-numbers';
import type { ReportRef } from './types';

export interface ReportCatalog {
  /** Every report, ministry by ministry, years ascending. */
  reports: ReportRef[];
  /** Ministry names as the reports print them. */
  ministries: string[];
  /** Each ministry's fiscal years, ascending. */
  yearsOf: ReadonlyMap<string, number[]>;
  /** Every fiscal year some report covers. */
  years: number[];
  /** The printed label of a ministry's year (令和3年度), else 「2021年度」. */
  labelOf(ministry: string, fiscalYear: number): string;
}

const catalogs = new WeakMap<SearchEngine, ReportCatalog>();

/** The engine's reports; computed once per engine (its corpus does not change under it). */
export function reportCatalog(engine: SearchEngine): ReportCatalog {
  const cached = catalogs.get(engine);
  if (cached) return cached;
  // One report a ministry and year, in the order first met, with the label its last statement prints.
  const byKey = new Map<string, ReportRef>();
  for (const { ministry, fiscalYear, fiscalYearLabel } of engine.list(Math.max(engine.size, 1), 0).items) {
    byKey.set(`${ministry}\t${fiscalYear}`, { ministry, fiscalYear, fiscalYearLabel });
  }
  const reports = [...byKey.values()].sort((a, b) => a.ministry.localeCompare(b.ministry, 'ja') || a.fiscalYear - b.fiscalYear);
  const yearsOf = new Map<string, number[]>();
  for (const r of reports) yearsOf.set(r.ministry, [...(yearsOf.get(r.ministry) ?? []), r.fiscalYear]);
  const catalog: ReportCatalog = {
    reports,
    ministries: [...yearsOf.keys()],
    yearsOf,
    years: [...new Set(reports.map((r) => r.fiscalYear))].sort((a, b) => a - b),
    labelOf: (ministry, fiscalYear) => byKey.get(`${ministry}\t${fiscalYear}`)?.fiscalYearLabel ?? `${fiscalYear}年度`,
  };
  catalogs.set(engine, catalog);
  return catalog;
}

/** 「令和3年度（2021年度）」: the year as the report prints it with the western year beside it. */
export function yearWithWestern(label: string, fiscalYear: number): string {
  const western = `${fiscalYear}年度`;
  return label === western ? western : `${label}（${western}）`;
}

/** The era name of a fiscal year (2022 → 令和4年度, 2019 → 令和元年度, 2018 → 平成30年度), for a year no loaded report prints. */
export function eraYearLabel(fiscalYear: number): string {
  const [era, offset]: [string, number] = fiscalYear >= 2019 ? ['令和', 2018] : fiscalYear >= 1989 ? ['平成', 1988] : ['昭和', 1925];
  const n = fiscalYear - offset;
  return `${era}${n === 1 ? '元' : n}年度`;
}

/**
 * A year of a ministry's report for a reader, however the question typed it (2022年度, R4, 今年度): as that report prints
 * it with the western year beside it (「令和4年度（2022年度）」); in the era form when the ministry has no report of that year.
 */
export function describeYear(catalog: ReportCatalog, ministry: string | null, fiscalYear: number): string {
  // With no ministry (a corpus of one, or a question of every report), any report of that year prints it.
  const report = catalog.reports.find((r) => r.fiscalYear === fiscalYear && (ministry === null || r.ministry === ministry));
  return yearWithWestern(report ? toHalfWidthDigits(report.fiscalYearLabel) : eraYearLabel(fiscalYear), fiscalYear);
}
