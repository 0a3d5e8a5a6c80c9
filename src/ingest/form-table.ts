/**
 * The follow-up form as a table, whatever file it came from: what a PDF reader (by geometry) or a workbook
 * reader (by cells) hands on, before the rows are placed in the template's numbering and split into statements
 * (parse-form-table.ts). Both readers fill the same shape, so every later stage is the same for every format.
 */
import type { Origin, ParseWarning } from '../domain/types';

/** One row of the form's table (one 中項目 / 小項目 / variant line), its cells as printed. */
export interface FormRow {
  /**
   * The 大項目 column's text beside this row, or null when the row has none (a merged cell's text belongs to the
   * first row it spans; vertical text is joined top to bottom; a page break may leave only a piece: 「働き方」).
   */
  section: string | null;
  /**
   * The 中項目 / 小項目 columns left to right, one entry per non-empty cell: item number, group letter (a, b), kana
   * label (ア, イ), title, and a variant such as 「(独自実施のもの)」 as its own entry. A title's wrapped lines are one
   * entry; a variant printed on the title's last line is split off into its own entry.
   */
  labels: string[];
  /** Column A as printed (実施 / 実施未定 / － / empty → null). */
  status: string | null;
  /** Column B: the reason for 実施未定, or null. */
  reason: string | null;
  /**
   * Column C, one entry per paragraph: a line wrap is not a new paragraph; a 【tag】, a bullet (・) or, in a
   * workbook, a line break inside the cell starts one. A bullet stays at the front of its entry.
   */
  statements: string[];
  /** Column D: the results, paragraphs joined with a space, or null. */
  results: string | null;
  origin: Origin;
}

/** The form read from one file. */
export interface FormTable {
  /** The title line as printed, e.g. 「令和3年度 女性職員活躍と…フォローアップ」, or null when none was found. */
  title: string | null;
  /** The ministry from a 「府省名：…」 line above the table, or null. */
  ministry: string | null;
  rows: FormRow[];
  /** All the text of the file, for guessing the ministry when no 府省名 line says it. */
  text: string;
  /** PDF: page count. */
  pages?: number;
  /** XLSX: the sheet the form was taken from. */
  sheet?: string;
  warnings: ParseWarning[];
}
