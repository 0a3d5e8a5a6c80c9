/**
 * Facet values as integer columns: each facet's distinct values, and for every document the codes of
 * its values in one flat array (CSR layout). Counting facets and checking filters over thousands of
 * matches then touches typed arrays only, without allocating.
 */
import type { Initiative } from '../domain/types';
import { FACET_NAMES, type FacetName } from './types';

export interface FacetColumn {
  values: string[];
  codeOf: Map<string, number>;
  /** Codes of document i are codes[starts[i]] … codes[starts[i + 1] - 1]. */
  starts: Int32Array;
  codes: Int32Array;
  /** When no document has two values (every facet but topic): each document's code, -1 for none. */
  single: Int32Array | null;
}

export type FacetColumns = Record<FacetName, FacetColumn>;

/** The facet values of one initiative, as strings (null becomes 'none'; no item gives no value). */
export function facetValuesOf(initiative: Initiative, topics: string[]): Record<FacetName, string[]> {
  return {
    section: [initiative.section],
    item: initiative.item === null ? [] : [String(initiative.item)],
    tag: [initiative.tag ?? 'none'],
    ministry: [initiative.ministry],
    year: [String(initiative.fiscalYear)],
    status: [initiative.status ?? 'none'],
    topic: topics,
  };
}

export function buildFacetColumns(initiatives: Initiative[], topics: string[][]): FacetColumns {
  const perDocument = initiatives.map((initiative, ordinal) => facetValuesOf(initiative, topics[ordinal] ?? []));
  const columns = {} as FacetColumns;
  for (const facet of FACET_NAMES) columns[facet] = buildColumn(perDocument.map((values) => values[facet]));
  return columns;
}

function buildColumn(documents: string[][]): FacetColumn {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const starts = new Int32Array(documents.length + 1);
  const flat: number[] = [];
  documents.forEach((documentValues, ordinal) => {
    starts[ordinal] = flat.length;
    for (const value of documentValues) {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = values.length;
        values.push(value);
        codeOf.set(value, code);
      }
      flat.push(code);
    }
  });
  starts[documents.length] = flat.length;
  const single = documents.every((documentValues) => documentValues.length <= 1)
    ? Int32Array.from(documents, (_, ordinal) => (starts[ordinal + 1]! > starts[ordinal]! ? flat[starts[ordinal]!]! : -1))
    : null;
  return { values, codeOf, starts, codes: Int32Array.from(flat), single };
}
