/**
 * Lineage: which initiative of a ministry's report continues which of its previous report, so that one initiative
 * can be followed over the years (historyOf) and a year's changes listed (changesBetween, in lineage-changes.ts).
 *
 * Links join consecutive reports of one ministry only (the previous fiscal year that ministry has a report for, not
 * necessarily year − 1). Candidates come from the same template row (section, item, group letter, sub-item), scored
 * by bigram similarity of the texts and by the later statement's tag; pairs are taken one-to-one, best score first.
 */
import { AppError } from '../domain/errors';
import type { Initiative, Tag } from '../domain/types';
import { comparableText, textGrew, textSimilarity, type ComparableText } from './lineage-similarity';

/** same: the text is unchanged after normalisation; expanded: tagged 【拡充】 or grown by a clause; reworded: otherwise similar. */
export type LinkKind = 'same' | 'reworded' | 'expanded';

/** How a link was found: in the same template row; there, as the only candidate a 継続/拡充 could continue; or in another row. */
export type LinkBasis = 'row' | 'tag' | 'moved';

/** One initiative of a report continued by one of the same ministry's next report. */
export interface LineageLink {
  /** Id of the earlier initiative. */
  from: string;
  /** Id of the later initiative. */
  to: string;
  kind: LinkKind;
  /** 0–1: how sure the linker is that the two are one initiative. */
  confidence: number;
  basis: LinkBasis;
}

/** Every link of a corpus, indexed both ways. */
export interface LineageLinks {
  links: LineageLink[];
  /** The link to an initiative from its predecessor, by the later initiative's id. */
  previous: ReadonlyMap<string, LineageLink>;
  /** The link from an initiative to its successor, by the earlier initiative's id. */
  next: ReadonlyMap<string, LineageLink>;
  /** Each ministry's fiscal years with a report, ascending. */
  years: ReadonlyMap<string, number[]>;
}

/** One step of an initiative's history. */
export interface HistoryEntry {
  id: string;
  ministry: string;
  fiscalYear: number;
  fiscalYearLabel: string;
  tag: Tag | null;
  text: string;
  /** The link joining this entry to its neighbour on the way to the asked initiative; null for that initiative itself. */
  link: LinkKind | null;
  /** That link's confidence; null for the asked initiative. */
  confidence: number | null;
}

/** A candidate for a link, with the score that ranks it. */
interface Candidate {
  earlier: Prepared;
  later: Prepared;
  score: number;
  basis: LinkBasis;
}

interface Prepared {
  initiative: Initiative;
  text: ComparableText;
  row: string;
}

/** Minimum score of a same-row pair; a 新規 statement (score lowered) needs a near-identical text to pass. */
const ROW_THRESHOLD = 0.4;
/** A 継続/拡充 left alone in its row with one unlinked predecessor candidate: the least similarity still taken. */
const TAG_ONLY_THRESHOLD = 0.15;
/** Across rows only a near-identical text is taken: the same statement moved to another item. */
const MOVED_THRESHOLD = 0.85;

/** Records that can continue from year to year: statements and metrics (a statementless row's reason or title cannot). */
export function isLinkable(initiative: Initiative): boolean {
  return initiative.kind === 'statement' || initiative.kind === 'metric';
}

/** The template row an initiative stands in, across years (the row key of Initiative is per report). */
export function templateRow(initiative: Pick<Initiative, 'section' | 'item' | 'subGroup' | 'sub'>): string {
  return [initiative.section, initiative.item ?? '', initiative.subGroup ?? '', initiative.sub ?? ''].join('|');
}

/** A later statement's tag says whether it expects a predecessor: 継続/拡充 do, 新規 normally does not. */
function tagAdjustment(tag: Tag | null): number {
  if (tag === '継続' || tag === '拡充') return 0.1;
  if (tag === '新規') return -0.25;
  return 0;
}

/** Two metrics of a row are one target when their labels (【全体】, 【本省課室長相当職】 …) agree; their numbers move. */
function metricScore(earlier: Prepared, later: Prepared): number {
  const similarity = textSimilarity(earlier.text, later.text);
  return earlier.initiative.label === later.initiative.label ? 0.7 + 0.3 * similarity : 0.5 * similarity;
}

