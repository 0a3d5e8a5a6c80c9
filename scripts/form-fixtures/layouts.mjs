/**
 * The three sheet layouts the fixtures are printed in, so that no reader comes to depend on one of them.
 * Column keys: section (大項目), number, group (a/b), kana (ア), title, spacer (empty), status (A), reason (B),
 * actions (C), results (D).
 */

/** A: vertical merged 大項目, Noto Sans 9pt, title on the first page only, one form sheet. */
export const LAYOUT_A = {
  name: 'A',
  font: { name: 'Noto Sans CJK JP', size: 9 },
  columns: [
    ['section', 6],
    ['number', 4],
    ['group', 3],
    ['kana', 3],
    ['title', 26],
    ['status', 8],
    ['reason', 12],
    ['actions', 48],
    ['results', 20],
  ],
  sectionStyle: 'merged-vertical',
  sheetName: 'フォローアップ',
  sheetsBefore: [],
  blankRowBeforeHeader: false,
  note: null,
  pageHeader: null,
  pageFooter: '&C- &P -',
};

/** B: 大項目 repeated in horizontal text, a note row under the header, a spacer column, 11pt, an instructions sheet first. */
export const LAYOUT_B = {
  name: 'B',
  font: { name: 'Noto Sans CJK JP', size: 11 },
  columns: [
    ['section', 14],
    ['number', 4],
    ['group', 3],
    ['kana', 3],
    ['title', 34],
    ['spacer', 2],
    ['status', 9],
    ['reason', 16],
    ['actions', 56],
    ['results', 26],
  ],
  sectionStyle: 'repeated-horizontal',
  sheetName: '様式',
  sheetsBefore: ['記入要領'],
  blankRowBeforeHeader: true,
  note: '※ 取組の実施状況は令和2年度末時点で記載',
  pageHeader: null,
  pageFooter: '&C&P / &N',
};

/** C: vertical merged 大項目, Noto Serif 10pt, a narrow C, the title also in the page header of every page. */
export const LAYOUT_C = {
  name: 'C',
  font: { name: 'Noto Serif CJK JP', size: 10 },
  columns: [
    ['section', 5],
    ['number', 4],
    ['group', 3],
    ['kana', 3],
    ['title', 24],
    ['status', 8],
    ['reason', 14],
    ['actions', 34],
    ['results', 20],
  ],
  sectionStyle: 'merged-vertical',
  sheetName: '令和3年度',
  sheetsBefore: ['表紙'],
  blankRowBeforeHeader: false,
  note: null,
  pageHeader: (title) => `&C&"Noto Serif CJK JP,Regular"&9${title}`,
  pageFooter: '&R&P',
};
