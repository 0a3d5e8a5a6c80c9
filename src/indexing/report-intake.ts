/**
 * Reports added through the web page: an upload is parsed and kept in a private staging folder under a random
 * id until it is confirmed; confirming moves it into data/ under a generated name and asks for a rebuild.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../domain/errors';
import { findReportFile, placeReportFile, previewReport, type ReportPreview } from './add-report';

/** Staged uploads older than this are removed (a preview nobody confirmed). */
const STAGED_LIFETIME_MS = 60 * 60 * 1000;
/** Opaque ids of staged uploads. */
export const STAGED_ID = /^[0-9a-f]{32}$/;

export interface StagedReport {
  stagedId: string;
  /** The name the file arrived with: shown, never used as a path. */
  uploadName: string;
  preview: ReportPreview;
  /** The data folder's file already holding a report for that ministry and year, or null. */
  existing: string | null;
}

export interface ReportIntake {
  /** Parses an upload (any format) and stages it; the parser's AppError when it is no report. */
  stage(bytes: Buffer, uploadName: string): Promise<StagedReport>;
  /** The staged upload, or NOT_FOUND when it expired or was confirmed already. */
  read(stagedId: string): StagedReport;
  /** Moves a staged upload into data/; REPORT_DUPLICATE when the year is held and `replace` is not set. */
  confirm(stagedId: string, replace: boolean): Promise<{ file: string; replaced: string | null; preview: ReportPreview }>;
}

export interface IntakeOptions {
  dataDir: string;
  indexDir?: string;
  /** Private folder for uploads; data/.staging by default (a dot-folder: never read as a report). */
  stagingDir?: string;
  /** Called after a report was placed in data/ (the service rebuilds the index). */
  onAdded?: () => void;
}

/** @example const intake = createReportIntake({ dataDir, onAdded: () => void service.rebuild() }) */
export function createReportIntake(options: IntakeOptions): ReportIntake {
  const stagingDir = options.stagingDir ?? join(options.dataDir, '.staging');
  const bytesPath = (id: string) => join(stagingDir, `${id}.upload`);
  const infoPath = (id: string) => join(stagingDir, `${id}.json`);
  // Confirms run one after another, so that two uploads for one year cannot both pass the duplicate check.
  let queue: Promise<unknown> = Promise.resolve();

  function removeExpired(): void {
    for (const name of readdirSync(stagingDir)) {
      const path = join(stagingDir, name);
      if (Date.now() - statSync(path).mtimeMs > STAGED_LIFETIME_MS) rmSync(path, { force: true });
    }
  }

  function read(stagedId: string): StagedReport {
    if (!STAGED_ID.test(stagedId)) throw new AppError('NOT_FOUND', 'no such staged upload', { field: 'staged' });
    try {
      return JSON.parse(readFileSync(infoPath(stagedId), 'utf8')) as StagedReport;
    } catch {
      throw new AppError('NOT_FOUND', 'the upload is no longer staged (confirmed already, or older than an hour)', { field: 'staged' });
    }
  }

  return {
    async stage(bytes, uploadName) {
      const { parseReportBytes } = await import('../ingest/ingest-directory');
      const { formatParseWarning } = await import('../ingest/source-place');
      const parsed = await parseReportBytes(bytes, uploadName);
      const preview = previewReport(parsed, (warning) => formatParseWarning(uploadName, warning));
      mkdirSync(stagingDir, { recursive: true, mode: 0o700 });
      removeExpired();
      const stagedId = randomBytes(16).toString('hex');
      const existing = await findReportFile(options.dataDir, preview.report.id, options.indexDir);
      const staged: StagedReport = { stagedId, uploadName, preview, existing };
      writeFileSync(bytesPath(stagedId), bytes, { mode: 0o600, flag: 'wx' });
      writeFileSync(infoPath(stagedId), JSON.stringify(staged), { mode: 0o600, flag: 'wx' });
      return staged;
    },
    read,
    confirm(stagedId, replace) {
      const run = async () => {
        const staged = read(stagedId);
        const bytes = readFileSync(bytesPath(stagedId));
        // Asked again: another report for the year may have been added since the preview.
        const existing = await findReportFile(options.dataDir, staged.preview.report.id, options.indexDir);
        const placed = placeReportFile(options.dataDir, bytes, staged.preview.report, { existing, replace });
        rmSync(bytesPath(stagedId), { force: true });
        rmSync(infoPath(stagedId), { force: true });
        options.onAdded?.();
        return { ...placed, preview: staged.preview };
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
