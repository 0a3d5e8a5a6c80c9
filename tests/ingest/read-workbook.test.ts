import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { AppError } from '../../src/domain/errors';
import { parseReport } from '../../src/ingest/parse-report';
import { readSidecarMeta } from '../../src/ingest/report-meta';
import type { FormRow } from '../../src/ingest/form-table';
import { readWorkbookTable } from '../../src/ingest/read-workbook';

const TITLE = '令和3年度 女性職員活躍と職員のワークライフバランス推進のための取組計画等フォローアップ';
const HEADER = {
  section: '大項目',
  item: '中項目',
  status: '各取組の実施状況 (A)',
  reason: '(A)で「実施未定」を選択した場合の理由 (B)',
  actions: '取組を行った(行う)時期、取組内容及び取組における工夫 (C)',
  results: '取組を行ったことによる具体的な成果 (D)',
};

/** One body row, columns B..I: 大項目, number, kana, title, (A), (B), (C), (D). */
type BodyRow = ExcelJS.CellValue[];

/**
 * Writes the form onto a sheet: title in B1, 府省名 in B2, the header in row 3 (中項目 merged over C:E), 小項目 in
 * row 4, the body from row 5 in columns B..I (column A left empty, as the forms leave a margin).
 */
function writeForm(sheet: ExcelJS.Worksheet, body: BodyRow[], { ministry = '府省名：テスト省' } = {}): void {
  sheet.getCell('B1').value = TITLE;
  sheet.mergeCells('B1:I1');
  sheet.getCell('B2').value = ministry;
  sheet.getCell('B3').value = HEADER.section;
  sheet.getCell('C3').value = HEADER.item;
  sheet.mergeCells('C3:E3');
  sheet.getCell('F3').value = HEADER.status;
  sheet.getCell('G3').value = HEADER.reason;
  sheet.getCell('H3').value = HEADER.actions;
  sheet.getCell('I3').value = HEADER.results;
  sheet.getCell('D4').value = '小項目';
  body.forEach((values, index) => {
    values.forEach((value, col) => {
      if (value !== undefined && value !== null) sheet.getCell(5 + index, 2 + col).value = value;
    });
  });
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A one-sheet workbook holding the form with these body rows; `edit` changes the sheet before it is written. */
async function formBytes(body: BodyRow[], edit: (sheet: ExcelJS.Worksheet) => void = () => {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('様式');
  writeForm(sheet, body);
  edit(sheet);
  return bytesOf(workbook);
}

const ROW_1: BodyRow = [
  '働き方改革',
  1,
  null,
  '価値観・意識の改革についての明確なメッセージの継続的発信',
  '実施',
  null,
  '【継続】次官からメッセージを発信した。',
  null,
];
const ROW_2: BodyRow = [
  null,
  2,
  null,
  '管理職に求められるマネジメントに関する意識醸成に向けた取組の実施',
  '実施',
  null,
  '【新規】研修を実施した。',
  null,
];
const ROW_3: BodyRow = [
  null,
  null,
  'ア',
  '本府省等における課室長級職員を対象とした多面観察の実施',
  '実施未定',
  '組織改編を控えているため。',
  null,
  null,
];

async function readError(bytes: Buffer, options?: { maxCells?: number }): Promise<AppError> {
  try {
    await readWorkbookTable(bytes, 'x.xlsx', options);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected readWorkbookTable to throw');
}

describe('readWorkbookTable › finding the form', () => {
  it('when the header is on the second of three sheets, reads that sheet and says so in a warning', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('記入要領').getCell('A1').value = '各取組の実施状況 (A) 欄には「実施」又は「実施未定」を記入';
    writeForm(workbook.addWorksheet('様式'), [ROW_1]);
    workbook.addWorksheet('参考').getCell('A1').value = '参考資料';

    const table = await readWorkbookTable(await bytesOf(workbook), 'x.xlsx');

    expect(table.sheet).toBe('様式');
    expect(table.warnings).toContainEqual({ message: 'took sheet 「様式」 (2 of 3)' });
    expect(table.rows).toHaveLength(1);
  });

  it('when the form has one sheet, adds no sheet warning', async () => {
    const table = await readWorkbookTable(await formBytes([ROW_1]), 'x.xlsx');

    expect(table.sheet).toBe('様式');
    expect(table.warnings).toEqual([]);
  });

  it('when the header is written in full-width brackets and with spaces, still finds its columns', async () => {
    const bytes = await formBytes([ROW_1], (sheet) => {
      sheet.getCell('B3').value = '大 項 目';
      sheet.getCell('F3').value = '各取組の実施状況\n（Ａ）';
      sheet.getCell('I3').value = '取組を行ったことによる具体的な成果（Ｄ）';
    });

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows[0]?.status).toBe('実施');
  });

  it('when a hidden sheet also holds the form, reads the visible one and names the other in a warning', async () => {
    const workbook = new ExcelJS.Workbook();
    const old = workbook.addWorksheet('旧様式');
    writeForm(old, [ROW_1]);
    old.state = 'hidden';
    writeForm(workbook.addWorksheet('様式'), [ROW_1, ROW_2]);

    const table = await readWorkbookTable(await bytesOf(workbook), 'x.xlsx');

    expect([table.sheet, table.rows.length]).toEqual(['様式', 2]);
    expect(table.warnings.map((warning) => warning.message)).toEqual([
      'took sheet 「様式」 (2 of 2)',
      "sheets 「旧様式」 also hold the form's header; only 「様式」 was read",
    ]);
  });

  it('reads the title line and 「府省名：…」 above the header', async () => {
    const table = await readWorkbookTable(await formBytes([ROW_1]), 'x.xlsx');

    expect(table.title).toBe(TITLE);
    expect(table.ministry).toBe('テスト省');
  });

  it('when 府省名 is in one cell and the name in the next, reads the name from the next cell', async () => {
    const bytes = await formBytes([ROW_1], (sheet) => {
      sheet.getCell('B2').value = '府省名';
      sheet.getCell('C2').value = '架空庁';
    });

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.ministry).toBe('架空庁');
  });

  it('when no cell holds the title, reads it from the page header, with a warning', async () => {
    const bytes = await formBytes([ROW_1], (sheet) => {
      sheet.unMergeCells('B1:I1');
      sheet.getCell('B1').value = null;
      sheet.headerFooter = { oddHeader: `&C&"Noto Serif CJK JP,Regular"&9${TITLE}` };
    });

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.title).toBe(TITLE);
    expect(table.warnings).toContainEqual({ message: 'title read from the page header of sheet 「様式」' });
  });

  it("gives all the sheet's text in `text`, one cell a line", async () => {
    const table = await readWorkbookTable(await formBytes([ROW_1]), 'x.xlsx');

    expect(table.text.split('\n')).toEqual(expect.arrayContaining([TITLE, '府省名：テスト省', '【継続】次官からメッセージを発信した。']));
  });
});

