/**
 * Timeline: how much of each fiscal year's (and each ministry's) reports mentions a query, under the search's
 * filters. A year's results are the search's total with that year ticked (the folded results the list shows, an
 * identical statement once), so the page's charts, its facets and /api/search give the same numbers; the
 * denominators are the loaded reports and the results the filters give without the query, so that a longer
 * report does not look like a trend.
 */
import type { Corpus } from './corpus';
import { compileFilters, failedFacets } from './filters';
import { search, findMatches, type EngineContext } from './search';
import type { SearchFilters, TimelineCounts, TimelineMinistry, TimelineRequest, TimelineResponse, TimelineYear } from './types';

/** Folded results per report, year and ministry: one count per document without a group, one per group in each bucket. */
interface Buckets {
  byYear: Map<number, number>;
  byMinistry: Map<string, number>;
  byReport: Map<string, number>;
}

const reportKey = (ministry: string, year: number) => `${ministry}|${year}`;

/** Counts the documents at `ordinals` that pass (failed -1 or no filters), folding each duplicate group once per bucket. */
function countBuckets(corpus: Corpus, ordinals: ArrayLike<number>, failed: Int8Array | null): Buckets {
  const buckets: Buckets = { byYear: new Map(), byMinistry: new Map(), byReport: new Map() };
  const seen = new Set<string>();
  const add = <K>(map: Map<K, number>, key: K, group: number, tag: string) => {
    if (group >= 0) {
      const seenKey = `${tag}|${String(key)}|${group}`;
      if (seen.has(seenKey)) return;
      seen.add(seenKey);
    }
    map.set(key, (map.get(key) ?? 0) + 1);
  };
  for (let i = 0; i < ordinals.length; i += 1) {
    if (failed !== null && failed[i] !== -1) continue;
    const ordinal = ordinals[i]!;
    const { ministry, fiscalYear } = corpus.initiatives[ordinal]!;
    const group = corpus.groupOf[ordinal]!;
    add(buckets.byYear, fiscalYear, group, 'y');
    add(buckets.byMinistry, ministry, group, 'm');
    add(buckets.byReport, reportKey(ministry, fiscalYear), group, 'r');
  }
  return buckets;
}

/** The search's total for the request with `extra` filters set: the slow path, used only when a spelling fix may apply. */
function searchBuckets(context: EngineContext, request: TimelineRequest, years: number[], ministries: string[]): Buckets {
  const total = (extra: SearchFilters) =>
    search(context, { q: request.q, filters: { ...request.filters, ...extra }, exclude: request.exclude, limit: 0 }).total;
  return {
    byYear: new Map(years.map((year) => [year, total({ year: [year] })])),
    byMinistry: new Map(ministries.map((ministry) => [ministry, total({ ministry: [ministry] })])),
    byReport: new Map(
      ministries.flatMap((ministry) => years.map((year) => [reportKey(ministry, year), total({ ministry: [ministry], year: [year] })] as const)),
    ),
  };
}

/** Results of the query per bucket, as the search counts them. */
function mentions(context: EngineContext, request: TimelineRequest, years: number[], ministries: string[]): Buckets {
  // A word that finds nothing as typed may be searched in its corpus spelling when a bucket has few results
  // (see search.ts): then each bucket's total is asked of the search itself.
  if (request.q !== '' && hasUnknownWord(context, request.q)) return searchBuckets(context, request, years, ministries);
  const found = findMatches(context, { q: request.q, filters: request.filters, exclude: request.exclude });
  return countBuckets(context.corpus, found.matched.ordinals, found.failed);
}

