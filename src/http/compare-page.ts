/**
 * Compare: a template item (or a query) as a matrix of ministries × fiscal years. Resolving the item lives here
 * so that the page and /api/compare give the same answer (and the same 400) for the same parameters.
 */
import { AppError } from '../domain/errors';
import type { CompareRequest, CompareResponse, SearchEngine, SearchHit } from '../query/types';
import { describeRow } from './present-results';
import type { CompareQuery } from './schemas';

/** The engine request for a validated compare query; an unknown or ambiguous item is a 400 naming `item`. */
export function toCompareRequest(engine: SearchEngine, query: CompareQuery): CompareRequest {
  if (!query.item && !query.q) {
    throw new AppError('INVALID_INPUT', 'give an item (e.g. 働き方改革:4) or a query q', { field: 'item' });
  }
  if (!query.item) return { q: query.q };
  const { section, item } = query.item;
  const matches = engine.templateItems().filter((t) => t.item === item && (section === undefined || t.section === section));
  if (matches.length === 0) {
    throw new AppError('INVALID_INPUT', `no template item ${section ? `${section}:` : ''}${item}`, { field: 'item' });
  }
  if (matches.length > 1) {
    const choices = matches.map((t) => `${t.section}:${t.item}`).join(', ');
    throw new AppError('INVALID_INPUT', `item ${item} is ambiguous: give one of ${choices}`, { field: 'item' });
  }
  return { section: matches[0].section, item, q: query.q };
}

const CELL_TEXT_LENGTH = 140;

function shorten(text: string): string {
  return text.length <= CELL_TEXT_LENGTH ? text : `${text.slice(0, CELL_TEXT_LENGTH)}…`;
}

/**
 * A cell's statements grouped by the row they stand in, rows in order of their first statement. Comparing one item,
 * the heading is the sub-item; comparing a query, whose hits span items, it is the whole item › sub-item path.
 */
function groupByRow(hits: SearchHit[], withinOneItem: boolean) {
  const groups = new Map<string, { heading: string; statements: { id: string; tag: string | null; text: string }[] }>();
  for (const hit of hits) {
    const heading = withinOneItem ? (hit.sub === null ? hit.rowTitle : `${hit.sub} ${hit.rowTitle}`) : describeRow(hit);
    const group = groups.get(heading) ?? { heading, statements: [] };
    group.statements.push({ id: hit.id, tag: hit.tag, text: shorten(hit.text) });
    groups.set(heading, group);
  }
  return [...groups.values()];
}

/** The matrix as rows (ministries) of cells (years), each cell listing its statements by row, and tag counts. */
export function layoutMatrix(response: CompareResponse) {
  return response.ministries.map((ministry) => ({
    ministry,
    cells: response.years.map((year) => {
      const cell = response.cells.find((c) => c.ministry === ministry && c.fiscalYear === year);
      return {
        year,
        counts: cell?.tagCounts ?? null,
        size: cell?.hits.length ?? 0,
        groups: groupByRow(cell?.hits ?? [], response.item !== null),
      };
    }),
  }));
}

/** The chooser's options: every template item known to the corpus, as `section:item`. */
export function templateItemOptions(engine: SearchEngine, selected: CompareQuery['item']) {
  return engine.templateItems().map((t) => ({
    value: `${t.section}:${t.item}`,
    label: `${t.section} ${t.item} ${t.title}`,
    selected: selected?.item === t.item && (selected.section === undefined || selected.section === t.section),
  }));
}