function pairScore(earlier: Prepared, later: Prepared): number {
  const kinds = [earlier.initiative.kind, later.initiative.kind];
  if (kinds[0] !== kinds[1]) return 0;
  if (kinds[0] === 'metric') return metricScore(earlier, later);
  return textSimilarity(earlier.text, later.text) + tagAdjustment(later.initiative.tag);
}

function prepare(initiatives: Initiative[]): Prepared[] {
  return initiatives.map((initiative) => ({ initiative, text: comparableText(initiative.text), row: templateRow(initiative) }));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Takes candidates best first, each initiative at most once on each side. Ties go to the pair closer in row order. */
function takeOneToOne(candidates: Candidate[], used: Set<string>): Candidate[] {
  const distance = (c: Candidate): number => Math.abs(c.earlier.initiative.position - c.later.initiative.position);
  candidates.sort((a, b) => b.score - a.score || distance(a) - distance(b) || a.later.initiative.order - b.later.initiative.order);
  const taken: Candidate[] = [];
  for (const candidate of candidates) {
    const ids = [candidate.earlier.initiative.id, candidate.later.initiative.id];
    if (ids.some((id) => used.has(id))) continue;
    ids.forEach((id) => used.add(id));
    taken.push(candidate);
  }
  return taken;
}

/** Same-row candidates above the threshold; each row compares only its own statements, so the cost stays small. */
function rowCandidates(earlierRows: Map<string, Prepared[]>, laterRows: Map<string, Prepared[]>): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [row, laters] of laterRows) {
    for (const earlier of earlierRows.get(row) ?? []) {
      for (const later of laters) {
        const score = pairScore(earlier, later);
        if (score >= ROW_THRESHOLD) candidates.push({ earlier, later, score, basis: 'row' });
      }
    }
  }
  return candidates;
}

/** A 継続/拡充 with no link yet, whose row has exactly one unlinked earlier statement: that one, if not unrelated. */
function tagCandidates(earlierRows: Map<string, Prepared[]>, laterRows: Map<string, Prepared[]>, used: Set<string>): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [row, laters] of laterRows) {
    const open = (earlierRows.get(row) ?? []).filter((p) => !used.has(p.initiative.id) && p.initiative.kind === 'statement');
    const expecting = laters.filter((p) => !used.has(p.initiative.id) && (p.initiative.tag === '継続' || p.initiative.tag === '拡充'));
    const [earlier] = open;
    const [later] = expecting;
    if (open.length !== 1 || expecting.length !== 1 || earlier === undefined || later === undefined) continue;
    const similarity = textSimilarity(earlier.text, later.text);
    if (similarity >= TAG_ONLY_THRESHOLD) candidates.push({ earlier, later, score: similarity, basis: 'tag' });
  }
  return candidates;
}

/** Statements still unlinked on both sides whose texts are near identical although their rows differ. */
function movedCandidates(earlier: Prepared[], later: Prepared[], used: Set<string>): Candidate[] {
  const open = (side: Prepared[]): Prepared[] => side.filter((p) => !used.has(p.initiative.id) && p.initiative.kind === 'statement');
  const candidates: Candidate[] = [];
  const laters = open(later);
  for (const e of open(earlier)) {
    for (const l of laters) {
      const score = textSimilarity(e.text, l.text);
      if (score >= MOVED_THRESHOLD) candidates.push({ earlier: e, later: l, score, basis: 'moved' });
    }
  }
  return candidates;
}

function kindOf(earlier: Prepared, later: Prepared): LinkKind {
  if (earlier.text.key === later.text.key) return 'same';
  if (later.initiative.kind === 'metric') return 'reworded';
  if (later.initiative.tag === '拡充' || textGrew(earlier.text, later.text)) return 'expanded';
  return 'reworded';
}

