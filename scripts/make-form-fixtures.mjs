#!/usr/bin/env node
/**
 * Writes the fixture workbooks and PDFs in the ministries' own form (tests/fixtures/forms/), from the records the
 * project's TXT parser reads out of three reports, so that the PDF and workbook readers can be tested against the
 * TXT: the same report in three formats must give the same records. Also writes the bad inputs under bad/.
 *
 *   npx tsc -p tsconfig.json --outDir /tmp/gen-build     # the parser, built (type errors elsewhere do not matter)
 *   TORIKUMI_BUILD=/tmp/gen-build node scripts/make-form-fixtures.mjs
 *
 * Needs LibreOffice (soffice) and poppler-utils (pdftoppm); qpdf for bad/encrypted.pdf (skipped with a warning
 * when missing). TORIKUMI_BUILD defaults to dist.
 */
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYOUT_A, LAYOUT_B, LAYOUT_C } from './form-fixtures/layouts.mjs';
import { buildWorkbook } from './form-fixtures/workbook.mjs';
import { checkStatementsRoundTrip } from './form-fixtures/cells.mjs';
import { writeDeterministicXlsx, convertWithLibreOffice, normalizePdf, describePdf } from './form-fixtures/output.mjs';
import { writeBadInputs } from './form-fixtures/bad-inputs.mjs';
import { printWithChromium } from './form-fixtures/html-print.mjs';

// Zip entry times are local DOS times: fix the zone so the bytes do not depend on the machine.
process.env.TZ = 'UTC';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'tests/fixtures/forms');

const FIXTURES = [
  {
    source: 'data/mof-fy2020-followup.txt',
    name: 'mof-fy2020',
    layout: LAYOUT_A,
    // In the PDF, this row's C text breaks off mid-sentence in its second statement and goes on overleaf.
    printSplit: { title: '育児休業取得職員と人事担当当局等の職員との定期的なコミュニケーション', statements: 1, chars: 24 },
  },
  { source: 'tests/fixtures/kakuu-cho-r2.txt', name: 'kakuu-cho-r2', layout: LAYOUT_B },
  { source: 'tests/fixtures/test-ministry-r3.txt', name: 'test-ministry-r3', layout: LAYOUT_C },
];

/** Layout D: the same reports printed from HTML by Chromium (another PDF producer; rows break across pages). */
const CHROMIUM_PRINTS = [
  { source: 'data/mof-fy2020-followup.txt', name: 'mof-fy2020.chromium' },
  { source: 'tests/fixtures/test-ministry-r3.txt', name: 'test-ministry-r3.chromium' },
];

/** Loads the built ingest stage; a build outside the project still finds the project's node_modules. */
function loadParser() {
  const build = path.resolve(root, process.env.TORIKUMI_BUILD ?? 'dist');
  process.env.NODE_PATH = [path.join(root, 'node_modules'), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
  const require = createRequire(import.meta.url);
  require('node:module').Module._initPaths();
  try {
    return {
      ingest: require(path.join(build, 'src/ingest/index.js')),
      statements: require(path.join(build, 'src/ingest/statements.js')),
    };
  } catch (error) {
    throw new Error(`cannot load the parser from ${build} (set TORIKUMI_BUILD to a tsc output folder): ${error.message}`);
  }
}

async function makeFixture(parser, fixture) {
  const file = path.join(root, fixture.source);
  const parsed = parser.ingest.parseReport(readFileSync(file, 'utf8'), fixture.source, parser.ingest.readSidecarMeta(file));
  parsed.rows.forEach((row, i) => checkStatementsRoundTrip(row, parser.statements, `${fixture.source} row ${i + 1}`));
  const { workbook, headerTop, bodyTop, bodyBottom } = buildWorkbook(parsed, fixture.layout);
  const xlsx = path.join(outDir, `${fixture.name}.xlsx`);
  await writeDeterministicXlsx(workbook, xlsx);
  console.log(
    `wrote ${path.relative(root, xlsx)}  layout ${fixture.layout.name}, ${parsed.report.ministry} ${parsed.report.fiscalYearLabel}, ${parsed.rows.length} rows (sheet rows ${bodyTop}-${bodyBottom}, header ${headerTop}-${headerTop + 1})`,
  );
  const pdf = await printPdf(parsed, fixture, xlsx);
  normalizePdf(pdf);
  console.log(`wrote ${path.relative(root, pdf)}  ${describePdf(pdf)}`);
  return { xlsx, pdf };
}

/** The PDF, from the workbook itself or, with a printSplit, from a print copy written to a temporary folder. */
async function printPdf(parsed, fixture, xlsx) {
  if (!fixture.printSplit) return convertWithLibreOffice(xlsx, 'pdf', outDir);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'form-fixtures-print-'));
  try {
    const copy = path.join(tmp, path.basename(xlsx));
    await writeDeterministicXlsx(buildWorkbook(parsed, fixture.layout, { printSplit: fixture.printSplit }).workbook, copy);
    const printed = convertWithLibreOffice(copy, 'pdf', tmp);
    const pdf = path.join(outDir, path.basename(printed));
    copyFileSync(printed, pdf);
    return pdf;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const parser = loadParser();
  mkdirSync(outDir, { recursive: true });
  const made = [];
  for (const fixture of FIXTURES) made.push(await makeFixture(parser, fixture));
  for (const print of CHROMIUM_PRINTS) {
    const file = path.join(root, print.source);
    const parsed = parser.ingest.parseReport(readFileSync(file, 'utf8'), print.source, parser.ingest.readSidecarMeta(file));
    const pdf = path.join(outDir, `${print.name}.pdf`);
    printWithChromium(parsed, pdf);
    normalizePdf(pdf);
    console.log(`wrote ${path.relative(root, pdf)}  layout D (HTML printed by Chromium), ${describePdf(pdf)}`);
  }
  await writeBadInputs({ root, badDir: path.join(outDir, 'bad'), pdf: made[2].pdf, xlsx: made[2].xlsx, log: console.log });
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
