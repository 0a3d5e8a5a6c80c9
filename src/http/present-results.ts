/**
 * Shapes engine records for the API and the pages: the public result fields, the 出典 line, duplicate places,
 * and highlight segments (text split at highlight offsets so that each segment is escaped on its own).
 */
import type { Initiative, Origin } from '../domain/types';
import type { Place, SearchEngine, SearchHit } from '../query/types';

/** One search result as the API returns it: SearchHit's fields (id, score, … snippet, alsoAt and a few extras). */
export type ApiResult = Omit<SearchHit, 'score'> & { score: number | null };

/** A piece of text, marked when it is a highlighted match. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/** Clamps [start, end) ranges to the text, drops empty ones, sorts them and merges those that overlap or touch. */
function mergeRanges(length: number, ranges: readonly [number, number][]): [number, number][] {
  const sorted = ranges
    .map(([start, end]): [number, number] => [Math.max(0, start), Math.min(length, end)])
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Splits `text` at the [start, end) `ranges` (unsorted, overlapping or out of bounds are all tolerated). */
export function splitHighlights(text: string, ranges: readonly [number, number][]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of mergeRanges(text.length, ranges)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}

/** The common title of every follow-up report (the reports differ only by ministry and year). */
export const REPORT_TITLE = '女性職員活躍と職員のワークライフバランス推進のための取組計画等フォローアップ';

/** "4 超過勤務の縮減の徹底 › ア 省内全体における…" — the item and sub-item part of a breadcrumb. */
export function describeRow(record: Pick<Initiative, 'item' | 'itemTitle' | 'sub' | 'rowTitle'>): string {
  const item = [record.item ?? '', record.itemTitle ?? ''].join(' ').trim();
  if (record.sub === null) return item || record.rowTitle;
  return `${item} › ${record.sub} ${record.rowTitle}`.trim();
}

function range(from: number, to: number, unit: string): string {
  return from === to ? `${from}${unit}` : `${from}〜${to}${unit}`;
}

/** Where a record stands in its source, as a reader of that format counts: 「3〜4ページ」, 「シート「様式」 B12:J14」, 「12〜14行」. */
export function describeSourcePlace(origin: Origin): string {
  if (origin.pages) return range(...origin.pages, 'ページ');
  if (origin.cells) return origin.sheet ? `シート「${origin.sheet}」 ${origin.cells}` : origin.cells;
  if (origin.sheet) return `シート「${origin.sheet}」`;
  if (origin.lines) return range(...origin.lines, '行');
  return '';
}

/**
 * A citation to paste into a memo: the report as published, where in it, and the section and item:
 * 「出典：テスト省『令和3年度 女性職員活躍と…フォローアップ』 3ページ（働き方改革 4 超過勤務の縮減の徹底）」.
 */
export function citationOf(initiative: Initiative): string {
  const place = describeSourcePlace(initiative.origin);
  const where = `${initiative.section} ${describeRow(initiative)}`;
  return `出典：${initiative.ministry}『${initiative.fiscalYearLabel} ${REPORT_TITLE}』${place ? ` ${place}` : ''}（${where}）`;
}

/** The link to the original file: /reports/:id, at the page for a PDF (#page=3, which browsers' PDF viewers follow). */
export function originalHref(initiative: Pick<Initiative, 'reportId' | 'origin'>): string {
  const page = initiative.origin.pages?.[0];
  return `/reports/${initiative.reportId}${page ? `#page=${page}` : ''}`;
}

function placeOf(initiative: Initiative): Place {
  const { id, ministry, fiscalYear, section, item, itemTitle, sub, rowTitle } = initiative;
  return { id, ministry, fiscalYear, section, item, itemTitle, sub, rowTitle };
}

/** Finds, for any initiative, the other places where the identical statement stands. Built once per engine. */
export function createDuplicateFinder(engine: SearchEngine): (initiative: Initiative) => Place[] {
  let groups: Map<string, Initiative[]> | null = null;
  return (initiative) => {
    if (initiative.duplicateGroup === null) return [];
    groups ??= groupByDuplicate(engine.list(engine.size, 0).items);
    const group = groups.get(initiative.duplicateGroup) ?? [];
    return group.filter((other) => other.id !== initiative.id).map(placeOf);
  };
}

function groupByDuplicate(initiatives: Initiative[]): Map<string, Initiative[]> {
  const groups = new Map<string, Initiative[]>();
  for (const initiative of initiatives) {
    if (initiative.duplicateGroup === null) continue;
    const group = groups.get(initiative.duplicateGroup) ?? [];
    group.push(initiative);
    groups.set(initiative.duplicateGroup, group);
  }
  return groups;
}

/** An initiative with the fields of a search result (score null: it was not ranked), for listings and export. */
export function presentInitiative(initiative: Initiative, engine: SearchEngine, alsoAt: Place[]): ApiResult {
  const { id, ministry, fiscalYear, fiscalYearLabel, section, item, itemTitle, sub, rowTitle, status, tag, kind, text } = initiative;
  return {
    id,
    score: null,
    ministry,
    fiscalYear,
    fiscalYearLabel,
    section,
    item,
    itemTitle,
    sub,
    rowTitle,
    status,
    tag,
    kind,
    topics: engine.topicsOf(id),
    text,
    snippet: text,
    snippetHighlights: [],
    highlights: [],
    alsoAt,
  };
}
