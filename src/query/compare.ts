/**
 * Compare: what each ministry wrote for one template item (or for a query) in the chosen fiscal years. The
 * template's rows (item, group letter a/b, sub-item ア/イ) are aligned across ministries; each cell knows whether
 * the report is loaded at all (未収録) or loaded with nothing written (記載なし), and marks statements new or expanded
 * against that ministry's previous report. Cells are capped at CELL_LIMIT statements, with their totals. A concept
 * of the scheme compares as the query of its preferred label.
 */
import { bundledConceptScheme, labelsOf, type Concept } from '../analysis/concept-scheme';
import type { AnalyzedQuery } from '../analysis/types';
import { AppError } from '../domain/errors';
import { SECTIONS, STATUSES, TAGS, type Initiative, type Section, type Status, type Tag } from '../domain/types';
import type { AcrossYears } from './history';
import { groupDuplicates, type Scored } from './hits';
import { matchList, shapeHits, type EngineContext } from './search';
import type { CompareCell, CompareRequest, CompareResponse, CompareRow, CompareRowCell, YearChange } from './types';

/** Statements shown per cell: enough for any real row (the seed's fullest has 9), bounded for a broad query. */
export const CELL_LIMIT = 20;

const VARIANT = /[(（][^()（）]{2,40}[)）]$/u;

/** A template row across reports: section, item, group letter, sub-item, and a variant such as (独自実施のもの). */
function rowKeyOf(i: Initiative): string {
  return [i.section, i.item ?? '', i.subGroup ?? '', i.sub ?? '', VARIANT.exec(i.rowTitle)?.[0] ?? ''].join('|');
}

function reportKey(ministry: string, year: number): string {
  return `${ministry}|${year}`;
}

/**
 * A concept of the scheme by id (`telework`) or by any of its labels (テレワーク, 在宅勤務), compared in normal form;
 * NOT_FOUND naming `concept` when the scheme has none.
 */
export function resolveConcept(context: EngineContext, asked: string): Concept {
  const scheme = context.analyzer.concepts ?? bundledConceptScheme();
  const key = context.analyzer.normalize(asked.trim());
  const found = scheme.get(asked.trim()) ?? scheme.concepts.find((c) => labelsOf(c).some((label) => context.analyzer.normalize(label) === key));
  if (!found) throw new AppError('NOT_FOUND', `no concept ${asked} in the concept scheme`, { field: 'concept' });
  return found;
}

export function compare(context: EngineContext, years: AcrossYears, request: CompareRequest): CompareResponse {
  if (request.concept !== undefined && (request.q?.trim() ?? '') !== '') {
    throw new AppError('INVALID_INPUT', 'give a concept or a query q, not both', { field: 'q' });
  }
  // A concept is searched by its preferred label: the analyser expands it to its other labels itself.
  const concept = request.concept === undefined ? null : resolveConcept(context, request.concept);
  const q = concept?.prefLabel ?? request.q?.trim() ?? '';
  if (request.item === undefined && q === '') {
    throw new AppError('INVALID_INPUT', 'compare needs an item (section and item number), a query q or a concept', { field: 'item' });
  }
  const { initiatives } = context.corpus;
  const section = request.item === undefined ? (request.section ?? null) : resolveSection(context, request.item, request.section);
  const analyzed = q === '' ? null : context.analyzer.analyzeQuery(q);
  const inItem = (i: Initiative) => (section === null || i.section === section) && (request.item === undefined || i.item === request.item);
  const reports = years.reports();
  const allYears = [...new Set(reports.map((r) => r.fiscalYear))].sort((a, b) => a - b);
  const selectedYears = checkYears(request.years, allYears);
  const shown = new Set(selectedYears);
  const matched = matchList(context, analyzed).filter(({ ordinal }) => inItem(initiatives[ordinal]!));
  const ministries = [...new Set(reports.map((r) => r.ministry))];
  const cells = reports.filter((r) => shown.has(r.fiscalYear)).map((r) => cellOf(context, years, matched, r.ministry, r.fiscalYear, analyzed));
  return {
    section,
    item: request.item ?? null,
    itemTitle: itemTitleOf(context, section, request.item),
    q: q === '' ? null : q,
    concept: concept && { id: concept.id, prefLabel: concept.prefLabel, altLabels: [...concept.altLabels] },
    ministries,
    years: allYears,
    selectedYears,
    reports,
    cellLimit: CELL_LIMIT,
    cells,
    rows: alignRows(context, years, matched, ministries, selectedYears, analyzed === null ? inItem : null),
  };
}

/** The years asked for, each one the corpus has (INVALID_INPUT naming year otherwise); all of them when none. */
function checkYears(asked: number[] | undefined, allYears: number[]): number[] {
  if (!asked || asked.length === 0) return allYears;
  const unknown = asked.find((year) => !allYears.includes(year));
  if (unknown !== undefined) throw new AppError('INVALID_INPUT', `no report for fiscal year ${unknown}`, { field: 'year' });
  return [...new Set(asked)].sort((a, b) => a - b);
}

function emptyCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

