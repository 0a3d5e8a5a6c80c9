/**
 * Published files that cannot be read as the form: each is refused with its own code and a message naming the
 * file (and page where it applies), and a folder holding one still indexes the others.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../src/domain/errors';
import { ingestDirectory, ingestFile, MAX_SOURCE_BYTES, parseReportBytes } from '../../src/ingest/ingest-directory';
import { readPdfTable } from '../../src/ingest/pdf/read-pdf';
import { fixturePath, seedPath } from './seed';

const bad = (name: string): string => join(fixturePath('forms'), 'bad', name);
const form = (name: string): string => join(fixturePath('forms'), name);

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, the file was read');
}

describe('bad PDFs and workbooks', () => {
  it('when the PDF is password-protected, SOURCE_UNREADABLE says so and names the file', async () => {
    const error = await rejection(ingestFile(bad('encrypted.pdf')));

    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toMatch(/^encrypted\.pdf: .*password-protected/u);
  });

  it('when the PDF is a scan without a text layer, SOURCE_NO_TEXT says to use the Excel file or a printed PDF', async () => {
    const error = await rejection(ingestFile(bad('scanned.pdf')));

    expect(error.code).toBe('SOURCE_NO_TEXT');
    expect(error.message).toMatch(/^scanned\.pdf: .*no text/u);
  });

  it('when the PDF is truncated, SOURCE_UNREADABLE names the file', async () => {
    const error = await rejection(ingestFile(bad('truncated.pdf')));

    expect([error.code, error.details.file]).toEqual(['SOURCE_UNREADABLE', 'truncated.pdf']);
  });

  it('when the PDF is some other document, SOURCE_NOT_A_REPORT says no page prints the form header', async () => {
    const error = await rejection(ingestFile(bad('not-a-form.pdf')));

    expect(error.code).toBe('SOURCE_NOT_A_REPORT');
    expect(error.message).toContain('not-a-form.pdf: no page prints the form');
  });

  it('when the workbook is some other sheet, SOURCE_NOT_A_REPORT', async () => {
    expect((await rejection(ingestFile(bad('not-a-form.xlsx')))).code).toBe('SOURCE_NOT_A_REPORT');
  });

  it('when the workbook is an old .xls, SOURCE_UNREADABLE asks for .xlsx', async () => {
    const error = await rejection(ingestFile(bad('legacy.xls')));

    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toContain('.xlsx');
  });

  it('when the workbook is macro-enabled (.xlsm), reads its values like an .xlsx and runs nothing', async () => {
    const xlsm = await ingestFile(bad('macro.xlsm'));
    const xlsx = await ingestFile(form('test-ministry-r3.xlsx'));

    expect(xlsm.rows.map((r) => r.statements.map((s) => s.text))).toEqual(xlsx.rows.map((r) => r.statements.map((s) => s.text)));
  });

  it('when a PDF is over the size limit, SOURCE_TOO_LARGE before a page is read', async () => {
    const huge = Buffer.alloc(MAX_SOURCE_BYTES.pdf + 1, 0x20);
    huge.write('%PDF-1.7\n');

    const error = await rejection(parseReportBytes(huge, 'huge.pdf'));

    expect(error.code).toBe('SOURCE_TOO_LARGE');
    expect(error.message).toMatch(/^huge\.pdf: 50\.0 MB is over the 50\.0 MB limit/u);
  });

  it('when a PDF has more pages than allowed, SOURCE_TOO_LARGE gives the count', async () => {
    const bytes = await import('node:fs').then((fs) => fs.readFileSync(form('mof-fy2020.pdf')));

    const error = await rejection(readPdfTable(bytes, 'long.pdf', { maxPages: 5 }));

    expect(error.code).toBe('SOURCE_TOO_LARGE');
    expect(error.message).toContain('11 pages is over the 5-page limit');
  });

  it('when reading takes longer than its time limit, the reader is stopped with SOURCE_UNPARSEABLE', async () => {
    const bytes = await import('node:fs').then((fs) => fs.readFileSync(form('mof-fy2020.pdf')));

    const error = await rejection(readPdfTable(bytes, 'slow.pdf', { timeoutMs: 1 }));

    expect(error.code).toBe('SOURCE_UNPARSEABLE');
    expect(error.message).toContain('slow.pdf: reading the PDF took longer than');
  });

  it('when a PDF is named .txt, it is read as the PDF it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torikumi-forms-'));
    try {
      copyFileSync(form('kakuu-cho-r2.pdf'), join(dir, 'renamed.txt'));

      const parsed = await ingestFile(join(dir, 'renamed.txt'));

      expect([parsed.report.format, parsed.report.ministry, parsed.rows.length]).toEqual(['pdf', '架空庁', 10]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when a folder holds bad files beside good ones in every format, the good ones are read and each bad one named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torikumi-forms-'));
    try {
      copyFileSync(seedPath(), join(dir, 'a-seed.txt'));
      copyFileSync(form('kakuu-cho-r2.pdf'), join(dir, 'b-kakuu.pdf'));
      copyFileSync(form('test-ministry-r3.xlsx'), join(dir, 'c-test.xlsx'));
      copyFileSync(bad('encrypted.pdf'), join(dir, 'd-locked.pdf'));
      copyFileSync(bad('truncated.xlsx'), join(dir, 'e-cut.xlsx'));
      writeFileSync(join(dir, 'f-notes.md'), 'not a report: not even looked at');

      const result = await ingestDirectory(dir);

      expect(result.reports.map((r) => [r.file, r.parsed.report.format])).toEqual([
        ['a-seed.txt', 'txt'],
        ['b-kakuu.pdf', 'pdf'],
        ['c-test.xlsx', 'xlsx'],
      ]);
      expect(result.failures.map((f) => [f.file, f.error.code])).toEqual([
        ['d-locked.pdf', 'SOURCE_UNREADABLE'],
        ['e-cut.xlsx', 'SOURCE_UNREADABLE'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when two files hold the same ministry and year (a re-issue beside the original), the second is refused by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torikumi-forms-'));
    try {
      copyFileSync(seedPath(), join(dir, 'a-seed.txt'));
      copyFileSync(form('mof-fy2020.pdf'), join(dir, 'b-seed-again.pdf'));

      const result = await ingestDirectory(dir);

      expect(result.reports.map((r) => r.file)).toEqual(['a-seed.txt']);
      expect(result.failures.map((f) => f.error.code)).toEqual(['REPORT_DUPLICATE']);
      expect(result.failures[0]?.error.message).toContain('b-seed-again.pdf: 財務省 令和2年度 is already read from a-seed.txt');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
