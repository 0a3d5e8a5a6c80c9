/**
 * Types shared by every stage of the pipeline:
 * report file → ParsedReport (rows, statements, metrics) → Initiative (one searchable record) → index → query.
 */

/** The four canonical 大項目 of the common follow-up template, in template order. */
export const SECTIONS = ['働き方改革', '育児・介護等と両立して活躍できるための改革', '女性の活躍推進のための改革', 'その他'] as const;
export type Section = (typeof SECTIONS)[number];

/** 【継続】【新規】【拡充】 change tags. */
export const TAGS = ['継続', '新規', '拡充'] as const;
export type Tag = (typeof TAGS)[number];

/** 実施状況 (column A). null when the row has no status cell (e.g. metric rows, headings). */
export const STATUSES = ['実施', '実施未定'] as const;
export type Status = (typeof STATUSES)[number];

/** The file formats a report arrives in: the published PDF, the ministries' Excel form, or a text extraction. */
export const SOURCE_FORMATS = ['pdf', 'xlsx', 'txt'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/**
 * Where a row stands in its source file, in that format's own terms, for the 出典 line and the link to the original:
 * lines of a text extraction, pages of a PDF, a sheet's cell range in a workbook.
 */
export interface Origin {
  /** TXT: 1-based line range, inclusive. */
  lines?: [number, number];
  /** PDF: 1-based page range, inclusive (a row may continue on the next page). */
  pages?: [number, number];
  /** XLSX: the sheet's name. */
  sheet?: string;
  /** XLSX: the row's cell range, e.g. B12:J14. */
  cells?: string;
}

/** A report: one ministry, one fiscal year. */
export interface Report {
  /** 12 hex characters from ministry and fiscal year: a report's identity (a second file for the pair is refused). */
  id: string;
  /** 府省 name as printed, e.g. 財務省. */
  ministry: string;
  /** Western fiscal year, e.g. 2020 for 令和2年度. */
  fiscalYear: number;
  /** The fiscal year as printed, e.g. 令和2年度. */
  fiscalYearLabel: string;
  /** The report's title line without the year, e.g. 女性職員活躍と職員のワークライフバランス推進のための取組計画等フォローアップ. */
  title: string;
  /** Path of the source file relative to the data folder, e.g. mof-fy2020-followup.txt. */
  source: string;
  format: SourceFormat;
  /** PDF: number of pages; null for other formats. */
  pages: number | null;
  /** XLSX: the sheet that holds the form; null for other formats. */
  sheet: string | null;
}

/** One number of a metric as printed: 「13%（令和2年）」 → {value: 13, unit: '%', period: '令和2年'}. */
export interface Quantity {
  value: number;
  unit: string;
  /** The period in brackets as printed (令和2年, 令和元年度, 令和2年4月1日), or null. */
  period: string | null;
  /** 以上 / 程度 / 未満 … when the report qualifies the number, else null. */
  qualifier: string | null;
  /** The whole phrase as printed, e.g. 「政府全体の目標(30%以上(毎年度))に留意」. */
  text: string;
}

/** 目標・現状: a numeric target row. */
export interface Metric {
  /** 【全体】/【総合職】/【本省課室長相当職】 … without brackets, or null when the row has one unlabelled metric. */
  label: string | null;
  target: Quantity | null;
  current: Quantity | null;
  baseline: Quantity | null;
  /** The metric's text as printed (HTML removed, whitespace normalised). */
  text: string;
}

/** One entry of column C: a 【tag】 paragraph, an untagged paragraph or a list item. */
export interface Statement {
  /** Stable id: 12 lowercase hex characters derived from ministry, year, section, item, sub-item, row variant and position. */
  id: string;
  tag: Tag | null;
  /** A non-tag bracket label such as 全体 / 総合職 (metric rows), or a 審議会: style lead, else null. */
  label: string | null;
  text: string;
  /** Shared by statements whose normalised text is identical within the corpus or report; null when unique. */
  duplicateGroup: string | null;
}

/** One 中項目 / 小項目 row of the table. */
export interface Row {
  section: Section;
  /** 中項目 number, or null when the report does not give one. */
  item: number | null;
  /** 小項目 label (ア, イ, ウ …), or null for an item-level row. */
  sub: string | null;
  /** The 小項目 group letter (a, b) printed before the label in some items (b-ア); a bare label inherits the row above's. */
  subGroup: string | null;
  /** The row's own title (the sub-item's title for sub-item rows), with any variant such as (独自実施のもの) appended. */
  title: string;
  status: Status | null;
  /** Column B: why 実施未定 was chosen. */
  reason: string | null;
  /** Column D: concrete results. */
  results: string | null;
  statements: Statement[];
  metrics: Metric[];
  origin: Origin;
}

/** Something the parser read around; `line` for a TXT, `page` for a PDF, `cells` (with the sheet) for a workbook. */
export interface ParseWarning {
  line?: number;
  page?: number;
  cells?: string;
  message: string;
}

export interface ParsedReport {
  report: Report;
  rows: Row[];
  warnings: ParseWarning[];
}

/** What an Initiative record stands for: a statement, a metric's text, or the fallback text of a row without statements. */
export type InitiativeKind = 'statement' | 'metric' | 'reason' | 'title';

/**
 * One searchable record: a statement (or a metric, or a statementless row's reason/title) with its row and report context.
 * This is what search, similar, compare, timeline and answers work on.
 */
export interface Initiative {
  id: string;
  kind: InitiativeKind;
  ministry: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  section: Section;
  item: number | null;
  /** The 中項目 title from the common template (or as printed when the template lacks it). */
  itemTitle: string | null;
  sub: string | null;
  subGroup: string | null;
  /** The row's title (equals itemTitle for item-level rows). */
  rowTitle: string;
  status: Status | null;
  tag: Tag | null;
  label: string | null;
  text: string;
  reason: string | null;
  results: string | null;
  /** Present when kind is 'metric'. */
  metric: Metric | null;
  /** Identifies the row, so the other statements of the same row can be found. */
  rowKey: string;
  /** Position of the record within its row (0-based). */
  position: number;
  /** Position of the record within its report, for report order listings. */
  order: number;
  duplicateGroup: string | null;
  source: string;
  /** The report's id (for the link to the original file). */
  reportId: string;
  origin: Origin;
}
