/**
 * Compare: a template item (or a query) with ministries as columns and the template's rows aligned, one table per
 * fiscal year shown. Resolving the item lives here so that the page and /api/compare give the same answer (and the
 * same 400) for the same parameters.
 */
import { bundledConceptScheme, type Concept, type ConceptScheme } from '../analysis/concept-scheme';
import { AppError } from '../domain/errors';
import type { CompareRequest, CompareResponse, CompareRow, SearchEngine } from '../query/types';
import type { ComparePageQuery, CompareQuery } from './across-years-schemas';
import { describeRow } from './present-results';

/** The engine request for a validated compare query; an unknown or ambiguous item is a 400 naming `item`. */
export function toCompareRequest(engine: SearchEngine, query: CompareQuery): CompareRequest {
  if (!query.item && !query.q && !query.concept) {
    throw new AppError('INVALID_INPUT', 'give an item (e.g. 働き方改革:4), a query q or a concept', { field: 'item' });
  }
  const years = query.year;
  const concept = query.concept;
  if (!query.item) return { q: query.q, concept, years };
  const { section, item } = query.item;
  const matches = engine.templateItems().filter((t) => t.item === item && (section === undefined || t.section === section));
  const [match] = matches;
  if (match === undefined) {
    throw new AppError('INVALID_INPUT', `no template item ${section ? `${section}:` : ''}${item}`, { field: 'item' });
  }
  if (matches.length > 1) {
    const choices = matches.map((t) => `${t.section}:${t.item}`).join(', ');
    throw new AppError('INVALID_INPUT', `item ${item} is ambiguous: give one of ${choices}`, { field: 'item' });
  }
  return { section: match.section, item, q: query.q, concept, years };
}

const CELL_TEXT_LENGTH = 140;

function shorten(text: string): string {
  return text.length <= CELL_TEXT_LENGTH ? text : `${text.slice(0, CELL_TEXT_LENGTH)}…`;
}

const CHANGE_LABELS = { new: '前年度から新規', expanded: '前年度から拡充', continued: null } as const;

/** A row's heading: the sub-item with its group letter (a-ア) within one item; the whole path for a query. */
function rowHeading(row: CompareRow, withinOneItem: boolean): string {
  const sub = row.sub === null ? null : row.subGroup ? `${row.subGroup}-${row.sub}` : row.sub;
  if (!withinOneItem) return describeRow({ item: row.item, itemTitle: row.itemTitle, sub, rowTitle: row.title });
  return sub === null ? `${row.item ?? ''} ${row.title}（中項目）`.trim() : `${sub} ${row.title}`;
}

/** The search page listing every statement of a capped cell. */
function searchHrefOf(response: CompareResponse, ministry: string, year: number): string {
  const params = new URLSearchParams();
  if (response.q) params.set('q', response.q);
  if (response.section && response.item !== null) params.set('section', response.section);
  if (response.item !== null) params.set('item', String(response.item));
  params.set('ministry', ministry);
  params.set('year', String(year));
  return `/?${params.toString()}`;
}

/** One table per shown year: ministries as columns, the template's rows aligned, each cell its statements. */
function layoutTables(response: CompareResponse, ministries: string[]) {
  const withinOneItem = response.item !== null;
  return response.selectedYears.map((year) => ({
    year,
    rows: response.rows.map((row) => ({
      heading: rowHeading(row, withinOneItem),
      cells: ministries.map((ministry) => {
        const cell = row.cells.find((c) => c.ministry === ministry && c.fiscalYear === year)!;
        const state = !cell.loaded ? 'unloaded' : cell.total === 0 && cell.status === null ? 'empty' : 'written';
        const statements = cell.statements.map((s) => ({ ...s, text: shorten(s.text), changeLabel: s.change ? CHANGE_LABELS[s.change] : null }));
        return {
          ministry,
          state,
          status: cell.status,
          reason: cell.reason,
          statements,
          total: cell.total,
          more: cell.total > cell.statements.length ? searchHrefOf(response, ministry, year) : null,
          highlight: statements.some((s) => s.change === 'new' || s.change === 'expanded'),
        };
      }),
    })),
  }));
}

