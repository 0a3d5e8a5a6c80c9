/**
 * 「今年度の変化」: what one ministry's report changed against its previous report — initiatives started, expanded,
 * continued and dropped (from the lineage links), rows whose 実施状況 changed, and targets whose numbers moved.
 */
import { AppError } from '../domain/errors';
import type { Initiative, Metric, Quantity, Section, Status } from '../domain/types';
import type { LineageLinks, LinkKind } from './lineage';

/** A link of this year's changes, with both records. */
export interface ChangeLink {
  from: Initiative;
  to: Initiative;
  kind: LinkKind;
  confidence: number;
}

/** A template row printed in both reports whose 実施状況 differs. */
export interface StatusChange {
  section: Section;
  item: number | null;
  sub: string | null;
  subGroup: string | null;
  rowTitle: string;
  from: Status;
  to: Status;
  /** The previous report's reason for 実施未定, when it gave one. */
  previousReason: string | null;
  /** The row's first record in each report, to cite and quote (a reason given now for 実施未定 is `to`'s). */
  fromId: string;
  toId: string;
}

export const METRIC_FIELDS = ['target', 'current', 'baseline'] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];

/** One number of a target (目標, 現状 or 目標設定時) that differs between linked metrics. */
export interface MetricMove {
  section: Section;
  item: number | null;
  rowTitle: string;
  /** 【全体】 style label without brackets, or null. */
  label: string | null;
  field: MetricField;
  from: Quantity | null;
  to: Quantity | null;
  fromId: string;
  toId: string;
}

/** A ministry's report against its previous one; every list is empty when there is no previous report. */
export interface YearChanges {
  ministry: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  previousYear: number | null;
  previousYearLabel: string | null;
  /** Initiatives without a predecessor in the previous report. */
  new: Initiative[];
  expanded: ChangeLink[];
  /** Links of kind same or reworded. */
  continued: ChangeLink[];
  /** Initiatives of the previous report without a successor in this one. */
  dropped: Initiative[];
  statusChanges: StatusChange[];
  metricMoves: MetricMove[];
}

const VARIANT = /[(（][^()（）]{2,40}[)）]$/u;

/** A row across years: the template place plus a variant such as (独自実施のもの), which makes a row of its own. */
function rowIdentity(initiative: Initiative): string {
  const variant = VARIANT.exec(initiative.rowTitle)?.[0] ?? '';
  return [initiative.section, initiative.item ?? '', initiative.subGroup ?? '', initiative.sub ?? '', variant].join('|');
}

function firstPerRow(records: Initiative[]): Map<string, Initiative> {
  const rows = new Map<string, Initiative>();
  for (const record of records) if (!rows.has(rowIdentity(record))) rows.set(rowIdentity(record), record);
  return rows;
}

/**
 * A row by its place and printed title, without the group letter: one report may print a row's group (a) where the next,
 * printing only some of the group's rows, prints none — the same row all the same.
 */
export function titledRow(initiative: Pick<Initiative, 'section' | 'item' | 'sub' | 'rowTitle'>): string {
  return [initiative.section, initiative.item ?? '', initiative.sub ?? '', initiative.rowTitle].join('|');
}

function statusChanges(previous: Initiative[], current: Initiative[]): StatusChange[] {
  const before = firstPerRow(previous);
  const beforeByTitle = new Map<string, Initiative | null>();
  // A title printed by two rows of one place (two groups) names neither: null.
  for (const record of before.values()) beforeByTitle.set(titledRow(record), beforeByTitle.has(titledRow(record)) ? null : record);
  const changes: StatusChange[] = [];
  for (const [row, now] of firstPerRow(current)) {
    const then = before.get(row) ?? beforeByTitle.get(titledRow(now)) ?? undefined;
    if (!then || then.status === null || now.status === null || then.status === now.status) continue;
    const { section, item, sub, subGroup, rowTitle } = now;
    changes.push({
      section,
      item,
      sub,
      subGroup,
      rowTitle,
      from: then.status,
      to: now.status,
      previousReason: then.reason,
      fromId: then.id,
      toId: now.id,
    });
  }
  return changes;
}

function sameQuantity(a: Quantity | null, b: Quantity | null): boolean {
  if (a === null || b === null) return a === b;
  return a.value === b.value && a.unit === b.unit;
}

function metricMoves(link: ChangeLink): MetricMove[] {
  const before: Metric | null = link.from.metric;
  const after: Metric | null = link.to.metric;
  if (!before || !after) return [];
  return METRIC_FIELDS.filter((field) => !sameQuantity(before[field], after[field])).map((field) => ({
    section: link.to.section,
    item: link.to.item,
    rowTitle: link.to.rowTitle,
    label: after.label,
    field,
    from: before[field],
    to: after[field],
    fromId: link.from.id,
    toId: link.to.id,
  }));
}

/**
 * What a ministry's report for `fiscalYear` changed against that ministry's previous report.
 * NOT_FOUND when the corpus has no report for the ministry and year.
 * @example changesBetween('テスト省', 2022, initiatives, linkAcrossYears(initiatives)).dropped.map((i) => i.text)
 */
export function changesBetween(ministry: string, fiscalYear: number, initiatives: Initiative[], links: LineageLinks): YearChanges {
  const current = initiatives.filter((i) => i.ministry === ministry && i.fiscalYear === fiscalYear);
  if (current.length === 0) throw new AppError('NOT_FOUND', `no report of ${ministry} for fiscal year ${fiscalYear}`, { field: 'year' });
  const earlierYears = initiatives.filter((i) => i.ministry === ministry && i.fiscalYear < fiscalYear).map((i) => i.fiscalYear);
  const previousYear = earlierYears.length > 0 ? Math.max(...earlierYears) : null;
  const previous = previousYear === null ? [] : initiatives.filter((i) => i.ministry === ministry && i.fiscalYear === previousYear);
  const [first] = current;
  if (first === undefined) throw new AppError('NOT_FOUND', `no report of ${ministry} for fiscal year ${fiscalYear}`, { field: 'year' });
  const changes: YearChanges = {
    ministry,
    fiscalYear,
    fiscalYearLabel: first.fiscalYearLabel,
    previousYear,
    previousYearLabel: previous[0]?.fiscalYearLabel ?? null,
    new: [],
    expanded: [],
    continued: [],
    dropped: [],
    statusChanges: [],
    metricMoves: [],
  };
  if (previousYear === null) return changes;
  const byId = new Map(previous.map((i) => [i.id, i]));
  const linkable = (i: Initiative): boolean => i.kind === 'statement' || i.kind === 'metric';
  for (const record of current.filter(linkable)) {
    const link = links.previous.get(record.id);
    const from = link ? byId.get(link.from) : undefined;
    if (!link || !from) {
      changes.new.push(record);
      continue;
    }
    const change: ChangeLink = { from, to: record, kind: link.kind, confidence: link.confidence };
    (link.kind === 'expanded' ? changes.expanded : changes.continued).push(change);
    changes.metricMoves.push(...metricMoves(change));
  }
  const currentIds = new Set(current.map((i) => i.id));
  changes.dropped = previous.filter((i) => linkable(i) && !currentIds.has(links.next.get(i.id)?.to ?? ''));
  changes.statusChanges = statusChanges(previous, current);
  return changes;
}
