/**
 * The landing page (the search page without a query or filter): what the service holds as a ministries × fiscal
 * years grid (each cell a link to that report's initiatives, 「未収録」 where no report is loaded), example searches
 * and questions, and the latest reports with what they add (新規・拡充), newest first.
 */
import type { Initiative } from '../domain/types';
import type { Manifest } from '../indexing/manifest';
import type { SearchEngine } from '../query/types';
import { hasFilters, type SearchState } from './search-state';

export interface LandingCell {
  year: number;
  /** Initiatives of that ministry and year, or 0 when no report is loaded (「未収録」). */
  count: number;
  href: string | null;
}

/** Searches an officer might start with; each finds something in any report of the common template. */
const EXAMPLE_SEARCHES = ['テレワーク', '超過勤務の縮減', '男性職員の育児休業', '"定時退庁"', '女性職員の登用'];
const EXAMPLE_QUESTIONS = ['男性職員の育児休業取得率の目標は？', 'テレワークの取組は？', '超過勤務を減らすために何をしているか？'];

/** How many reports the 最近の報告書 list shows. */
const LATEST_REPORTS = 6;

interface ReportSummary {
  ministry: string;
  fiscalYear: number;
  yearLabel: string;
  count: number;
  added: number;
  expanded: number;
}

const summaries = new WeakMap<SearchEngine, ReportSummary[]>();

/** One summary per report (ministry and year) held by the engine; the engine never changes, so computed once. */
function summarizeReports(engine: SearchEngine): ReportSummary[] {
  let found = summaries.get(engine);
  if (found) return found;
  const byReport = new Map<string, ReportSummary>();
  for (const initiative of engine.list(engine.size, 0).items) {
    const key = `${initiative.ministry}|${initiative.fiscalYear}`;
    const summary = byReport.get(key) ?? emptySummary(initiative);
    summary.count += 1;
    if (initiative.tag === '新規') summary.added += 1;
    if (initiative.tag === '拡充') summary.expanded += 1;
    byReport.set(key, summary);
  }
  found = [...byReport.values()];
  summaries.set(engine, found);
  return found;
}

function emptySummary(initiative: Initiative): ReportSummary {
  return { ministry: initiative.ministry, fiscalYear: initiative.fiscalYear, yearLabel: initiative.fiscalYearLabel, count: 0, added: 0, expanded: 0 };
}

/** The landing page is the search page with nothing asked yet: no query, no filter, first page, default order. */
export function isLanding(state: SearchState): boolean {
  return state.q === '' && !hasFilters(state) && state.offset === 0 && state.sort === 'relevance';
}

const linkTo = (params: Record<string, string>) => `/?${new URLSearchParams(params)}`;

/** Everything views/search.ejs draws when there is no query. */
export function buildLandingPage(engine: SearchEngine, manifest: Manifest | null) {
  const reports = summarizeReports(engine);
  const years = [...new Set(reports.map((r) => r.fiscalYear))].sort((a, b) => a - b);
  const yearLabels = new Map(reports.map((r) => [r.fiscalYear, r.yearLabel]));
  const ministries = [...new Set(reports.map((r) => r.ministry))].sort((a, b) => a.localeCompare(b, 'ja'));
  const grid = ministries.map((ministry) => ({
    ministry,
    href: linkTo({ ministry }),
    cells: years.map((year): LandingCell => {
      const report = reports.find((r) => r.ministry === ministry && r.fiscalYear === year);
      return { year, count: report?.count ?? 0, href: report ? linkTo({ ministry, year: String(year) }) : null };
    }),
  }));
  const latest = [...reports]
    .sort((a, b) => b.fiscalYear - a.fiscalYear || a.ministry.localeCompare(b.ministry, 'ja'))
    .slice(0, LATEST_REPORTS)
    .map((r) => ({
      ...r,
      href: linkTo({ ministry: r.ministry, year: String(r.fiscalYear) }),
      addedHref: linkTo({ ministry: r.ministry, year: String(r.fiscalYear), tag: '新規' }),
      expandedHref: linkTo({ ministry: r.ministry, year: String(r.fiscalYear), tag: '拡充' }),
    }));
  return {
    size: engine.size,
    years: years.map((year) => ({ year, label: yearLabels.get(year) ?? `${year}年度` })),
    grid,
    latest,
    builtAt: manifest ? new Date(manifest.builtAt).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' }) : null,
    allHref: '/?sort=year-desc',
    searches: EXAMPLE_SEARCHES.map((q) => ({ q, href: linkTo({ q }) })),
    questions: EXAMPLE_QUESTIONS.map((q) => ({ q, href: `/ask?${new URLSearchParams({ q })}` })),
  };
}

export type LandingPage = ReturnType<typeof buildLandingPage>;
