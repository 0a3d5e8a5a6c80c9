/** Question answering contract: implemented by src/answer/answer-question.ts. */
import type { Origin, Status, Tag } from '../domain/types';

export const QUESTION_KINDS = ['metric', 'met', 'status', 'when', 'count', 'what', 'list', 'change', 'reason', 'unknown'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/**
 * Which part of a report a source quotes: a statement (C), the results (D), the reason for 実施未定 (B), a target row;
 * 'report': the report's first record, standing for the whole report read (for 「0件」: what is absent has no row).
 */
export type SourceField = 'statement' | 'results' | 'reason' | 'metric' | 'status' | 'report';

export interface AnswerSource {
  /** The initiative quoted (for the results or reason of a row: the row's first record). */
  id: string;
  text: string;
  ministry: string;
  fiscalYear: number;
  /** The fiscal year as the report prints it (令和3年度). */
  fiscalYearLabel?: string;
  /** Where the quoted row stands in its source file (for the 出典 line). */
  origin?: Origin;
  reportId?: string;
  field?: SourceField;
}

/** One line of a per-ministry answer: a ministry's report and what it says. */
export interface AnswerRow {
  ministry: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  /** The value or short answer for that report. */
  value: string;
  /** Ids of this row's sources (in `sources`). */
  sourceIds: string[];
}

/** The search that may help after an abstention: its query and filters, and the search page's URL with them set. */
export interface SuggestedSearch {
  q: string;
  ministry?: string;
  year?: number;
  /** That year as the report prints it (令和3年度). */
  fiscalYearLabel?: string;
  /** For a list or a count of initiatives: the tags asked for (tag=新規). */
  tag?: Tag[];
  /** For rows of a status (実施未定の項目): that status. */
  status?: Status;
  /** What is searched, in words: 「テレワーク」「【新規】の取組」「テレワーク（【新規】の取組）」. */
  label?: string;
  url: string;
}

/** A report named in an abstention's note as one that holds what was asked. */
export interface ReportRef {
  ministry: string;
  fiscalYear: number;
  fiscalYearLabel: string;
}

export interface Answer {
  question: string;
  kind: QuestionKind;
  /** A short answer, or null when the reports do not say (the UI shows 「資料からは分かりません」). */
  answer: string | null;
  /** 0..1; of the answers given at 0.8 or more, at least nine in ten are right on the question set. */
  confidence: number;
  sources: AnswerSource[];
  /** The ministry / year the answer is for, when the corpus has several and one report answers. */
  scope?: { ministry?: string; fiscalYear?: number; fiscalYearLabel?: string };
  /** Per-ministry answer when the question names no ministry and several reports answer. */
  table?: AnswerRow[];
  /** The first line of a table asked for its highest or lowest figure: 「最も高いのは財務省（43.6%（令和元年度））」. */
  lead?: string;
  /** The question as answered when it was read with conversion slips fixed (「本性」 → 「本省」); absent when read as typed. */
  readAs?: { question: string; fixes: { from: string; to: string }[] };
  /** Why the answer is null, in Japanese: 「財務省の報告には記載がありません（テスト省の令和3年度の報告に記載があります）」. */
  note?: string;
  /** Other reports that do hold what was asked (with an abstention). */
  heldBy?: ReportRef[];
  /** With an abstention: a search that may help. */
  suggestedSearch?: SuggestedSearch;
  /** With an abstention: questions these reports can answer. */
  examples?: string[];
}
