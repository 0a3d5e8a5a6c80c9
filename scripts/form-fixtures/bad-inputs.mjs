/**
 * The bad inputs under tests/fixtures/forms/bad/: files a reader must refuse with a clear message, each made from a
 * good fixture (or, for not-a-form, from a small table of something else).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { FIXED_DATE } from './workbook.mjs';
import { convertWithLibreOffice, normalizePdf, writeDeterministicXlsx } from './output.mjs';

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The first `share` of a file's bytes: a download cut off part way. */
function writeTruncated(from, to, share) {
  const bytes = readFileSync(from);
  writeFileSync(to, bytes.subarray(0, Math.floor(bytes.length * share)));
}

/** A small sheet that is not the form: a meeting-room booking list, no 大項目 / (A)…(D) header. */
async function writeNotAForm(file) {
  const workbook = new ExcelJS.Workbook();
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet('会議室予約');
  sheet.columns = [{ width: 14 }, { width: 12 }, { width: 30 }, { width: 12 }];
  sheet.addRow(['令和3年度 会議室予約一覧']);
  sheet.addRow(['日付', '会議室', '用途', '予約者']);
  sheet.addRow(['2021-04-05', '第1会議室', '課内打合せ', '総務課']);
  sheet.addRow(['2021-04-06', '第2会議室', '説明会（新規採用者向け）', '人事課']);
  sheet.addRow(['2021-04-08', '第1会議室', '定例会議', '会計課']);
  for (const row of [2, 3, 4, 5])
    for (const col of [1, 2, 3, 4]) {
      const cell = sheet.getCell(row, col);
      cell.font = { name: 'Noto Sans CJK JP', size: 10 };
      cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  sheet.getCell(1, 1).font = { name: 'Noto Sans CJK JP', size: 12, bold: true };
  sheet.pageSetup = { paperSize: 9, orientation: 'portrait' };
  await writeDeterministicXlsx(workbook, file);
}

/**
 * A one-page PDF showing a binary PGM (P5) image at `dpi`, written by hand (LibreOffice does not open images here,
 * ImageMagick is not needed): an image XObject, Flate-compressed, and nothing else on the page.
 */
function imagePdf(pgm, dpi) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/u.exec(pgm.subarray(0, 50).toString('latin1'));
  if (!header) throw new Error('pdftoppm -gray did not write a binary PGM');
  const [whole, width, height] = header;
  const pixels = deflateSync(pgm.subarray(whole.length), { level: 9 });
  const w = (Number(width) * 72) / dpi;
  const h = (Number(height) * 72) / dpi;
  const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} 0 0 cm /Im0 Do Q`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w.toFixed(2)} ${h.toFixed(2)}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`,
    [
      `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n`,
      pixels,
      '\nendstream',
    ],
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets = [];
  let size = parts[0].length;
  objects.forEach((object, i) => {
    offsets.push(size);
    const chunks = [`${i + 1} 0 obj\n`, ...(Array.isArray(object) ? object : [object]), '\nendobj\n'].map((c) =>
      Buffer.isBuffer(c) ? c : Buffer.from(c, 'latin1'),
    );
    for (const chunk of chunks) {
      parts.push(chunk);
      size += chunk.length;
    }
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** Writes every bad input from the good fixture `pdf` / `xlsx`; `log` gets one line per file. */
export async function writeBadInputs({ root, badDir, pdf, xlsx, log }) {
  mkdirSync(badDir, { recursive: true });
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'form-fixtures-bad-'));
  const wrote = (file, what) => log(`wrote ${path.relative(root, path.join(badDir, file))}  ${what}`);
  try {
    if (hasCommand('qpdf')) {
      // --static-id / --static-aes-iv (qpdf's testing switches) keep the output the same from run to run.
      execFileSync('qpdf', ['--static-id', '--static-aes-iv', '--encrypt', 'user', 'owner', '256', '--', pdf, path.join(badDir, 'encrypted.pdf')]);
      wrote('encrypted.pdf', `AES-256, user password "user", owner "owner", from ${path.basename(pdf)}`);
    } else {
      log('skipped bad/encrypted.pdf: qpdf is not installed (apt-get install -y qpdf)');
    }

    // A scan: the first form page as a grey image in a PDF of its own: no text layer.
    execFileSync('pdftoppm', ['-gray', '-r', '60', '-f', '2', '-l', '2', '-singlefile', pdf, path.join(tmp, 'scanned')]);
    writeFileSync(path.join(badDir, 'scanned.pdf'), imagePdf(readFileSync(path.join(tmp, 'scanned.pgm')), 60));
    const text = execFileSync('pdftotext', [path.join(badDir, 'scanned.pdf'), '-'], { encoding: 'utf8' }).trim();
    if (text.length > 0) throw new Error(`bad/scanned.pdf has a text layer: ${text.slice(0, 40)}`);
    wrote('scanned.pdf', `page 2 of ${path.basename(pdf)} as a 60 dpi image, no text layer`);

    writeTruncated(pdf, path.join(badDir, 'truncated.pdf'), 0.4);
    wrote('truncated.pdf', `first 40% of ${path.basename(pdf)}`);
    writeTruncated(xlsx, path.join(badDir, 'truncated.xlsx'), 0.4);
    wrote('truncated.xlsx', `first 40% of ${path.basename(xlsx)}`);

    const notAForm = path.join(badDir, 'not-a-form.xlsx');
    await writeNotAForm(notAForm);
    wrote('not-a-form.xlsx', 'a meeting-room booking list');
    normalizePdf(convertWithLibreOffice(notAForm, 'pdf', badDir));
    wrote('not-a-form.pdf', 'the same list printed');

    copyFileSync(xlsx, path.join(tmp, 'macro.xlsx'));
    copyFileSync(convertWithLibreOffice(path.join(tmp, 'macro.xlsx'), 'xlsm:Calc MS Excel 2007 VBA XML', tmp), path.join(badDir, 'macro.xlsm'));
    wrote('macro.xlsm', `${path.basename(xlsx)} saved by LibreOffice as .xlsm (macro-enabled content type, no macros)`);
    copyFileSync(xlsx, path.join(tmp, 'legacy.xlsx'));
    copyFileSync(convertWithLibreOffice(path.join(tmp, 'legacy.xlsx'), 'xls', tmp), path.join(badDir, 'legacy.xls'));
    wrote('legacy.xls', `${path.basename(xlsx)} saved by LibreOffice as Excel 97-2003 .xls`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
