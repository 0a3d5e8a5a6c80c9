/**
 * Adding a report file to the data folder, for `torikumi add` and the 報告書の追加 page: a summary to check
 * before adding, the report already held for the same ministry and year, a generated file name, and the move
 * into data/ (the replaced file kept in data/.replaced/, never deleted).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../domain/errors';
import { SECTIONS, type Origin, type ParsedReport, type Report, type Section, type SourceFormat } from '../domain/types';
import { readManifest } from './load-index';
import { computeDataHash } from './manifest';

/** Where replaced report files go, inside the data folder (a dot-folder: never read as a report). */
export const REPLACED_FOLDER = '.replaced';

/** Short ASCII names of the ministries, for file names; others get a hash of the name. */
const MINISTRY_SLUGS: Record<string, string> = {
  内閣官房: 'cas',
  内閣府: 'cao',
  宮内庁: 'kunaicho',
  公正取引委員会: 'jftc',
  警察庁: 'npa',
  個人情報保護委員会: 'ppc',
  金融庁: 'fsa',
  消費者庁: 'caa',
  こども家庭庁: 'cfa',
  デジタル庁: 'digital',
  復興庁: 'reconstruction',
  総務省: 'soumu',
  法務省: 'moj',
  外務省: 'mofa',
  財務省: 'mof',
  文部科学省: 'mext',
  厚生労働省: 'mhlw',
  農林水産省: 'maff',
  経済産業省: 'meti',
  国土交通省: 'mlit',
  環境省: 'env',
  防衛省: 'mod',
  人事院: 'jinji',
  会計検査院: 'jbaudit',
};

const EXTENSIONS: Record<SourceFormat, string> = { pdf: 'pdf', xlsx: 'xlsx', txt: 'txt' };

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The name a report is stored under: plain ASCII, from what the report is and its bytes, never from the name it
 * arrived with. @example reportFileName(report, bytes) // 'mof-fy2020-3f2a9c1b.pdf', 'm5d41402-fy2021-0a1b2c3d.txt'
 */
export function reportFileName(report: Pick<Report, 'ministry' | 'fiscalYear' | 'format'>, bytes: Buffer): string {
  const slug = MINISTRY_SLUGS[report.ministry] ?? `m${sha256(report.ministry).slice(0, 6)}`;
  return `${slug}-fy${report.fiscalYear}-${sha256(bytes).slice(0, 8)}.${EXTENSIONS[report.format]}`;
}

/** What a person checks before adding a report: who and when, how much was read, and a few rows beside their place. */
export interface ReportPreview {
  report: Pick<Report, 'id' | 'ministry' | 'fiscalYear' | 'fiscalYearLabel' | 'title' | 'format' | 'pages' | 'sheet'>;
  counts: { rows: number; statements: number; metrics: number; warnings: number };
  sections: { section: Section; rows: number }[];
  /** The first warnings, each naming its line, page or cells. */
  warnings: string[];
  sample: { section: Section; item: number | null; sub: string | null; title: string; status: string | null; origin: Origin; text: string }[];
}

const PREVIEW_WARNINGS = 20;
const PREVIEW_ROWS = 6;

/** The preview of a parsed report; `formatWarning` says where a warning stands (the ingest stage's formatter). */
export function previewReport(parsed: ParsedReport, formatWarning: (warning: ParsedReport['warnings'][number]) => string): ReportPreview {
  const { id, ministry, fiscalYear, fiscalYearLabel, title, format, pages, sheet } = parsed.report;
  const sum = (pick: (row: ParsedReport['rows'][number]) => number) => parsed.rows.reduce((total, row) => total + pick(row), 0);
  return {
    report: { id, ministry, fiscalYear, fiscalYearLabel, title, format, pages, sheet },
    counts: {
      rows: parsed.rows.length,
      statements: sum((r) => r.statements.length),
      metrics: sum((r) => r.metrics.length),
      warnings: parsed.warnings.length,
    },
    sections: SECTIONS.map((section) => ({ section, rows: parsed.rows.filter((row) => row.section === section).length })),
    warnings: parsed.warnings.slice(0, PREVIEW_WARNINGS).map(formatWarning),
    sample: parsed.rows
      .filter((row) => row.statements.length > 0 || row.metrics.length > 0)
      .slice(0, PREVIEW_ROWS)
      .map((row) => ({
        section: row.section,
        item: row.item,
        sub: row.sub,
        title: row.title,
        status: row.status,
        origin: row.origin,
        text: row.statements[0]?.text ?? row.metrics[0]?.text ?? '',
      })),
  };
}

