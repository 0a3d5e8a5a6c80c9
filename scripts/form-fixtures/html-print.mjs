/**
 * Layout D: the form as an HTML table printed to PDF by headless Chromium — another PDF producer than LibreOffice
 * (Skia draws the rules as filled rectangles and lets a tall row break across pages, as many published reports
 * do), portrait A4, the 大項目 printed once on the first row of its section (not merged: Chromium will not break a
 * merged cell across pages), the header repeated by <thead> on every page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rowCells } from './cells.mjs';

const escape = (text) => String(text).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const lines = (text) => escape(text).replace(/\n/gu, '<br>');

const STYLE = `
@page { size: A4 portrait; margin: 12mm 10mm 14mm; }
body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 8pt; margin: 0; }
h1 { font-size: 11pt; margin: 0 0 2mm; font-weight: normal; }
p.ministry { margin: 0 0 3mm; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 0.6pt solid #000; padding: 1.2mm; vertical-align: top; word-break: break-all; }
th { font-weight: normal; background: #eee; }
tr { break-inside: auto; }
`;

/** The HTML page of one parsed report. */
export function formHtml(parsed) {
  const { rows, report } = parsed;
  const body = [];
  rows.forEach((row, index) => {
    const cells = rowCells(rows, index);
    const startsSection = index === 0 || rows[index - 1].section !== row.section;
    const section = `<td>${startsSection ? escape(cells.section) : ''}</td>`;
    body.push(
      `<tr>${section}<td>${escape(cells.number)}</td><td>${escape(cells.group)}</td><td>${escape(cells.kana)}</td><td>${lines(cells.title)}</td>` +
        `<td>${escape(cells.status)}</td><td>${lines(cells.reason)}</td><td>${lines(cells.actions)}</td><td>${lines(cells.results)}</td></tr>`,
    );
  });
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<h1>${escape(report.fiscalYearLabel)} ${escape(report.title)}</h1>
<p class="ministry">府省名：${escape(report.ministry)}</p>
<table>
<colgroup><col style="width:7%"><col style="width:3%"><col style="width:3%"><col style="width:3%"><col style="width:15%"><col style="width:7%"><col style="width:11%"><col style="width:33%"><col style="width:18%"></colgroup>
<thead>
<tr><th rowspan="2">大項目</th><th colspan="4">中項目</th><th rowspan="2">各取組の実施状況 (A)</th><th rowspan="2">(A)で「実施未定」を選択した場合の理由 (B)</th><th rowspan="2">取組を行った(行う)時期、取組内容及び取組における工夫 (C)</th><th rowspan="2">取組を行ったことによる具体的な成果 (D)</th></tr>
<tr><th colspan="3">小項目</th><th></th></tr>
</thead>
<tbody>
${body.join('\n')}
</tbody></table></body></html>`;
}

/** Prints the page to `pdfPath` with Debian's chromium (headless, no network, a throw-away profile). */
export function printWithChromium(parsed, pdfPath) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'form-fixtures-html-'));
  try {
    const html = path.join(tmp, 'form.html');
    writeFileSync(html, formHtml(parsed));
    execFileSync(
      'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--user-data-dir=${path.join(tmp, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdfPath}`,
        `file://${html}`,
      ],
      { stdio: 'ignore' },
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
