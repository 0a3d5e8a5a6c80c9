/**
 * Writing the fixtures to disk reproducibly: workbooks re-zipped with fixed entry dates, PDFs through LibreOffice
 * with their creation date and file id fixed.
 */
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXED_DATE } from './workbook.mjs';

const require = createRequire(import.meta.url);

/** Writes the workbook with every zip entry dated FIXED_DATE (exceljs stamps them with the current time). */
export async function writeDeterministicXlsx(workbook, file) {
  // jszip comes with exceljs; it is what exceljs itself zips with.
  const JSZip = require('jszip');
  const zipped = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const fixed = new JSZip();
  for (const entry of Object.values(zipped.files)) {
    if (entry.dir) continue;
    fixed.file(entry.name, await entry.async('nodebuffer'), { date: FIXED_DATE, createFolders: false });
  }
  writeFileSync(file, await fixed.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
}

/**
 * Converts with LibreOffice in a profile of its own (a running office of someone else's must not take the job),
 * to the format given (pdf, xlsm:"…", xls); returns the written file.
 */
export function convertWithLibreOffice(file, format, outDir) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'form-fixtures-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', format, '--outdir', outDir, file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const extension = format.split(':')[0];
  return path.join(outDir, `${path.basename(file, path.extname(file))}.${extension}`);
}

/** Replaces the PDF's creation date, file id and LibreOffice's /DocChecksum (an MD5 over them) by fixed values of the same length (offsets stay valid). */
export function normalizePdf(file) {
  const latin = readFileSync(file).toString('latin1');
  const stamp = `D:${FIXED_DATE.toISOString().replace(/[-:T]/gu, '').slice(0, 14)}`;
  const fixed = latin
    .replace(/\/CreationDate\s*\(D:[^)]*\)/gu, (whole) =>
      whole.replace(/D:[^)]*/u, (d) => `${stamp}${'Z'.padEnd(d.length - stamp.length, ' ')}`.slice(0, d.length)),
    )
    .replace(/\/ModDate\s*\(D:[^)]*\)/gu, (whole) =>
      whole.replace(/D:[^)]*/u, (d) => `${stamp}${'Z'.padEnd(d.length - stamp.length, ' ')}`.slice(0, d.length)),
    )
    .replace(/\/DocChecksum\s*\/([0-9A-F]+)/gu, (whole, sum) => whole.replace(sum, '0'.repeat(sum.length)))
    .replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/gu, (whole, a, b) =>
      whole.replace(a, '0'.repeat(a.length)).replace(b, '0'.repeat(b.length)),
    );
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, Buffer.from(fixed, 'latin1'));
  renameSync(tmp, file);
}

/** 「N pages, fonts …」 from pdfinfo and pdffonts, for the script's log. */
export function describePdf(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = /Pages:\s+(\d+)/u.exec(info)?.[1];
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => line.split(/\s+/u)[0].replace(/^[A-Z]{6}\+/u, ''));
  return `${pages} pages, fonts ${[...new Set(fonts)].join(', ')}`;
}
