/**
 * 「今年度の変化」: one ministry's report against its previous one, as the page, the JSON API and the CSV show it —
 * new, expanded, continued and dropped initiatives, rows whose 実施状況 changed, and targets whose numbers moved.
 */
import type { Initiative, Quantity } from '../domain/types';
import type { ChangeLink, MetricMove, StatusChange, YearChanges } from '../query/lineage';
import type { ReportRef, SearchEngine } from '../query/types';
import { diffText } from '../query/text-diff';
import { describeRow } from './present-results';

const FIELD_LABELS = { target: '目標', current: '現状', baseline: '目標設定時' } as const;
const KIND_LABELS = { same: '同じ文言', reworded: '文言を変更', expanded: '内容を拡充' } as const;

/** An initiative as the API lists it: enough to find and cite it. */
function briefOf(i: Initiative) {
  return {
    id: i.id,
    section: i.section,
    item: i.item,
    itemTitle: i.itemTitle,
    subGroup: i.subGroup,
    sub: i.sub,
    rowTitle: i.rowTitle,
    kind: i.kind,
    tag: i.tag,
    status: i.status,
    text: i.text,
  };
}

function linkOf(link: ChangeLink) {
  return { kind: link.kind, confidence: link.confidence, from: briefOf(link.from), to: briefOf(link.to) };
}

/** The JSON body of GET /api/changes. */
export function serializeChanges(changes: YearChanges) {
  const { ministry, fiscalYear, fiscalYearLabel, previousYear, previousYearLabel, statusChanges, metricMoves } = changes;
  return {
    ministry,
    fiscalYear,
    fiscalYearLabel,
    previousYear,
    previousYearLabel,
    counts: {
      new: changes.new.length,
      expanded: changes.expanded.length,
      continued: changes.continued.length,
      dropped: changes.dropped.length,
      statusChanges: statusChanges.length,
      metricMoves: metricMoves.length,
    },
    new: changes.new.map(briefOf),
    expanded: changes.expanded.map(linkOf),
    continued: changes.continued.map(linkOf),
    dropped: changes.dropped.map(briefOf),
    statusChanges,
    metricMoves,
  };
}

function quantityText(q: Quantity | null): string {
  return q === null ? '記載なし' : q.text || `${q.value}${q.unit}`;
}

/** Where a record stands: 「働き方改革 › 4 超過勤務の縮減の徹底 › a-ア …」. */
function placeOf(r: Pick<Initiative, 'section' | 'item' | 'itemTitle' | 'sub' | 'subGroup' | 'rowTitle'>): string {
  const sub = r.sub === null ? null : r.subGroup ? `${r.subGroup}-${r.sub}` : r.sub;
  return `${r.section} › ${describeRow({ ...r, sub })}`;
}

/** One line of the CSV and of the page's tables. */
export interface ChangeLine {
  change: '新規' | '拡充' | '継続' | '取りやめ' | '実施状況の変化' | '数値の変化';
  place: string;
  before: string;
  after: string;
  how: string;
  confidence: number | null;
  id: string;
}

function linkLine(change: '拡充' | '継続', link: ChangeLink): ChangeLine {
  return {
    change,
    place: placeOf(link.to),
    before: link.from.text,
    after: link.to.text,
    how: KIND_LABELS[link.kind],
    confidence: link.confidence,
    id: link.to.id,
  };
}

function statusLine(s: StatusChange): ChangeLine {
  const before = s.previousReason ? `${s.from}（理由：${s.previousReason}）` : s.from;
  const place = placeOf({ ...s, itemTitle: null, rowTitle: s.rowTitle });
  return { change: '実施状況の変化', place, before, after: s.to, how: `${s.from} → ${s.to}`, confidence: null, id: '' };
}

function metricLine(m: MetricMove): ChangeLine {
  const title = `${m.rowTitle}${m.label ? `【${m.label}】` : ''}`;
  return {
    change: '数値の変化',
    place: `${m.section} › ${title}`,
    before: quantityText(m.from),
    after: quantityText(m.to),
    how: FIELD_LABELS[m.field],
    confidence: null,
    id: m.toId,
  };
}

/** Every change as one line each, in the page's order. */
export function changeLines(changes: YearChanges): ChangeLine[] {
  return [
    ...changes.new.map((i): ChangeLine => ({
      change: '新規',
      place: placeOf(i),
      before: '',
      after: i.text,
      how: i.tag ? `【${i.tag}】` : '',
      confidence: null,
      id: i.id,
    })),
    ...changes.expanded.map((l) => linkLine('拡充', l)),
    ...changes.continued.map((l) => linkLine('継続', l)),
    ...changes.dropped.map((i): ChangeLine => ({
      change: '取りやめ',
      place: placeOf(i),
      before: i.text,
      after: '',
      how: '',
      confidence: null,
      id: i.id,
    })),
    ...changes.statusChanges.map(statusLine),
    ...changes.metricMoves.map(metricLine),
  ];
}

/** The reports to choose from, grouped by ministry. */
export function reportChoices(reports: ReportRef[]) {
  const byMinistry = new Map<string, ReportRef[]>();
  for (const r of reports) byMinistry.set(r.ministry, [...(byMinistry.get(r.ministry) ?? []), r]);
  return [...byMinistry].map(([ministry, list]) => ({
    ministry,
    reports: list.map((r, index) => ({ ...r, href: changesHref(ministry, r.fiscalYear), first: index === 0 })),
  }));
}

export function changesHref(ministry: string, year: number, path = '/changes'): string {
  return `${path}?${new URLSearchParams({ ministry, year: String(year) }).toString()}`;
}

/** Everything views/changes.ejs draws; changes is null when no report is chosen yet. */
export function buildChangesPage(engine: SearchEngine, chosen: { ministry: string; year: number } | null) {
  const choices = reportChoices(engine.reports());
  if (chosen === null) return { choices, changes: null, diffs: null, lines: [], hrefs: null };
  const changes = engine.changes(chosen.ministry, chosen.year);
  const diffs = new Map(
    changes.expanded.concat(changes.continued).map((l) => [l.to.id, l.from.text === l.to.text ? null : diffText(l.from.text, l.to.text)]),
  );
  return {
    choices,
    changes,
    diffs,
    lines: changeLines(changes),
    placeOf,
    fieldLabels: FIELD_LABELS,
    quantityText,
    hrefs: { csv: changesHref(chosen.ministry, chosen.year, '/api/changes.csv'), json: changesHref(chosen.ministry, chosen.year, '/api/changes') },
  };
}
