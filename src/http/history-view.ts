/**
 * An initiative's history as the initiative page shows it: 令和2年度【新規】 → 令和3年度【継続】 → 令和4年度【拡充】, each step
 * with how it was linked and its wording's changes against the step before (a character diff, drawn escaped).
 */
import type { HistoryEntry, LinkKind } from '../query/lineage';
import type { SearchEngine } from '../query/types';
import { diffText, type DiffPart } from '../query/text-diff';

const LINK_LABELS: Record<LinkKind, string> = { same: '同じ文言', reworded: '文言を変更', expanded: '内容を拡充' };

export interface HistoryStep extends HistoryEntry {
  current: boolean;
  /** How this step joins the one before: 同じ文言 / 文言を変更 / 内容を拡充 (null for the first step). */
  linkLabel: string | null;
  /** The link's confidence in percent, for the step that joins the one before. */
  confidencePercent: number | null;
  /** The wording against the step before; null for the first step or an unchanged text. */
  diff: DiffPart[] | null;
}

/** The link printed between two steps is the later step's own link when it comes after the asked initiative, else the earlier's. */
function joiningLink(history: HistoryEntry[], index: number, currentIndex: number): { kind: LinkKind | null; confidence: number | null } {
  const entry = index > currentIndex ? history[index]! : history[index - 1]!;
  return { kind: entry.link, confidence: entry.confidence };
}

/** The steps of an initiative's history, oldest first; one step when it stands alone. */
export function buildHistoryView(engine: SearchEngine, id: string): HistoryStep[] {
  const history = engine.history(id);
  const currentIndex = history.findIndex((entry) => entry.id === id);
  return history.map((entry, index) => {
    const joined = index === 0 ? null : joiningLink(history, index, currentIndex);
    const before = index === 0 ? null : history[index - 1]!.text;
    return {
      ...entry,
      current: entry.id === id,
      linkLabel: joined?.kind ? LINK_LABELS[joined.kind] : null,
      confidencePercent: joined?.confidence == null ? null : Math.round(joined.confidence * 100),
      diff: before === null || before === entry.text ? null : diffText(before, entry.text),
    };
  });
}
