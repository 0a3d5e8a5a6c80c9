/**
 * The corpus read as ministries × years: which reports are loaded, each initiative's history, each report's
 * changes against the same ministry's previous report, and whether a statement is new or expanded since then.
 * The corpus never changes while an engine lives, so the lineage is computed once, on first use.
 */
import { AppError } from '../domain/errors';
import type { Initiative } from '../domain/types';
import { changesBetween, historyOf, isLinkable, linkAcrossYears, type HistoryEntry, type LineageLinks, type YearChanges } from './lineage';
import type { ReportRef, YearChange } from './types';

/** What the engine answers about years; every method reads the one lineage computed on first use. */
export interface AcrossYears {
  /** Every loaded report (ministry and fiscal year), ministries in name order, years ascending. */
  reports(): ReportRef[];
  /** True when a report of that ministry and fiscal year is loaded. */
  hasReport(ministry: string, fiscalYear: number): boolean;
  /** The chain of an initiative over the years (INITIATIVE_NOT_FOUND when unknown). */
  history(id: string): HistoryEntry[];
  /** A report against the same ministry's previous one (NOT_FOUND naming the field when not loaded). */
  changes(ministry: string, fiscalYear: number): YearChanges;
  /** new / expanded / continued against the ministry's previous report; null for its first report or a row title. */
  changeOf(initiative: Initiative): YearChange | null;
}

/** The reports behind the records, ministries in name order, years ascending. */
export function listReports(initiatives: readonly Initiative[]): ReportRef[] {
  const reports = new Map<string, ReportRef>();
  for (const { ministry, fiscalYear, fiscalYearLabel, reportId } of initiatives) {
    const key = `${ministry}|${fiscalYear}`;
    if (!reports.has(key)) reports.set(key, { ministry, fiscalYear, fiscalYearLabel, reportId });
  }
  return [...reports.values()].sort((a, b) => a.ministry.localeCompare(b.ministry, 'ja') || a.fiscalYear - b.fiscalYear);
}

/** The across-years view of one corpus. */
export function createAcrossYears(initiatives: Initiative[]): AcrossYears {
  let computed: { links: LineageLinks; byId: Map<string, Initiative> } | null = null;
  const lineage = () => (computed ??= { links: linkAcrossYears(initiatives), byId: new Map(initiatives.map((i) => [i.id, i])) });
  const reports = listReports(initiatives);
  const loaded = new Set(reports.map((r) => `${r.ministry}|${r.fiscalYear}`));
  const firstYear = new Map<string, number>();
  for (const r of reports) if (!firstYear.has(r.ministry)) firstYear.set(r.ministry, r.fiscalYear);
  return {
    reports: () => reports.map((r) => ({ ...r })),
    hasReport: (ministry, fiscalYear) => loaded.has(`${ministry}|${fiscalYear}`),
    history: (id) => historyOf(id, lineage().links, lineage().byId),
    changes: (ministry, fiscalYear) => {
      if (!reports.some((r) => r.ministry === ministry)) {
        throw new AppError('NOT_FOUND', `no report of ministry ${ministry}`, { field: 'ministry' });
      }
      return changesBetween(ministry, fiscalYear, initiatives, lineage().links);
    },
    changeOf: (initiative) => {
      if (!isLinkable(initiative) || firstYear.get(initiative.ministry) === initiative.fiscalYear) return null;
      const link = lineage().links.previous.get(initiative.id);
      if (!link) return 'new';
      return link.kind === 'expanded' ? 'expanded' : 'continued';
    },
  };
}