/** Confidence 0–1 from the score and how the link was found: a text unchanged in its row is certain, a moved one less so. */
function confidenceOf(candidate: Candidate, kind: LinkKind): number {
  const clamp = (value: number): number => Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
  if (candidate.basis === 'moved') return clamp(0.7 * candidate.score);
  if (candidate.basis === 'tag') return clamp(0.3 + candidate.score);
  const penalty = candidate.later.initiative.tag === '新規' ? 0.15 : 0;
  if (kind === 'same') return clamp(1 - penalty);
  return clamp(0.3 + 0.7 * Math.min(1, candidate.score) - penalty);
}

/** Links the initiatives of one ministry's report to those of its next report. */
function linkReports(earlierReport: Initiative[], laterReport: Initiative[]): LineageLink[] {
  const earlier = prepare(earlierReport);
  const later = prepare(laterReport);
  const earlierRows = groupBy(earlier, (p) => p.row);
  const laterRows = groupBy(later, (p) => p.row);
  const used = new Set<string>();
  const taken = takeOneToOne(rowCandidates(earlierRows, laterRows), used);
  taken.push(...takeOneToOne(tagCandidates(earlierRows, laterRows, used), used));
  taken.push(...takeOneToOne(movedCandidates(earlier, later, used), used));
  return taken.map((candidate) => {
    const kind = kindOf(candidate.earlier, candidate.later);
    const { earlier: e, later: l, basis } = candidate;
    return { from: e.initiative.id, to: l.initiative.id, kind, confidence: confidenceOf(candidate, kind), basis };
  });
}

/**
 * Links each statement or metric to its counterpart in the same ministry's previous and next report.
 * Pure: depends only on the records given (as made by buildInitiatives), never on other ministries' reports.
 * @example const lineage = linkAcrossYears(initiatives); lineage.previous.get(id)?.kind // 'expanded'
 */
export function linkAcrossYears(initiatives: Initiative[]): LineageLinks {
  const links: LineageLink[] = [];
  const years = new Map<string, number[]>();
  for (const [ministry, records] of groupBy(initiatives.filter(isLinkable), (i) => i.ministry)) {
    const byYear = groupBy(records, (i) => String(i.fiscalYear));
    const sorted = [...byYear.keys()].map(Number).sort((a, b) => a - b);
    years.set(ministry, sorted);
    for (let i = 1; i < sorted.length; i++) {
      links.push(...linkReports(byYear.get(String(sorted[i - 1])) ?? [], byYear.get(String(sorted[i])) ?? []));
    }
  }
  return {
    links,
    previous: new Map(links.map((link) => [link.to, link])),
    next: new Map(links.map((link) => [link.from, link])),
    years,
  };
}

function entryOf(initiative: Initiative, link: LineageLink | null): HistoryEntry {
  const { id, ministry, fiscalYear, fiscalYearLabel, tag, text } = initiative;
  return { id, ministry, fiscalYear, fiscalYearLabel, tag, text, link: link?.kind ?? null, confidence: link?.confidence ?? null };
}

/**
 * The chain an initiative belongs to, ordered by fiscal year, itself included (with link null).
 * INITIATIVE_NOT_FOUND when the id is unknown.
 * @example historyOf(id, lineage, byId).map((e) => `${e.fiscalYearLabel}【${e.tag}】`) // ['令和2年度【新規】', '令和3年度【継続】', '令和4年度【拡充】']
 */
export function historyOf(id: string, links: LineageLinks, byId: ReadonlyMap<string, Initiative>): HistoryEntry[] {
  const self = byId.get(id);
  if (!self) throw new AppError('INITIATIVE_NOT_FOUND', `no initiative with id ${id}`, { field: 'id' });
  const before: HistoryEntry[] = [];
  for (let link = links.previous.get(id); link; link = links.previous.get(link.from)) {
    const earlier = byId.get(link.from);
    if (!earlier) break;
    before.unshift(entryOf(earlier, link));
  }
  const after: HistoryEntry[] = [];
  for (let link = links.next.get(id); link; link = links.next.get(link.to)) {
    const later = byId.get(link.to);
    if (!later) break;
    after.push(entryOf(later, link));
  }
  return [...before, entryOf(self, null), ...after];
}

export { changesBetween, type YearChanges, type ChangeLink, type StatusChange, type MetricMove } from './lineage-changes';
