/** The ingest stage: report files → ParsedReport → Initiative records. */
export { TEMPLATE, findTemplateItem, findTemplateSubTitle, matchSection, matchItemTitle, matchSubTitle } from './template';
export { parseReport } from './parse-report';
export { buildInitiatives, markDuplicates, markStatementDuplicates } from './build-initiatives';
export { readReportFile } from './read-report-file';
export { ReportMeta, readSidecarMeta, readFiscalYear, guessMinistry } from './report-meta';
export {
  ingestDirectory,
  ingestFile,
  countReport,
  formatIngestEvent,
  formatIngestSummary,
  type IngestCounts,
  type IngestEvent,
  type IngestResult,
  type IngestedReport,
} from './ingest-directory';
export { parseMetric, parseQuantity } from './metric';
