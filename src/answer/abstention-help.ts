/**
 * What an abstention offers next: a search with the filters set (the reports that hold what was asked, else the one
 * asked about; for a list or a count of initiatives, the tag or status asked for) and a few questions these reports can
 * answer — the question asked again of a report that holds it, then questions of the kind asked, built from the corpus.
 */
import type { Status, Tag } from '../domain/types';
import type { SearchEngine } from '../query/types';
import { isEnumeration, type QuestionShape } from './classify-question';
import { toHalfWidthDigits } from './japanese-numbers';
import type { QuestionScope } from './question-scope';
import type { ReportCatalog } from './report-catalog';
import { preparedInScope } from './retrieve-candidates';
import type { ReportRef, SuggestedSearch } from './types';
import { escapeRegExp } from '../domain/escape-regexp';

const MAX_EXAMPLES = 3;

/** What the question asked, as read: enough to suggest the search and to ask the question again of another report. */
export interface AbstainedQuestion {
  engine: SearchEngine;
  catalog: ReportCatalog;
  question: string;
  scope: QuestionScope;
  shape: QuestionShape;
}

/** The search page's URL: /?q=…&ministry=…&year=…&tag=…&status=… (the page's own parameters). */
export function searchUrl(q: string, ministry?: string, year?: number, filters: { tag?: Tag[]; status?: Status } = {}): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (ministry) params.set('ministry', ministry);
  if (year !== undefined) params.set('year', String(year));
  for (const tag of filters.tag ?? []) params.append('tag', tag);
  if (filters.status) params.set('status', filters.status);
  return `/?${params.toString()}`;
}

