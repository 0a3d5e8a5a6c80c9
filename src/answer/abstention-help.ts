/**
 * What an abstention offers next: a search with the filters set (the reports that hold the figure, else the one asked
 * about) and a few questions these reports can answer, built from the corpus (its target rows and its tags).
 */
import type { SearchEngine } from '../query/types';
import type { ReportCatalog } from './report-catalog';
import type { ReportRef, SuggestedSearch } from './types';

const MAX_EXAMPLES = 3;

/** The search page's URL: /?q=…&ministry=…&year=… (the page's own parameters). */
export function searchUrl(q: string, ministry?: string, year?: number): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (ministry) params.set('ministry', ministry);
  if (year !== undefined) params.set('year', String(year));
  return `/?${params.toString()}`;
}

/** A search for the question's subject, in the first report that holds it, else in the ministry and year asked. */
export function suggestSearch(subject: string, asked: { ministry: string | null; fiscalYear: number | null }, heldBy: ReportRef[]): SuggestedSearch {
  const q = subject.replace(/\s+/g, ' ').trim();
  const [holder] = heldBy;
  const ministry = holder?.ministry ?? asked.ministry ?? undefined;
  const year = holder?.fiscalYear ?? asked.fiscalYear ?? undefined;
  return { q, ...(ministry ? { ministry } : {}), ...(year !== undefined ? { year } : {}), url: searchUrl(q, ministry, year) };
}

/**
 * Example questions for a ministry's latest report (the one asked, else the first holder, else the first ministry):
 * a target row's current value, its 新規 initiatives, and the question asked again of a report that holds it.
 */
export function exampleQuestions(
  engine: SearchEngine,
  catalog: ReportCatalog,
  subject: string,
  ministry: string | null,
  heldBy: ReportRef[],
): string[] {
  const examples: string[] = [];
  const [holder] = heldBy;
  if (holder && subject) examples.push(`${holder.ministry}の${holder.fiscalYearLabel}の${subject}は？`);
  const asked = ministry ?? holder?.ministry ?? catalog.ministries[0];
  if (!asked) return examples;
  const years = catalog.yearsOf.get(asked) ?? [];
  const latest = years[years.length - 1];
  const label = latest === undefined ? '' : catalog.labelOf(asked, latest);
  const metric = engine.metrics().find((e) => e.ministry === asked && e.fiscalYear === latest);
  if (metric) examples.push(`${asked}の${label}の${metric.rowTitle}${metric.metric.label ? `（${metric.metric.label}）` : ''}の現状は？`);
  examples.push(`${asked}が${label}に新規に始めた取組は？`);
  if (years.length > 1 && metric) examples.push(`${asked}の${metric.rowTitle}は前年度からどれだけ変わった？`);
  return [...new Set(examples)].slice(0, MAX_EXAMPLES);
}