describe('readWorkbookTable › cells', () => {
  it('when the 大項目 cell is merged over three rows, only the first row carries the section', async () => {
    const bytes = await formBytes([ROW_1, ROW_2, ROW_3], (sheet) => sheet.mergeCells('B5:B7'));

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows.map((row) => row.section)).toEqual(['働き方改革', null, null]);
    expect(table.rows.map((row) => row.origin.cells)).toEqual(['B5:I5', 'B6:I6', 'B7:I7']);
  });

  it('reads numeric item cells as their digits, and full-width digits as printed', async () => {
    const bytes = await formBytes([ROW_1, [null, '２', null, '管理職の意識醸成', '実施', null, null, null]]);

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows.map((row) => row.labels[0])).toEqual(['1', '２']);
  });

  it('reads a rich text cell as its runs joined', async () => {
    const title: ExcelJS.CellRichTextValue = { richText: [{ text: '価値観・意識の' }, { text: '改革', font: { bold: true } }, { text: 'について' }] };
    const bytes = await formBytes([['働き方改革', 1, null, title, '実施', null, null, null]]);

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows[0]?.labels).toEqual(['1', '価値観・意識の改革について']);
  });

  it('reads a formula cell as its cached result and never as the formula', async () => {
    const status: ExcelJS.CellFormulaValue = { formula: 'IF(TRUE,"実施未定","")', result: '実施' };
    const bytes = await formBytes([['働き方改革', { formula: '1+1', result: 1 }, null, '価値観', status, null, null, null]]);

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows[0]?.labels).toEqual(['1', '価値観']);
    expect(table.rows[0]?.status).toBe('実施');
    expect(table.text).not.toContain('IF(');
  });

  it('reads a hyperlink as its text and a percentage as displayed', async () => {
    const link: ExcelJS.CellHyperlinkValue = { text: '【継続】ポータルサイトに掲載した。', hyperlink: 'https://example.jp/' };
    const bytes = await formBytes([['働き方改革', 1, null, '価値観', '実施', null, link, 0.436]], (sheet) => {
      sheet.getCell('I5').numFmt = '0.0%';
    });

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows[0]?.statements).toEqual(['【継続】ポータルサイトに掲載した。']);
    expect(table.rows[0]?.results).toBe('43.6%');
  });

  it("when a title's last line is a bracketed variant, splits it off as its own label", async () => {
    const bytes = await formBytes([[null, 7, null, '育児休業取得職員等を対象としたセミナーの実施\n（独自実施のもの）', '実施', null, null, null]]);

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows[0]?.labels).toEqual(['7', '育児休業取得職員等を対象としたセミナーの実施', '（独自実施のもの）']);
  });

  it('when a title wraps by hand, joins its lines without a space between Japanese characters and keeps a trailing bracket on the same line', async () => {
    const bytes = await formBytes([
      [null, 6, null, '管理職の候補となり得る女性職員の\n計画的な育成（配置、研修、個別の育成方針の策定等）', '実施', null, null, null],
    ]);

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows[0]?.labels).toEqual(['6', '管理職の候補となり得る女性職員の計画的な育成（配置、研修、個別の育成方針の策定等）']);
  });

  it('splits column C at its line breaks into statements, trimmed, keeping 【tag】 and ・ at the front', async () => {
    const actions =
      ' 【継続】年次休暇の取得を次のとおり促した。\r\n・計画表を  四半期ごとに作成\n\n・連続休暇の取得を奨励\n【新規】説明会を開催した。 ';
    const bytes = await formBytes([['働き方改革', 6, null, '休暇の取得促進', '実施', null, actions, null]]);

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows[0]?.statements).toEqual([
      '【継続】年次休暇の取得を次のとおり促した。',
      '・計画表を 四半期ごとに作成',
      '・連続休暇の取得を奨励',
      '【新規】説明会を開催した。',
    ]);
  });

  it("joins column D's lines with a space and keeps status marks such as 「－」 as printed", async () => {
    const bytes = await formBytes([
      ['働き方改革', 1, null, '男性職員の育児休業取得率', '－', null, '目標：30%', '取得率が上がった。\n前年度比10ポイント増。'],
    ]);

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows[0]?.results).toBe('取得率が上がった。 前年度比10ポイント増。');
    expect(table.rows[0]?.status).toBe('－');
    expect(table.rows[0]?.reason).toBeNull();
  });
});