/** The words to search: the subject (for a list of a tag, only what is left beside the tag), without a ministry we do not hold. */
function searchWords({ scope, shape }: AbstainedQuestion): string {
  const words = isEnumeration(shape) ? shape.subject : shape.subject || scope.rest;
  const foreign = scope.foreignMinistry ? new RegExp(`${escapeRegExp(scope.foreignMinistry)}(の|は|が|で|に|では)?`, 'g') : null;
  return (foreign ? words.replace(foreign, ' ') : words)
    .replace(/[?？。]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the link searches, in words: 「テレワーク」「【新規】の取組」「テレワーク（【新規】の取組）」「実施未定の項目」. */
function searchLabel(q: string, filters: { tag?: Tag[]; status?: Status }): string {
  const enumerated = filters.status ? `${filters.status}の項目` : filters.tag ? `${filters.tag.map((t) => `【${t}】`).join('・')}の取組` : '';
  if (!enumerated) return q;
  return q ? `${q}（${enumerated}）` : enumerated;
}

/**
 * A search for the question's subject, in the first report that holds it, else in the ministry and year asked; a list
 * or a count of initiatives searches for its tag or status; a change, in every year of the ministry (both years compared).
 */
export function suggestSearch(
  asked: AbstainedQuestion,
  report: { ministry: string | null; fiscalYear: number | null },
  heldBy: ReportRef[],
): SuggestedSearch {
  const { shape, catalog } = asked;
  const q = searchWords(asked);
  const filters: { tag?: Tag[]; status?: Status } = !isEnumeration(shape) ? {} : shape.status ? { status: shape.status } : { tag: shape.tags };
  const [holder] = heldBy;
  const ministry = holder?.ministry ?? report.ministry ?? undefined;
  const year = shape.kind === 'change' ? undefined : (holder?.fiscalYear ?? report.fiscalYear ?? undefined);
  const label = year === undefined ? undefined : (holder?.fiscalYearLabel ?? (ministry ? catalog.labelOf(ministry, year) : undefined));
  return {
    q,
    ...(ministry ? { ministry } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(label ? { fiscalYearLabel: toHalfWidthDigits(label) } : {}),
    ...(filters.tag || filters.status ? filters : {}),
    label: searchLabel(q, filters),
    url: searchUrl(q, ministry, year, filters),
  };
}

/**
 * The question asked again of another report: its ministry (as typed, or put in front) made the holder's, its year (as
 * typed: 2022年度, R4, 今年度; or put after the ministry) the holder's as printed. A change keeps its years (前年度から is
 * each ministry's own); a question naming several ministries or years is not rewritten (null).
 */
export function askedOf({ question, scope, shape }: Pick<AbstainedQuestion, 'question' | 'scope' | 'shape'>, holder: ReportRef): string | null {
  const change = shape.kind === 'change';
  if (scope.ministries.length > 1 || (!change && new Set(scope.fiscalYears).size > 1)) return null;
  const label = toHalfWidthDigits(holder.fiscalYearLabel);
  const yearText = change ? null : (scope.fiscalYearText ?? scope.relativeText);
  const text = yearText ? question.replace(yearText, label) : question;
  const insertYear = !change && yearText === null;
  if (scope.ministryText === null) return change ? null : `${holder.ministry}の${yearText ? '' : `${label}の`}${text}`;
  const at = text.indexOf(scope.ministryText);
  if (at < 0) return null;
  const head = `${text.slice(0, at)}${holder.ministry}`;
  const tail = text.slice(at + scope.ministryText.length);
  if (!insertYear) return `${head}${tail}`;
  // 「財務省の…」 → 「テスト省の令和3年度の…」; 「財務省は…」 → 「テスト省は令和3年度に…」.
  const particle = tail.charAt(0);
  if (particle === 'の') return `${head}の${label}の${tail.slice(1)}`;
  if ('はがで'.includes(particle) && particle !== '') return `${head}${particle}${label}に${tail.slice(1)}`;
  return `${head}の${label}の${tail}`;
}

/** How a question asks for the initiatives of a tag: 「新規に始めた取組」「拡充した取組」「継続している取組」. */
const TAG_PHRASES: Record<Tag, string> = { 新規: '新規に始めた取組', 拡充: '拡充した取組', 継続: '継続している取組' };

/** The tag a report's statements carry most usefully for an example: 新規, else 拡充, else 継続; null for none. */
function tagOf(engine: SearchEngine, ministry: string, fiscalYear: number): Tag | null {
  const tags = new Set(preparedInScope(engine, { ministry, fiscalYear }).map((p) => p.initiative.tag));
  return (['新規', '拡充', '継続'] as const).find((tag) => tags.has(tag)) ?? null;
}

/**
 * Example questions: the question asked again of the first report that holds it, then for a ministry's latest report
 * (the one asked, else the first holder, else the first ministry) questions of the kind asked first — a list of its
 * tagged initiatives, a target row's current value, how that row changed since the year before.
 */
export function exampleQuestions(asked: AbstainedQuestion, heldBy: ReportRef[]): string[] {
  const { engine, catalog, scope, shape } = asked;
  const examples: string[] = [];
  const [holder] = heldBy;
  const again = holder ? askedOf(asked, holder) : null;
  if (again) examples.push(again);
  const ministry = scope.ministry ?? holder?.ministry ?? catalog.ministries[0];
  if (!ministry) return examples;
  const years = catalog.yearsOf.get(ministry) ?? [];
  const latest = years[years.length - 1];
  if (latest === undefined) return examples;
  const label = toHalfWidthDigits(catalog.labelOf(ministry, latest));
  const metric = engine.metrics().find((e) => e.ministry === ministry && e.fiscalYear === latest);
  const tag = tagOf(engine, ministry, latest);
  // The question asked again of this very report already lists its initiatives of the tag asked.
  const sameList = tag !== null && isEnumeration(shape) && shape.tags.includes(tag) && holder?.ministry === ministry && holder.fiscalYear === latest;
  const listed = tag && !sameList ? `${ministry}が${label}に${TAG_PHRASES[tag]}は？` : null;
  const current = metric ? `${ministry}の${label}の${metric.rowTitle}${metric.metric.label ? `（${metric.metric.label}）` : ''}の現状は？` : null;
  const changed = years.length > 1 && metric ? `${ministry}の${metric.rowTitle}は前年度からどれだけ変わった？` : null;
  const byKind = isEnumeration(shape)
    ? [listed, current, changed]
    : shape.kind === 'change'
      ? [changed, current, listed]
      : [current, listed, changed];
  for (const example of byKind) if (example) examples.push(example);
  return [...new Set(examples)].slice(0, MAX_EXAMPLES);
}
