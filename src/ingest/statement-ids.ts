/**
 * Stable ids: 12 hex characters of sha1 over where a record stands in the report, never over when it was built.
 */
import { createHash } from 'node:crypto';

/** The parts that place one record; equal parts give equal ids on every rebuild. */
export interface IdParts {
  ministry: string;
  fiscalYear: number;
  section: string;
  item: number | null;
  sub: string | null;
  /** Tells apart rows that share section/item/sub: the variant, plus #2, #3 … for repeats. */
  rowVariant: string;
  position: number | string;
}

/** 12 lowercase hex characters. */
export function hashId(...parts: Array<string | number | null>): string {
  return createHash('sha1')
    .update(parts.map((p) => (p === null ? '' : String(p))).join('|'))
    .digest('hex')
    .slice(0, 12);
}

/** The id of a statement (or of a row's fallback record, with position 'reason' / 'title'). */
export function statementId(parts: IdParts): string {
  return hashId(parts.ministry, parts.fiscalYear, parts.section, parts.item, parts.sub, parts.rowVariant, parts.position);
}

/**
 * Gives each row a variant key unique within its report, from what a Row keeps: empty when the row is the only
 * one with its section/item/sub-item; its title (which carries 「(独自実施のもの)」) when several share them;
 * 「#2」, 「#3」 … when even the titles repeat.
 */
export function assignRowVariants(rows: Array<{ section: string; item: number | null; sub: string | null; title: string }>): string[] {
  const place = (row: (typeof rows)[number]): string => [row.section, row.item, row.sub].join('|');
  const sharing = new Map<string, number>();
  for (const row of rows) sharing.set(place(row), (sharing.get(place(row)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = (sharing.get(place(row)) ?? 0) > 1 ? row.title : '';
    const key = `${place(row)}|${base}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}