describe("readWorkbookTable › the table's shape", () => {
  it('ignores an empty spacer column between the titles and (A)', async () => {
    const bytes = await formBytes([ROW_1, ROW_3], (sheet) => sheet.spliceColumns(6, 0, []));

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows.map((row) => [row.labels, row.status, row.reason])).toEqual([
      [['1', '価値観・意識の改革についての明確なメッセージの継続的発信'], '実施', null],
      [['ア', '本府省等における課室長級職員を対象とした多面観察の実施'], '実施未定', '組織改編を控えているため。'],
    ]);
    expect(table.rows[0]?.origin.cells).toBe('B5:J5');
  });

  it('skips a note row merged across the table under the header, with a warning naming its cell', async () => {
    const bytes = await formBytes([[], ROW_1], (sheet) => {
      sheet.getCell('B5').value = '※ 取組の実施状況は年度末時点で記載';
      sheet.mergeCells('B5:I5');
    });

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.labels[0]).toBe('1');
    expect(table.warnings).toContainEqual({ cells: 'B5', message: 'note row skipped: 「※ 取組の実施状況は年度末時点で記載」' });
  });

  it('skips empty rows between rows and stops after a long run of empty rows', async () => {
    const body: BodyRow[] = [ROW_1, [], [], ROW_2, ...Array.from({ length: 40 }, () => []), ROW_3];

    const table = await readWorkbookTable(await formBytes(body), 'x.xlsx');

    expect(table.rows.map((row) => row.labels[0])).toEqual(['1', '2']);
    expect(table.warnings.map((warning) => warning.message)).toContainEqual(expect.stringContaining('text below the table ignored'));
  });

  it("when a row's cells are merged down over two sheet rows, reads one row spanning both, with column C from both", async () => {
    const bytes = await formBytes([ROW_1, [null, null, null, null, null, null, '【新規】座談会を動画で配信した。', null], ROW_2], (sheet) => {
      for (const col of ['C', 'D', 'E', 'F', 'G']) sheet.mergeCells(`${col}5:${col}6`);
    });

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows).toHaveLength(2);
    expect(table.rows[0]?.origin).toEqual({ sheet: '様式', cells: 'B5:I6' });
    expect(table.rows[0]?.statements).toEqual(['【継続】次官からメッセージを発信した。', '【新規】座談会を動画で配信した。']);
    expect(table.rows[1]?.origin.cells).toBe('B7:I7');
    expect(table.warnings).toEqual([]);
  });

  it('when a row holds only column C text without a merge, continues the row above and warns', async () => {
    const bytes = await formBytes([ROW_1, [null, null, null, null, null, null, '【新規】座談会を動画で配信した。', null]]);

    const table = await readWorkbookTable(bytes, 'x.xlsx');

    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.statements).toHaveLength(2);
    expect(table.rows[0]?.origin.cells).toBe('B5:I6');
    expect(table.warnings).toContainEqual({ cells: 'H6', message: 'row continues the row at B5' });
  });
});

