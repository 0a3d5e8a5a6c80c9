/**
 * The loaded documents with the lookups every use case needs: by id, by row, by duplicate group,
 * and each document's facet values precomputed so that counting facets is a tight loop.
 */
import type { Analyzer, NormalizedText } from '../analysis/types';
import type { Initiative } from '../domain/types';
import type { CorpusDocuments } from '../indexing/build-index';
import { gramDocumentFrequency, type GramPostings } from '../indexing/gram-postings';
import { buildFacetColumns, type FacetColumns } from './facet-columns';

export interface Corpus {
  readonly initiatives: Initiative[];
  readonly topics: string[][];
  /** ordinal of each id */
  readonly ordinalOf: Map<string, number>;
  /** ordinals of each row, in row order */
  readonly rows: Map<string, number[]>;
  /** ordinals of each duplicate group, in report order */
  readonly duplicates: Map<string, number[]>;
  /** Each document's duplicate group as a number (0 … groupCount - 1), or -1 when it has none. */
  readonly groupOf: Int32Array;
  readonly groupCount: number;
  /** 1 for a record that only repeats a row's title (kind 'title'), ranked below statements. */
  readonly isTitleRecord: Uint8Array;
  /** 1 for a record of a ministry whose reports of two or more fiscal years are loaded (a change over years can show). */
  readonly ofSeveralYears: Uint8Array;
  /** 1 for a record that holds figures: a target row, or a statement whose text or results print a number with its unit. */
  readonly holdsFigures: Uint8Array;
  /** 1 for a record that is a row's reason for 実施未定 (column B). */
  readonly isReasonRecord: Uint8Array;
  /** Each facet's values and every document's value codes. */
  readonly facets: FacetColumns;
  /** Display labels of item and year facet values. */
  readonly facetLabels: { item: Map<string, string>; year: Map<string, string> };
  /** Statements holding a word, and an n-gram (the query planner's TermStats). */
  documentFrequency(term: string): number;
  gramFrequency(gram: string): number;
  /** The n-gram field's postings, which MiniSearch does not hold (the plan runner reads them). */
  readonly grams: GramPostings;
  readonly size: number;
  /** The analyser's normalised text of a document with its offset map, computed on first use (highlights, phrases). */
  normalized(ordinal: number): NormalizedText;
  /** normalized(ordinal).text */
  normalizedText(ordinal: number): string;
  /** The analyser's normalised row title of a document (one per row), computed on first use. */
  normalizedRowTitle(ordinal: number): string;
}

export function createCorpus(documents: CorpusDocuments, analyzer: Analyzer): Corpus {
  const { initiatives, topics } = documents;
  const ordinalOf = new Map<string, number>();
  const rows = new Map<string, number[]>();
  const duplicates = new Map<string, number[]>();
  initiatives.forEach((initiative, ordinal) => {
    ordinalOf.set(initiative.id, ordinal);
    pushTo(rows, initiative.rowKey, ordinal);
    if (initiative.duplicateGroup) pushTo(duplicates, initiative.duplicateGroup, ordinal);
  });
  const { groupOf, groupCount } = numberGroups(initiatives);
  for (const ordinals of rows.values()) ordinals.sort((a, b) => initiatives[a]!.position - initiatives[b]!.position);
  const facets = buildFacetColumns(initiatives, topics);
  // Cached: normalising is the costliest step of shaping a hit, and the same statements come back again and again.
  const cache: (NormalizedText | undefined)[] = [];
  const normalized = (ordinal: number): NormalizedText => (cache[ordinal] ??= analyzer.normalizeWithMap(initiatives[ordinal]?.text ?? ''));
  const normalizedText = (ordinal: number): string => normalized(ordinal).text;
  const rowTitles = new Map<string, string>();
  const normalizedRowTitle = (ordinal: number): string => {
    const initiative = initiatives[ordinal];
    if (initiative === undefined) return '';
    let title = rowTitles.get(initiative.rowKey);
    if (title === undefined) rowTitles.set(initiative.rowKey, (title = analyzer.normalizeWithMap(initiative.rowTitle).text));
    return title;
  };
  const facetLabels = labelFacetValues(initiatives);
  const frequencyIn =
    (table: Record<string, number>) =>
    (term: string): number =>
      Object.hasOwn(table, term) ? table[term]! : 0;
  return {
    initiatives,
    topics,
    ordinalOf,
    rows,
    duplicates,
    groupOf,
    groupCount,
    isTitleRecord: Uint8Array.from(initiatives, (initiative) => (initiative.kind === 'title' ? 1 : 0)),
    ofSeveralYears: severalYearsColumn(initiatives),
    holdsFigures: Uint8Array.from(initiatives, (initiative) => (holdsFigures(initiative) ? 1 : 0)),
    isReasonRecord: Uint8Array.from(initiatives, (initiative) => (initiative.kind === 'reason' ? 1 : 0)),
    facets,
    facetLabels,
    documentFrequency: frequencyIn(documents.wordFrequency),
    gramFrequency: (gram) => gramDocumentFrequency(documents.grams, gram),
    grams: documents.grams,
    size: initiatives.length,
    normalized,
    normalizedText,
    normalizedRowTitle,
  };
}

/** Item labels read "4 超過勤務の縮減の徹底" (several sections' titles joined by " / "); years show the printed label. */
function labelFacetValues(initiatives: Initiative[]): Corpus['facetLabels'] {
  const itemTitles = new Map<string, Set<string>>();
  const year = new Map<string, string>();
  for (const initiative of initiatives) {
    if (initiative.item !== null && initiative.itemTitle) {
      const titles = itemTitles.get(String(initiative.item)) ?? new Set<string>();
      titles.add(initiative.itemTitle);
      itemTitles.set(String(initiative.item), titles);
    }
    year.set(String(initiative.fiscalYear), initiative.fiscalYearLabel);
  }
  const item = new Map([...itemTitles].map(([value, titles]) => [value, `${value} ${[...titles].join(' / ')}`]));
  return { item, year };
}

/** Group names become small integers, so folding duplicates over thousands of matches needs no string set. */
function numberGroups(initiatives: Initiative[]): { groupOf: Int32Array; groupCount: number } {
  const numbers = new Map<string, number>();
  const groupOf = new Int32Array(initiatives.length).fill(-1);
  initiatives.forEach(({ duplicateGroup }, ordinal) => {
    if (duplicateGroup === null) return;
    let group = numbers.get(duplicateGroup);
    if (group === undefined) numbers.set(duplicateGroup, (group = numbers.size));
    groupOf[ordinal] = group;
  });
  return { groupOf, groupCount: numbers.size };
}

function pushTo(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A number with the unit of a figure the reports give (rates, people, days, counts, hours, points), after NFKC. */
const FIGURE = /[0-9]+(?:\.[0-9]+)?\s*(?:%|人|名|日|件|回|時間|ポイント|割)/;

function holdsFigures(initiative: Initiative): boolean {
  if (initiative.kind === 'metric') return true;
  return FIGURE.test(initiative.text.normalize('NFKC')) || FIGURE.test((initiative.results ?? '').normalize('NFKC'));
}

function severalYearsColumn(initiatives: readonly Initiative[]): Uint8Array {
  const years = new Map<string, Set<number>>();
  for (const { ministry, fiscalYear } of initiatives) years.set(ministry, (years.get(ministry) ?? new Set()).add(fiscalYear));
  return Uint8Array.from(initiatives, (initiative) => ((years.get(initiative.ministry)?.size ?? 0) >= 2 ? 1 : 0));
}
