/**
 * The central promise of ingest: one report gives the same records whether it arrives as the ministries' Excel
 * form, its published PDF, or the text extraction. The fixtures under tests/fixtures/forms/ are made by
 * scripts/make-form-fixtures.mjs in three layouts (merged vertical 大項目, repeated horizontal 大項目 with a note
 * row and a spacer column, a narrow serif layout with the title in the page header).
 */
import { join } from 'node:path';
import type { ParsedReport, Row } from '../../src/domain/types';
import { ingestFile } from '../../src/ingest/ingest-directory';
import { fixturePath, seedPath } from './seed';

const forms = (name: string): string => join(fixturePath('forms'), name);

const REPORTS = [
  { name: 'mof-fy2020', txt: seedPath(), ministry: '財務省', pages: 11, sheet: 'フォローアップ' },
  { name: 'kakuu-cho-r2', txt: fixturePath('kakuu-cho-r2.txt'), ministry: '架空庁', pages: 2, sheet: '様式' },
  { name: 'test-ministry-r3', txt: fixturePath('test-ministry-r3.txt'), ministry: 'テスト省', pages: 3, sheet: '令和3年度' },
] as const;

/** Everything a row says, without where it stands (each format counts places its own way). */
function content(row: Row) {
  const { section, item, sub, subGroup, title, status, reason, results, metrics } = row;
  return {
    section,
    item,
    sub,
    subGroup,
    title,
    status,
    reason,
    results,
    metrics,
    statements: row.statements.map(({ id, tag, label, text }) => ({ id, tag, label, text })),
  };
}

/** Layout D: the same reports as HTML printed by Chromium — another PDF producer, whose rows break across pages. */
const CHROMIUM_PRINTS = [
  { name: 'mof-fy2020', txt: seedPath(), pages: 10 },
  { name: 'test-ministry-r3', txt: fixturePath('test-ministry-r3.txt'), pages: 2 },
] as const;

const parsed = new Map<string, ParsedReport>();
beforeAll(async () => {
  for (const report of REPORTS) {
    for (const path of [report.txt, forms(`${report.name}.pdf`), forms(`${report.name}.xlsx`)]) parsed.set(path, await ingestFile(path));
  }
  for (const print of CHROMIUM_PRINTS) parsed.set(forms(`${print.name}.chromium.pdf`), await ingestFile(forms(`${print.name}.chromium.pdf`)));
});

describe.each(CHROMIUM_PRINTS)('$name printed by Chromium', (print) => {
  it("gives the TXT's rows, row by row and field by field, though rows and titles break across pages and glyphs map to radicals", () => {
    const pdf = parsed.get(forms(`${print.name}.chromium.pdf`)) as ParsedReport;
    const txt = parsed.get(print.txt) as ParsedReport;

    expect(pdf.report.pages).toBe(print.pages);
    expect(pdf.rows.map(content)).toEqual(txt.rows.map(content));
  });

  it('marks the rows that run over a page break with both pages', () => {
    const pdf = parsed.get(forms(`${print.name}.chromium.pdf`)) as ParsedReport;

    expect(pdf.rows.some((row) => row.origin.pages && row.origin.pages[1] > row.origin.pages[0])).toBe(true);
  });
});

describe.each(REPORTS)('$name as TXT, PDF and XLSX', (report) => {
  const txt = () => parsed.get(report.txt) as ParsedReport;
  const pdf = () => parsed.get(forms(`${report.name}.pdf`)) as ParsedReport;
  const xlsx = () => parsed.get(forms(`${report.name}.xlsx`)) as ParsedReport;

  it('reads the same report: ministry, fiscal year, title and id, with the format and its pages or sheet', () => {
    const identity = (p: ParsedReport) => [p.report.id, p.report.ministry, p.report.fiscalYear, p.report.fiscalYearLabel, p.report.title];

    expect(identity(pdf())).toEqual(identity(txt()));
    expect(identity(xlsx())).toEqual(identity(txt()));
    expect(txt().report.ministry).toBe(report.ministry);
    expect([pdf().report.format, pdf().report.pages, pdf().report.sheet]).toEqual(['pdf', report.pages, null]);
    expect([xlsx().report.format, xlsx().report.pages, xlsx().report.sheet]).toEqual(['xlsx', null, report.sheet]);
  });

  it.each(['pdf', 'xlsx'] as const)("the %s gives the TXT's rows, row by row and field by field", (format) => {
    const other = format === 'pdf' ? pdf() : xlsx();

    expect(other.rows.map(content)).toEqual(txt().rows.map(content));
  });

  it('each PDF row says its pages, each workbook row its sheet and cells, each TXT row its lines', () => {
    expect(
      pdf().rows.every(
        (row) => row.origin.pages && row.origin.pages[0] >= 1 && row.origin.pages[1] <= report.pages && row.origin.pages[0] <= row.origin.pages[1],
      ),
    ).toBe(true);
    expect(xlsx().rows.every((row) => row.origin.sheet === report.sheet && /^[A-Z]+\d+:[A-Z]+\d+$/u.test(row.origin.cells ?? ''))).toBe(true);
    expect(txt().rows.every((row) => row.origin.lines !== undefined)).toBe(true);
  });
});

describe('PDF layout details', () => {
  const seedPdf = () => parsed.get(forms('mof-fy2020.pdf')) as ParsedReport;

  it('when a row breaks off at the foot of page 6, carries it on to page 7 and joins the cut sentence', () => {
    const row = seedPdf().rows.find((r) => r.title.startsWith('育児休業取得職員と人事担当当局等の職員との定期的なコミュニケーション'));

    expect(row?.origin.pages).toEqual([6, 7]);
    expect(row?.statements.map((s) => s.text)).toContain(
      '仕事と育児の両立を図っている職員同士が集まり意見交換をする場に、育児休業取得職員も参加した。',
    );
  });

  it('when the vertical 大項目 is cut by page breaks, every row still lands in its template section', () => {
    const sections = seedPdf().rows.map((r) => r.section);
    const txt = (parsed.get(seedPath()) as ParsedReport).rows.map((r) => r.section);

    expect(sections).toEqual(txt);
  });

  it('keeps both levels of a sub-item label, so 4 a-ア and 4 b-ア of one item stay apart', () => {
    const overtime = seedPdf().rows.filter((r) => r.section === '働き方改革' && r.item === 4 && r.sub === 'ア');

    expect(overtime.map((r) => [r.subGroup, r.title])).toEqual([
      ['a', '省内全体における超過勤務の事前確認の徹底'],
      ['b', '省内全体における超過勤務の事前確認実施状況の把握'],
    ]);
  });

  it('drops page numbers, the repeated header and the title: no statement holds them', () => {
    const texts = seedPdf()
      .rows.flatMap((r) => [r.title, r.reason, r.results, ...r.statements.map((s) => s.text)])
      .filter(Boolean)
      .join('\n');

    expect(texts).not.toMatch(/各取組の実施状況|取組計画等フォローアップ|^- \d+ -$/mu);
  });
});