describe('readWorkbookTable › files it refuses', () => {
  it('when the file is a password-protected workbook (a CFB container with EncryptedPackage), SOURCE_UNREADABLE saying password-protected', async () => {
    const magic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const bytes = Buffer.concat([magic, Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(64)]);

    const error = await readError(bytes);

    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toMatch(/^x\.xlsx: .*password-protected/u);
  });

  it('when the file is an old .xls (a CFB container without EncryptedPackage), SOURCE_UNREADABLE asking to save it as .xlsx', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.from('Workbook', 'utf16le'),
      Buffer.alloc(512),
    ]);

    const error = await readError(bytes);

    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toContain('save it as .xlsx');
  });

  it('when the workbook is truncated, SOURCE_UNREADABLE naming the file', async () => {
    const whole = await formBytes([ROW_1]);

    const error = await readError(whole.subarray(0, Math.floor(whole.length / 2)));

    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toMatch(/^x\.xlsx: not a readable workbook \(.+\)$/u);
  });

  it('when the file is a zip but not a workbook, SOURCE_UNREADABLE', async () => {
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(200, 7)]);

    const error = await readError(zip);

    expect(error.code).toBe('SOURCE_UNREADABLE');
    expect(error.message).toMatch(/^x\.xlsx: not a readable workbook \(/u);
  });

  it('when the file is not a zip at all, SOURCE_UNREADABLE', async () => {
    const error = await readError(Buffer.from('大項目\t中項目\n', 'utf8'));

    expect([error.code, error.message]).toEqual(['SOURCE_UNREADABLE', 'x.xlsx: not a readable workbook (not a zip file)']);
  });

  it('when the file is empty, SOURCE_EMPTY', async () => {
    const error = await readError(Buffer.alloc(0));

    expect(error.code).toBe('SOURCE_EMPTY');
  });

  it('when no sheet holds the header, SOURCE_NOT_A_REPORT naming the sheets looked at', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('集計').getCell('A1').value = '大項目';
    workbook.addWorksheet('メモ').getCell('A1').value = TITLE;

    const error = await readError(await bytesOf(workbook));

    expect(error.code).toBe('SOURCE_NOT_A_REPORT');
    expect(error.message).toContain('「集計」, 「メモ」');
  });

  it('when the header has no rows under it, SOURCE_UNPARSEABLE naming the sheet and the header cell', async () => {
    const error = await readError(await formBytes([]));

    expect(error.code).toBe('SOURCE_UNPARSEABLE');
    expect(error.message).toBe("x.xlsx: sheet 「様式」 B3: the form's header has no rows under it");
  });

  it("when the form's sheet holds more cells than maxCells, SOURCE_UNPARSEABLE saying so", async () => {
    const body = Array.from({ length: 30 }, (_, index): BodyRow => [
      null,
      index + 1,
      null,
      `取組${index + 1}`,
      '実施',
      null,
      '【継続】実施した。',
      null,
    ]);

    const error = await readError(await formBytes(body), { maxCells: 100 });

    expect(error.code).toBe('SOURCE_UNPARSEABLE');
    expect(error.message).toMatch(/^x\.xlsx: sheet 「様式」 holds \d+ cells, more than the 100 read/u);
  });
});

// ---- The generated fixtures (scripts/make-form-fixtures.mjs), each against the TXT it was made from. ----

