/**
 * ParsedReport → Initiative records: one per statement; a row without statements still yields one record
 * (its reason, else its title), so nothing the report says is unfindable.
 */
import type { Initiative, InitiativeKind, Metric, ParsedReport, Row, Statement } from '../domain/types';
import { assignRowVariants, hashId, statementId } from './statement-ids';
import { findTemplateItem } from './template';
import { duplicateKey } from './text';

type RowContext = Pick<
  Initiative,
  | 'ministry'
  | 'fiscalYear'
  | 'fiscalYearLabel'
  | 'section'
  | 'item'
  | 'itemTitle'
  | 'sub'
  | 'subGroup'
  | 'status'
  | 'reason'
  | 'results'
  | 'rowKey'
  | 'source'
  | 'reportId'
  | 'origin'
> & { rowTitle: string };

/** The 中項目 title: the template's, else the title printed on the item's own row. */
function itemTitleOf(row: Row, printedItemTitles: Map<string, string>): string | null {
  if (row.item === null) return null;
  return findTemplateItem(row.section, row.item)?.title ?? printedItemTitles.get(`${row.section}|${row.item}`) ?? null;
}

function metricFor(statement: Statement, metrics: Metric[]): Metric | null {
  return metrics.find((m) => m.text === statement.text && m.label === statement.label) ?? null;
}

function record(
  context: RowContext,
  kind: InitiativeKind,
  fields: Pick<Initiative, 'id' | 'tag' | 'label' | 'text' | 'metric' | 'position' | 'duplicateGroup'>,
  order: number,
): Initiative {
  return { ...context, kind, ...fields, order };
}

/** Records of one row, in printed order. */
function rowInitiatives(row: Row, context: RowContext, rowVariant: string, firstOrder: number): Initiative[] {
  if (row.statements.length === 0) {
    const kind: InitiativeKind = row.reason ? 'reason' : 'title';
    const id = statementId({
      ministry: context.ministry,
      fiscalYear: context.fiscalYear,
      section: row.section,
      item: row.item,
      sub: row.sub,
      rowVariant,
      position: kind,
    });
    const fields = { id, tag: null, label: null, text: row.reason ?? row.title, metric: null, position: 0, duplicateGroup: null };
    return [record(context, kind, fields, firstOrder)];
  }
  return row.statements.map((statement, position) => {
    const metric = metricFor(statement, row.metrics);
    const fields = {
      id: statement.id,
      tag: statement.tag,
      label: statement.label,
      text: statement.text,
      metric,
      position,
      duplicateGroup: statement.duplicateGroup,
    };
    return record(context, metric ? 'metric' : 'statement', fields, firstOrder + position);
  });
}

/**
 * Flattens a parsed report into Initiative records, numbered from `orderStart` in report order.
 * Call markDuplicates on the whole corpus afterwards so repeated paragraphs share a group.
 */
export function buildInitiatives(parsed: ParsedReport, orderStart = 0): Initiative[] {
  const { report, rows } = parsed;
  const variants = assignRowVariants(rows);
  const printedItemTitles = new Map<string, string>();
  for (const row of rows) if (row.sub === null && row.item !== null) printedItemTitles.set(`${row.section}|${row.item}`, row.title);
  const initiatives: Initiative[] = [];
  rows.forEach((row, index) => {
    const variant = variants[index]!; // assignRowVariants gives one variant per row
    const rowKey = hashId(report.ministry, report.fiscalYear, row.section, row.item, row.sub, variant);
    const context: RowContext = {
      ministry: report.ministry,
      fiscalYear: report.fiscalYear,
      fiscalYearLabel: report.fiscalYearLabel,
      section: row.section,
      item: row.item,
      itemTitle: itemTitleOf(row, printedItemTitles),
      sub: row.sub,
      subGroup: row.subGroup,
      rowTitle: row.title,
      status: row.status,
      reason: row.reason,
      results: row.results,
      rowKey,
      source: report.source,
      reportId: report.id,
      origin: row.origin,
    };
    initiatives.push(...rowInitiatives(row, context, variant, orderStart + initiatives.length));
  });
  return initiatives;
}

/**
 * Marks records whose normalised text is identical (e.g. the 働き方改革推進強化月間 paragraph repeated under
 * several items) with a shared duplicateGroup; unique texts get null. Works on any set: one report or the corpus.
 * Returns the number of groups.
 */
export function markDuplicates(initiatives: Initiative[]): number {
  const byKey = new Map<string, Initiative[]>();
  for (const initiative of initiatives) {
    if (initiative.kind === 'title') continue; // bare titles (「その他」) repeat by design; they are not text the report repeats
    const key = duplicateKey(initiative.text);
    if (key.length === 0) continue;
    const members = byKey.get(key);
    if (members) members.push(initiative);
    else byKey.set(key, [initiative]);
  }
  for (const initiative of initiatives) initiative.duplicateGroup = null;
  let groups = 0;
  for (const [key, members] of byKey) {
    if (members.length < 2) continue;
    groups++;
    const group = `dup-${hashId(key)}`;
    for (const member of members) member.duplicateGroup = group;
  }
  return groups;
}

/** Applies the groups of markDuplicates to the statements of parsed reports (for inspect's output). */
export function markStatementDuplicates(reports: ParsedReport[]): void {
  const all = reports.flatMap((p) => p.rows.flatMap((row) => row.statements));
  const counts = new Map<string, number>();
  for (const statement of all) counts.set(duplicateKey(statement.text), (counts.get(duplicateKey(statement.text)) ?? 0) + 1);
  for (const statement of all) {
    const key = duplicateKey(statement.text);
    statement.duplicateGroup = key.length > 0 && (counts.get(key) ?? 0) > 1 ? `dup-${hashId(key)}` : null;
  }
}