/** The summary line of each ministry and shown year: 新規/拡充/継続 counts, statuses, what is new since last year. */
function layoutSummary(response: CompareResponse, ministries: string[]) {
  return ministries.map((ministry) => ({
    ministry,
    years: response.selectedYears.map((year) => {
      const cell = response.cells.find((c) => c.ministry === ministry && c.fiscalYear === year) ?? null;
      return { year, cell, more: cell && cell.total > cell.hits.length ? searchHrefOf(response, ministry, year) : null };
    }),
  }));
}

/** The query string of the page with one ministry (or every ministry) shown. */
function ministryHref(query: ComparePageQuery, ministry: string | null): string {
  const params = new URLSearchParams();
  if (query.item) params.set('item', `${query.item.section ? `${query.item.section}:` : ''}${query.item.item}`);
  if (query.q) params.set('q', query.q);
  if (query.concept) params.set('concept', query.concept);
  for (const year of query.year ?? []) params.append('year', String(year));
  if (ministry) params.set('ministry', ministry);
  return `/compare?${params.toString()}`;
}

/**
 * The comparison as the page draws it. A chosen ministry (a phone shows one at a time) narrows the columns;
 * an unknown one is a 404 naming ministry.
 */
export function layoutComparison(response: CompareResponse, query: ComparePageQuery) {
  if (query.ministry !== undefined && !response.ministries.includes(query.ministry)) {
    throw new AppError('NOT_FOUND', `no report of ministry ${query.ministry}`, { field: 'ministry' });
  }
  const ministries = query.ministry === undefined ? response.ministries : [query.ministry];
  return {
    ministries,
    tabs: [{ label: 'すべての府省', href: ministryHref(query, null), current: query.ministry === undefined }].concat(
      response.ministries.map((m) => ({ label: m, href: ministryHref(query, m), current: m === query.ministry })),
    ),
    tables: layoutTables(response, ministries),
    summary: layoutSummary(response, ministries),
  };
}

/** The chooser's options: every template item known to the corpus, as `section:item`. */
export function templateItemOptions(engine: SearchEngine, selected: CompareQuery['item']) {
  return engine.templateItems().map((t) => ({
    value: `${t.section}:${t.item}`,
    label: `${t.section} ${t.item} ${t.title}`,
    selected: selected?.item === t.item && (selected.section === undefined || selected.section === t.section),
  }));
}

export interface ConceptOptionGroup {
  label: string;
  options: { value: string; label: string; selected: boolean }[];
}

/**
 * The concept picker's options: one group per top concept of the scheme (no broader concept) holding it and its
 * narrower concepts, indented by depth; the concepts that stand alone in one last group. A concept under two
 * broader ones is listed under each, selected only where it first stands.
 */
export function conceptOptionGroups(selected: string | undefined, scheme: ConceptScheme = bundledConceptScheme()): ConceptOptionGroup[] {
  const chosen =
    selected === undefined ? undefined : scheme.concepts.find((c) => c.id === selected || c.prefLabel === selected || c.altLabels.includes(selected));
  let marked = false;
  const option = (concept: Concept, depth: number) => {
    const isSelected = !marked && concept.id === chosen?.id;
    if (isSelected) marked = true;
    return { value: concept.id, label: `${'\u3000'.repeat(depth)}${concept.prefLabel}`, selected: isSelected };
  };
  const below = (concept: Concept, depth: number, path: string[]): ReturnType<typeof option>[] =>
    concept.narrower
      .map((id) => scheme.get(id)!)
      .filter((child) => !path.includes(child.id))
      .flatMap((child) => [option(child, depth), ...below(child, depth + 1, [...path, child.id])]);
  const tops = scheme.concepts.filter((c) => c.broader.length === 0);
  const groups = tops
    .filter((top) => top.narrower.length > 0)
    .map((top) => ({ label: top.prefLabel, options: [option(top, 0), ...below(top, 1, [top.id])] }));
  const alone = tops.filter((top) => top.narrower.length === 0);
  if (alone.length > 0) groups.push({ label: 'その他の概念', options: alone.map((c) => option(c, 0)) });
  return groups;
}
