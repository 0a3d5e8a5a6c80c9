/**
 * The reports behind an engine, by ministry and fiscal year with the year as printed, so that a question's 今年度 and
 * 前年度 can be resolved per ministry and an answer can say 令和3年度 with 2021年度 beside it.
 */
import type { SearchEngine } from '../query/types';
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
  const labels = new Map<string, string>();
  for (const initiative of engine.list(Math.max(engine.size, 1), 0).items) {
    labels.set(`${initiative.ministry}\t${initiative.fiscalYear}`, initiative.fiscalYearLabel);
  }
  const reports = [...labels]
    .map(([key, fiscalYearLabel]) => {
      const [ministry, year] = key.split('\t');
      return { ministry, fiscalYear: Number(year), fiscalYearLabel };
    })
    .sort((a, b) => a.ministry.localeCompare(b.ministry, 'ja') || a.fiscalYear - b.fiscalYear);
  const yearsOf = new Map<string, number[]>();
  for (const r of reports) yearsOf.set(r.ministry, [...(yearsOf.get(r.ministry) ?? []), r.fiscalYear]);
  const catalog: ReportCatalog = {
    reports,
    ministries: [...yearsOf.keys()],
    yearsOf,
    years: [...new Set(reports.map((r) => r.fiscalYear))].sort((a, b) => a - b),
    labelOf: (ministry, fiscalYear) => labels.get(`${ministry}\t${fiscalYear}`) ?? `${fiscalYear}年度`,
  };
  catalogs.set(engine, catalog);
  return catalog;
}

/** 「令和3年度（2021年度）」: the year as the report prints it with the western year beside it. */
export function yearWithWestern(label: string, fiscalYear: number): string {
  const western = `${fiscalYear}年度`;
  return label === western ? western : `${label}（${western}）`;
}
