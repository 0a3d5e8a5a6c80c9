/** The real ingest and analysis stages behind openSearchEngine and `npm run index`. */
import { assignTopics } from '../analysis/assign-topics';
import { createAnalyzer } from '../analysis/create-analyzer';
import type { IngestedReport, IngestEvent } from '../ingest';
import type { CorpusSources } from '../indexing/build-corpus';
import { MANIFEST_WARNINGS, type ManifestReport } from '../indexing/manifest';

/** What the manifest keeps of one parsed report file. */
export async function describeReport({ file, parsed, counts }: IngestedReport): Promise<ManifestReport> {
  const { formatParseWarning } = await import('../ingest/source-place');
  const { id, ministry, fiscalYear, fiscalYearLabel, format, pages, sheet } = parsed.report;
  const warnings = parsed.warnings.slice(0, MANIFEST_WARNINGS).map((warning) => formatParseWarning(file, warning));
  return { id, file, ministry, fiscalYear, fiscalYearLabel, format, pages, sheet, counts, warnings };
}

/** One progress line with the file's format: 「[1/3] mof-fy2020.pdf (PDF, 12 pages): 47 rows, 129 statements, 7 metrics, 2 warnings」. */
export function formatProgress(event: IngestEvent, formatFailure: (event: IngestEvent) => string): string {
  if (event.kind === 'failed') return formatFailure(event);
  const c = event.counts;
  return `[${event.index + 1}/${event.total}] ${event.file} (${event.format.toUpperCase()}): ${c.rows} rows, ${c.statements} statements, ${c.metrics} metrics, ${c.warnings} warnings`;
}

export const defaultCorpusSources: CorpusSources = {
  ingest: async (dataDir, onProgress) => {
    // Loaded on first use: a start that finds a fresh index never parses a report (~25 ms of cold start).
    const { formatIngestEvent, formatIngestSummary, ingestDirectory } = await import('../ingest');
    const result = await ingestDirectory(dataDir, { onProgress: (event) => onProgress(formatProgress(event, formatIngestEvent)) });
    return {
      initiatives: result.reports.flatMap((report) => report.initiatives),
      reports: await Promise.all(result.reports.map(describeReport)),
      failures: result.failures.map(({ file, error }) => ({ file, message: `${error.code}: ${error.message}` })),
      summary: formatIngestSummary(result),
    };
  },
  createAnalyzer: () => createAnalyzer(),
  assignTopics: (analyzer, text) => assignTopics(analyzer, text),
};