/** Whether a word of the query finds nothing as typed (only then does the search try a spelling fix). */
function hasUnknownWord(context: EngineContext, q: string): boolean {
  if (/["“”]/.test(q)) return false;
  return q
    .normalize('NFKC')
    .split(/\s+/)
    .filter((part) => part !== '')
    .some((part) => findMatches(context, { q: part }).matched.ordinals.length === 0);
}

/** The records the filters admit without a query, per bucket. */
function loadedStatements(context: EngineContext, filters: SearchFilters | undefined): Buckets {
  const { corpus } = context;
  const all = Int32Array.from({ length: corpus.size }, (_, ordinal) => ordinal);
  return countBuckets(corpus, all, failedFacets(corpus, all, compileFilters(corpus, filters)));
}

const reportsOfCorpus = new WeakMap<Corpus, { ministry: string; fiscalYear: number }[]>();

/** Every loaded report (ministry and year), once per corpus. */
function loadedReports(corpus: Corpus): { ministry: string; fiscalYear: number }[] {
  let reports = reportsOfCorpus.get(corpus);
  if (reports === undefined) {
    const seen = new Map<string, { ministry: string; fiscalYear: number }>();
    for (const { ministry, fiscalYear } of corpus.initiatives)
      if (!seen.has(reportKey(ministry, fiscalYear))) seen.set(reportKey(ministry, fiscalYear), { ministry, fiscalYear });
    reports = [...seen.values()];
    reportsOfCorpus.set(corpus, reports);
  }
  return reports;
}

export function timeline(context: EngineContext, request: TimelineRequest): TimelineResponse {
  const { corpus } = context;
  const asked = { ...request, q: request.q.trim() };
  const { year: yearFilter, ministry: ministryFilter } = asked.filters ?? {};
  const reports = loadedReports(corpus).filter(
    (r) => (!yearFilter?.length || yearFilter.includes(r.fiscalYear)) && (!ministryFilter?.length || ministryFilter.includes(r.ministry)),
  );
  const loaded = new Set(reports.map((r) => reportKey(r.ministry, r.fiscalYear)));
  const years = [...new Set(reports.map((r) => r.fiscalYear))].sort((a, b) => a - b);
  const ministries = [...new Set(reports.map((r) => r.ministry))].sort((a, b) => a.localeCompare(b, 'ja'));
  const hits = mentions(context, asked, years, ministries);
  const base = loadedStatements(context, asked.filters);
  const label = (year: number) => corpus.facetLabels.year.get(String(year)) ?? `${year}年度`;
  const cell = (ministry: string, year: number): TimelineYear => {
    const isLoaded = loaded.has(reportKey(ministry, year));
    const statements = hits.byReport.get(reportKey(ministry, year)) ?? 0;
    return {
      fiscalYear: year,
      fiscalYearLabel: label(year),
      reports: isLoaded && statements > 0 ? 1 : 0,
      reportsLoaded: isLoaded ? 1 : 0,
      statements,
      statementsLoaded: base.byReport.get(reportKey(ministry, year)) ?? 0,
    };
  };
  const sum = (cells: TimelineCounts[]) => ({
    reports: cells.reduce((n, c) => n + c.reports, 0),
    reportsLoaded: cells.reduce((n, c) => n + c.reportsLoaded, 0),
  });
  const byMinistry: TimelineMinistry[] = ministries.map((ministry) => {
    const cells = years.map((year) => cell(ministry, year));
    const statements = hits.byMinistry.get(ministry) ?? 0;
    return { ministry, count: statements, ...sum(cells), statements, statementsLoaded: base.byMinistry.get(ministry) ?? 0, years: cells };
  });
  const yearRows: TimelineYear[] = years.map((year) => ({
    fiscalYear: year,
    fiscalYearLabel: label(year),
    ...sum(ministries.map((ministry) => cell(ministry, year))),
    statements: hits.byYear.get(year) ?? 0,
    statementsLoaded: base.byYear.get(year) ?? 0,
  }));
  return {
    query: request.q,
    years: yearRows,
    byYear: yearRows.filter((y) => y.statements > 0).map((y) => ({ year: y.fiscalYear, count: y.statements })),
    byMinistry: byMinistry.sort((a, b) => b.count - a.count || a.ministry.localeCompare(b.ministry, 'ja')),
    byMinistryYear: ministries.flatMap((ministry) =>
      years.map((year) => ({ ministry, year, count: hits.byReport.get(reportKey(ministry, year)) ?? 0 })).filter((c) => c.count > 0),
    ),
  };
}