function cellOf(
  context: EngineContext,
  years: AcrossYears,
  matched: Scored[],
  ministry: string,
  year: number,
  analyzed: AnalyzedQuery | null,
): CompareCell {
  const { initiatives } = context.corpus;
  const inCell = matched.filter(({ ordinal }) => initiatives[ordinal]!.ministry === ministry && initiatives[ordinal]!.fiscalYear === year);
  const grouped = groupDuplicates(context.corpus, inCell);
  const tagCounts = emptyCounts([...TAGS, 'none'] as (Tag | 'none')[]);
  const changeCounts = emptyCounts<YearChange>(['new', 'expanded', 'continued']);
  const statusCounts = emptyCounts([...STATUSES, 'none'] as (Status | 'none')[]);
  const statements = grouped.filter(({ ordinal }) => isStatement(initiatives[ordinal]!));
  for (const { ordinal } of statements) {
    const initiative = initiatives[ordinal]!;
    tagCounts[initiative.tag ?? 'none'] += 1;
    const change = years.changeOf(initiative);
    if (change) changeCounts[change] += 1;
  }
  const rowStatus = new Map<string, Status | null>();
  for (const { ordinal } of inCell) rowStatus.set(initiatives[ordinal]!.rowKey, initiatives[ordinal]!.status);
  for (const status of rowStatus.values()) statusCounts[status ?? 'none'] += 1;
  const hits = shapeHits(context, statements.slice(0, CELL_LIMIT), analyzed);
  return { ministry, fiscalYear: year, hits, total: statements.length, tagCounts, statusCounts, changeCounts };
}

/** Statements and metrics are what a report wrote; a row's reason or title record only carries its status. */
function isStatement(initiative: Initiative): boolean {
  return initiative.kind === 'statement' || initiative.kind === 'metric';
}

/** Rows in template order: section, item, group letter, the item's own row before its sub-items, ア before イ. */
function compareRows(a: Initiative, b: Initiative): number {
  return (
    SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) ||
    (a.item ?? 99) - (b.item ?? 99) ||
    (a.subGroup ?? '').localeCompare(b.subGroup ?? '') ||
    (a.sub === null ? -1 : 0) - (b.sub === null ? -1 : 0) ||
    (a.sub ?? '').localeCompare(b.sub ?? '') ||
    rowKeyOf(a).localeCompare(rowKeyOf(b))
  );
}

/**
 * The aligned rows. Comparing an item (no query), every row of the item any report has is shown, so that a
 * ministry's empty cell reads 記載なし; comparing a query, only rows with a match, and only the matching statements.
 */
function alignRows(
  context: EngineContext,
  years: AcrossYears,
  matched: Scored[],
  ministries: string[],
  selectedYears: number[],
  wholeItem: ((i: Initiative) => boolean) | null,
): CompareRow[] {
  const { initiatives } = context.corpus;
  const shown = new Set(selectedYears);
  const records = wholeItem ? initiatives.filter(wholeItem) : matched.map(({ ordinal }) => initiatives[ordinal]!);
  const inShownYears = records.filter((i) => shown.has(i.fiscalYear));
  // A row's status and reason come from all of its records in the report, matched by the query or not.
  const rowRecords = new Map<string, Initiative[]>();
  for (const i of wholeItem ? inShownYears : initiatives.filter((r) => shown.has(r.fiscalYear))) {
    pushTo(rowRecords, `${reportKey(i.ministry, i.fiscalYear)}|${rowKeyOf(i)}`, i);
  }
  const firstOfRow = new Map<string, Initiative>();
  for (const i of [...(wholeItem ? records : inShownYears)].sort(compareRows)) if (!firstOfRow.has(rowKeyOf(i))) firstOfRow.set(rowKeyOf(i), i);
  const statementsOf = new Map<string, Initiative[]>();
  for (const i of inShownYears) if (isStatement(i)) pushTo(statementsOf, `${reportKey(i.ministry, i.fiscalYear)}|${rowKeyOf(i)}`, i);
  return [...firstOfRow].map(([key, first]) => ({
    key,
    section: first.section,
    item: first.item,
    itemTitle: first.itemTitle,
    subGroup: first.subGroup,
    sub: first.sub,
    title: first.rowTitle,
    cells: selectedYears.flatMap((year) =>
      ministries.map((ministry) =>
        rowCell(
          years,
          ministry,
          year,
          rowRecords.get(`${reportKey(ministry, year)}|${key}`) ?? [],
          statementsOf.get(`${reportKey(ministry, year)}|${key}`) ?? [],
        ),
      ),
    ),
  }));
}

function rowCell(years: AcrossYears, ministry: string, fiscalYear: number, row: Initiative[], statements: Initiative[]): CompareRowCell {
  const loaded = years.hasReport(ministry, fiscalYear);
  const sorted = [...statements].sort((a, b) => a.order - b.order);
  return {
    ministry,
    fiscalYear,
    loaded,
    status: row.find((i) => i.status !== null)?.status ?? null,
    reason: row.find((i) => i.reason !== null)?.reason ?? null,
    statements: sorted.slice(0, CELL_LIMIT).map((i) => ({ id: i.id, kind: i.kind, tag: i.tag, text: i.text, change: years.changeOf(i) })),
    total: sorted.length,
  };
}

/** The section of an item number: as given, or the only one that has it (INVALID_INPUT when ambiguous). */
function resolveSection(context: EngineContext, item: number, section: Section | undefined): Section {
  if (section) return section;
  const sections = new Set(context.corpus.initiatives.filter((i) => i.item === item).map((i) => i.section));
  if (sections.size !== 1) {
    throw new AppError('INVALID_INPUT', `item ${item} is ambiguous or unknown: give its section too`, { field: 'section' });
  }
  return [...sections][0]!;
}

function itemTitleOf(context: EngineContext, section: Section | null, item: number | undefined): string | null {
  if (item === undefined) return null;
  const initiative = context.corpus.initiatives.find((i) => i.item === item && (section === null || i.section === section));
  return initiative?.itemTitle ?? null;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
