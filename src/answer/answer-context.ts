/** What every kind of answer works from, and what it hands back before the guard and the threshold. */
import type { Initiative } from '../domain/types';
import type { SearchEngine } from '../query/types';
import type { QuestionShape } from './classify-question';
import type { JapaneseDate } from './japanese-dates';
import type { ChangeYears } from './answer-targets';
import type { ReportCatalog } from './report-catalog';
import type { SubjectMatcher } from './relevance';
import { preparedInScope, type Scope } from './retrieve-candidates';
import type { AnswerRow, AnswerSource, QuestionKind, SourceField } from './types';

export interface AnswerContext {
  engine: SearchEngine;
  catalog: ReportCatalog;
  question: string;
  shape: QuestionShape;
  /** The ministry / year filter this draft is for. */
  scope: Scope;
  /** For a change: the earlier and the later fiscal year of the scope's ministry (and the years between, for a trend); null otherwise. */
  years: ChangeYears | null;
  /** The subject's matcher (with the analyser's synonyms). */
  matcher: SubjectMatcher;
  /** The subject as a search query. */
  query: string;
  /** Dates the question names other than the report year it is scoped to (「令和2年7月時点の…」「平成26年度の…」). */
  periodDates: JapaneseDate[];
  /** true when a named year has no report, so it can only be a metric's period: only a metric may answer. */
  periodRequired: boolean;
  /** Every fiscal year the question names (a draft is for one of them; 「両方の年度で」 asks of them all). */
  askedYears: number[];
}

/** An answer before the number guard and the abstention threshold. */
export interface Draft {
  /** Set when the answer is of another kind than the question's (a status question answered by statements). */
  kind?: QuestionKind;
  answer: string;
  /** 0..1 */
  confidence: number;
  sources: AnswerSource[];
  /** Numbers the answer computed rather than quoted (a count of listed statements), which the guard accepts. */
  derived?: number[];
  table?: AnswerRow[];
  /** The one figure the answer gives (a metric's field, a single count), for ordering ministries by it (「最も高いのは」). */
  measure?: Measure;
  /** A target's verdict when the answer gives one (達成 true, 未達成 false), for 「達成しているのはどこ？」. */
  met?: boolean;
  /** How a figure followed over three or more years moved (毎年増加, 横ばい …: trendOf in answer-change.ts). */
  trend?: string;
  /** Set when the answer is of several years' reports together (a ministry's counts added up): its row names no one year. */
  acrossYears?: boolean;
}

export interface Measure {
  value: number;
  unit: string;
  /** As the report prints it: 「43.6%（令和元年度）」「15.8日」. */
  printed: string;
}

/** A source quoting an initiative; `text` defaults to the initiative's own text. */
export function sourceOf(initiative: Initiative, text: string = initiative.text, field?: SourceField): AnswerSource {
  return {
    id: initiative.id,
    text,
    ministry: initiative.ministry,
    fiscalYear: initiative.fiscalYear,
    fiscalYearLabel: initiative.fiscalYearLabel,
    origin: initiative.origin,
    reportId: initiative.reportId,
    field: field ?? (initiative.kind === 'metric' ? 'metric' : initiative.kind === 'reason' ? 'reason' : 'statement'),
  };
}

/** A report's first record, standing for the report itself (what a 「記載なし」 or a count of none is read from). */
export function reportSource(context: Pick<AnswerContext, 'engine'>, ministry: string, fiscalYear: number): AnswerSource[] {
  const [first] = [...preparedInScope(context.engine, { ministry, fiscalYear })].sort((a, b) => a.initiative.order - b.initiative.order);
  return first ? [sourceOf(first.initiative, first.initiative.text, 'report')] : [];
}