const FORMS = join(__dirname, '..', 'fixtures', 'forms');
const ROOT = join(__dirname, '..', '..');
const forms = existsSync(FORMS)
  ? readdirSync(FORMS)
      .filter((name) => name.endsWith('.xlsx'))
      .sort()
  : [];

/** The TXT a fixture workbook was generated from: tests/fixtures/<name>.txt, or the seed data/<name>-followup.txt. */
function twinOf(form: string): string {
  const name = basename(form, '.xlsx');
  const fixture = join(ROOT, 'tests', 'fixtures', `${name}.txt`);
  return existsSync(fixture) ? fixture : join(ROOT, 'data', `${name}-followup.txt`);
}

const VARIANT = /^[(（][^()（）]{2,40}[)）]$/u;
const MARKER = /^(?:[0-9０-９]+|[a-zａ-ｚ]|[ア-ン])$/u;

/** Row titles as the TXT parser gives them (variant appended to its base); a variant-only row takes the base above. */
function titlesOf(rows: FormRow[]): string[] {
  let base = '';
  return rows.map(({ labels }) => {
    const words = labels.filter((label) => !MARKER.test(label));
    const last = words.at(-1);
    const variant = last !== undefined && VARIANT.test(last) ? last : '';
    const own = variant ? words.slice(0, -1) : words;
    if (own.length > 0) base = own.join('');
    return `${base}${variant}`;
  });
}

describe.each(forms)('readWorkbookTable › generated fixture %s', (form) => {
  const twin = twinOf(join(FORMS, form));
  const parsed = parseReport(readFileSync(twin, 'utf8'), basename(twin), readSidecarMeta(twin));
  let table: Awaited<ReturnType<typeof readWorkbookTable>>;

  beforeAll(async () => {
    table = await readWorkbookTable(readFileSync(join(FORMS, form)), form);
  });

  it('finds the form, its title and its ministry', () => {
    expect(table.sheet).toBeTruthy();
    expect(table.title).toContain(parsed.report.fiscalYearLabel);
    expect(table.title).toContain('フォローアップ');
    expect(table.ministry).toBe(parsed.report.ministry);
  });

  it('reads as many rows as its TXT twin parses into, with the same titles in order', () => {
    expect(table.rows).toHaveLength(parsed.rows.length);
    expect(titlesOf(table.rows)).toEqual(parsed.rows.map((row) => row.title));
  });

  it("reads each row's column C into as many statements as the TXT twin has", () => {
    expect(table.rows.map((row) => row.statements.length)).toEqual(parsed.rows.map((row) => row.statements.length));
  });
});

// ---- The generated bad inputs (tests/fixtures/forms/bad/), each with the error it must give. ----

const BAD = join(FORMS, 'bad');
const BAD_CASES: Array<[file: string, code: string, message: RegExp]> = [
  ['truncated.xlsx', 'SOURCE_UNREADABLE', /^truncated\.xlsx: not a readable workbook \(/u],
  ['not-a-form.xlsx', 'SOURCE_NOT_A_REPORT', /^not-a-form\.xlsx: no sheet holds the follow-up form .*「.+」/u],
  ['legacy.xls', 'SOURCE_UNREADABLE', /^legacy\.xls: .*save it as \.xlsx/u],
];

describe.each(BAD_CASES.filter(([file]) => existsSync(join(BAD, file))))('readWorkbookTable › bad input %s', (file, code, message) => {
  it(`fails with ${code}, naming the file`, async () => {
    const error = await readWorkbookTable(readFileSync(join(BAD, file)), file).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(AppError);
    expect([(error as AppError).code, (error as AppError).message]).toEqual([code, expect.stringMatching(message)]);
  });
});

describe.each(existsSync(join(BAD, 'macro.xlsm')) ? ['macro.xlsm'] : [])('readWorkbookTable › %s (macro-enabled, values only)', (file) => {
  it('reads it like the .xlsx it was saved from: the same rows as test-ministry-r3.txt', async () => {
    const twin = join(ROOT, 'tests', 'fixtures', 'test-ministry-r3.txt');
    const parsed = parseReport(readFileSync(twin, 'utf8'), basename(twin));

    const table = await readWorkbookTable(readFileSync(join(BAD, file)), file);

    expect(table.ministry).toBe('テスト省');
    expect(titlesOf(table.rows)).toEqual(parsed.rows.map((row) => row.title));
  });
});