/**
 * The data folder's file that holds the report with this id, or null. Read from the index's manifest when it
 * describes the folder as it is now; otherwise the folder is parsed (an index being rebuilt, files added by hand).
 */
export async function findReportFile(dataDir: string, reportId: string, indexDir?: string): Promise<string | null> {
  if (indexDir) {
    try {
      const manifest = readManifest(indexDir);
      if (manifest.dataHash === computeDataHash(dataDir)) {
        const file = manifest.reports.find((r) => r.id === reportId)?.file ?? null;
        if (file === null || existsSync(join(dataDir, file))) return file;
      }
    } catch {
      // no usable index: parse the folder below
    }
  }
  const { ingestDirectory } = await import('../ingest/ingest-directory');
  const { reports } = await ingestDirectory(dataDir);
  return reports.find((r) => r.parsed.report.id === reportId)?.file ?? null;
}

export interface PlaceOptions {
  /** The file of the data folder holding a report for the same ministry and year, if any. */
  existing: string | null;
  /** Replace `existing` (moved to data/.replaced/) rather than refuse. */
  replace: boolean;
  /** A sidecar to store beside the report as <name>.meta.json. */
  sidecar?: Buffer;
}

/** Moves a file of the data folder (and its sidecar) into data/.replaced/ under a time stamp; returns its new name. */
function retire(dataDir: string, file: string): string {
  const folder = join(dataDir, REPLACED_FOLDER);
  mkdirSync(folder, { recursive: true });
  const retired = `${new Date().toISOString().replace(/[:.]/g, '-')}-${file}`;
  renameSync(join(dataDir, file), join(folder, retired));
  if (existsSync(join(dataDir, `${file}.meta.json`))) renameSync(join(dataDir, `${file}.meta.json`), join(folder, `${retired}.meta.json`));
  return join(REPLACED_FOLDER, retired);
}

/** Writes bytes under `name` in one rename, so a reader of the folder never sees half a file. */
function writeAtomically(dataDir: string, name: string, bytes: Buffer): void {
  const temporary = join(dataDir, `.${name}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    writeFileSync(temporary, bytes, { flag: 'wx' });
    renameSync(temporary, join(dataDir, name));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Stores a parsed report's bytes in the data folder under a generated name. REPORT_DUPLICATE when the folder
 * already holds a report for that ministry and year and `replace` is not set.
 */
export function placeReportFile(
  dataDir: string,
  bytes: Buffer,
  report: Pick<Report, 'ministry' | 'fiscalYear' | 'fiscalYearLabel' | 'format'>,
  options: PlaceOptions,
): { file: string; replaced: string | null } {
  if (options.existing !== null && !options.replace) {
    throw new AppError(
      'REPORT_DUPLICATE',
      `${report.ministry} ${report.fiscalYearLabel} is already in the data folder as ${options.existing}; add it with --replace to replace that file (kept in ${REPLACED_FOLDER}/)`,
      { file: options.existing },
    );
  }
  const file = reportFileName(report, bytes);
  const replaced = options.existing !== null ? retire(dataDir, options.existing) : null;
  writeAtomically(dataDir, file, bytes);
  if (options.sidecar) writeAtomically(dataDir, `${file}.meta.json`, options.sidecar);
  return { file, replaced };
}

/** The files of data/.replaced/, for tests and the CLI's message. */
export function listReplaced(dataDir: string): string[] {
  const folder = join(dataDir, REPLACED_FOLDER);
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}
