/**
 * Which reader a report file needs, told by its first bytes rather than its name: a PDF renamed .txt, or a
 * workbook saved without its extension, still goes to the right reader.
 */
import type { SourceFormat } from '../domain/types';

const PDF_MAGIC = Buffer.from('%PDF-');
/** Every OOXML workbook is a zip archive. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE2 compound file: an old .xls, or an OOXML workbook encrypted with a password. */
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * The format of a report's bytes: 'pdf' (a PDF header within the first KiB, as the PDF standard allows),
 * 'xlsx' (a zip or OLE2 container: the workbook reader says what is wrong with a non-workbook), else 'txt'
 * (the text reader refuses binary content with its own message).
 */
export function detectFormat(bytes: Buffer): SourceFormat {
  if (bytes.subarray(0, 1024).indexOf(PDF_MAGIC) >= 0) return 'pdf';
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC) || bytes.subarray(0, 8).equals(CFB_MAGIC)) return 'xlsx';
  return 'txt';
}

/** File names the data folder is read for (other files, such as sidecars and notes, are not reports). */
export const REPORT_EXTENSIONS = ['.pdf', '.xlsx', '.xlsm', '.txt'] as const;

export function isReportFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return !lower.startsWith('.') && REPORT_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
