/**
 * Timeline: how many initiatives match a query per fiscal year and per ministry. An identical statement
 * repeated under several items of one report counts once for that report.
 */
import { matchQuery, type EngineContext } from './search';
import type { TimelineResponse } from './types';

export function timeline(context: EngineContext, q: string): TimelineResponse {
  const trimmed = q.trim();
  const analyzed = trimmed === '' ? null : context.analyzer.analyzeQuery(trimmed);
  const counted = new Set<string>();
  const byYear = new Map<number, number>();
  const byMinistry = new Map<string, number>();
  const byMinistryYear = new Map<string, { ministry: string; year: number; count: number }>();
  for (const ordinal of matchQuery(context, analyzed).ordinals) {
    const initiative = context.corpus.initiatives[ordinal]!;
    const { ministry, fiscalYear: year } = initiative;
    const key = `${ministry}|${year}|${initiative.duplicateGroup ?? initiative.id}`;
    if (counted.has(key)) continue;
    counted.add(key);
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
    byMinistry.set(ministry, (byMinistry.get(ministry) ?? 0) + 1);
    const cell = byMinistryYear.get(`${ministry}|${year}`) ?? { ministry, year, count: 0 };
    cell.count += 1;
    byMinistryYear.set(`${ministry}|${year}`, cell);
  }
  return {
    query: q,
    byYear: [...byYear].map(([year, count]) => ({ year, count })).sort((a, b) => a.year - b.year),
    byMinistry: [...byMinistry].map(([ministry, count]) => ({ ministry, count })).sort((a, b) => b.count - a.count || a.ministry.localeCompare(b.ministry)),
    byMinistryYear: [...byMinistryYear.values()].sort((a, b) => a.ministry.localeCompare(b.ministry) || a.year - b.year),
  };
}
