/** The real ingest and analysis stages behind openSearchEngine and `npm run index`. */
import { assignTopics } from '../analysis/assign-topics';
import { createAnalyzer } from '../analysis/create-analyzer';
import type { CorpusSources } from './build-corpus';

export const defaultCorpusSources: CorpusSources = {
  ingest: async (dataDir, onProgress) => {
    // Loaded on first use: a start that finds a fresh index never parses a report (~25 ms of cold start).
    const { formatIngestEvent, formatIngestSummary, ingestDirectory } = await import('../ingest');
    const result = ingestDirectory(dataDir, { onProgress: (event) => onProgress(formatIngestEvent(event)) });
    return {
      initiatives: result.reports.flatMap((report) => report.initiatives),
      reports: result.reports.length,
      failures: result.failures.map(({ file, error }) => ({ file, message: `${error.code}: ${error.message}` })),
      summary: formatIngestSummary(result),
    };
  },
  createAnalyzer: () => createAnalyzer(),
  assignTopics: (analyzer, text) => assignTopics(analyzer, text),
};
