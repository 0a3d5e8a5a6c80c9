/**
 * 「実施未定の理由に「予定」と書いていた項目は、次の年度の報告で実施に変わったのでしょうか」: the rows left 実施未定 with a
 * reason holding the words quoted, each followed into the ministry's next report (done there, still 実施未定, or no later
 * report loaded), read off the lineage's status changes (src/query/lineage-changes.ts), so as sure as the printed rows.
 */
import type { Initiative } from '../domain/types';
import { titledRow } from '../query/lineage-changes';
import type { SearchEngine } from '../query/types';
import type { Draft } from './answer-context';
import { sourceOf } from './answer-context';
import { normalizeForMatch } from './relevance';
import { type ReportCatalog } from './report-catalog';
import { recordsOfReport } from './retrieve-candidates';

/** 「理由に「予定」と書いていた項目は、次の年度に実施に変わったか」 */
const REASON_FOLLOWED =
  /理由(に|で|として|を)?[^。？?]{0,8}?[「『]([^」』]{1,12})[」』][^。？?]{0,40}?(次の年度|翌年度|翌年|次の報告|その後|後の報告)[^。？?]{0,24}?(実施|変わ|解消|どうなっ)/;

const FOLLOWED_CONFIDENCE = 0.9;

/** The words quoted of the reasons asked to be followed, or null when the question asks no such thing. */
export function reasonFollowedOf(question: string): string | null {
  return REASON_FOLLOWED.exec(question.normalize('NFKC'))?.[2] ?? null;
}

/**
 * Each row left 実施未定 whose reason holds `words`, in the reports asked (ministries and years named; every report when
 * none), with what the ministry's next loaded report says of the same row; led by the ministries whose rows became 実施.
 * Null when no reason holds the words.
 */
export function reasonsFollowed(
  engine: SearchEngine,
  catalog: ReportCatalog,
  words: string,
  scope: { ministries: string[]; fiscalYears: number[] },
): { drafts: Draft[]; lead: string } | null {
  const wanted = normalizeForMatch(words);
  const years = new Set(scope.fiscalYears);
  const drafts: Draft[] = [];
  const done: string[] = [];
  for (const [ministry, loaded] of catalog.yearsOf) {
    if (scope.ministries.length > 0 && !scope.ministries.includes(ministry)) continue;
    const sorted = [...loaded].sort((a, b) => a - b);
    for (const [i, year] of sorted.entries()) {
      // A span named (令和2年度・令和3年度・令和4年度) reads the reasons of every year in it but the last, followed into the next.
      if (years.size > 0 && !years.has(year)) continue;
      const next = sorted[i + 1];
      if (years.size > 1 && next !== undefined && !years.has(next)) continue;
      const rows = rowsUndoneWith(engine, ministry, year, wanted);
      if (rows.length === 0) continue;
      const changes = next === undefined ? null : engine.changes(ministry, next);
      for (const row of rows) {
        const moved = changes?.statusChanges.find((change) => change.fromId === row.id);
        const label = catalog.labelOf(ministry, year);
        const then = `［${label}］${row.rowTitle}：実施未定（理由：${row.reason}）`;
        // Not changed: the same row of the next report, still 実施未定 with a reason of its own, or not printed.
        const same = next === undefined || moved !== undefined ? undefined : sameRowIn(engine, row, next);
        const nextLabel = next === undefined ? '' : `［${catalog.labelOf(ministry, next)}］`;
        const later =
          next === undefined
            ? '（次の年度の報告は読み込まれていません）'
            : moved !== undefined
              ? ` → ${nextLabel}${moved.to}`
              : same !== undefined
                ? ` → ${nextLabel}${same.status ?? ''}${same.reason ? `（理由：${same.reason}）` : ''}`
                : ` → ${nextLabel}この行の記載なし`;
        if (moved?.to === '実施') done.push(ministry);
        const after = moved === undefined ? same : engine.getInitiative(moved.toId);
        drafts.push({
          answer: `${then}${later}`,
          confidence: FOLLOWED_CONFIDENCE,
          sources: [sourceOf(row, row.reason ?? row.text, 'reason'), ...(after ? [sourceOf(after)] : [])],
          acrossYears: true,
        });
      }
    }
  }
  if (drafts.length === 0) return null;
  const lead =
    done.length > 0
      ? `理由に「${words}」とあった項目が次の年度に実施になったのは${[...new Set(done)].join('・')}`
      : `理由に「${words}」とあった項目で、次の年度に実施になったものはありません`;
  return { drafts, lead };
}

/** The first record of the row of the ministry's report of `fiscalYear` in the same template place with the same title. */
function sameRowIn(engine: SearchEngine, row: Initiative, fiscalYear: number): Initiative | undefined {
  const same = recordsOfReport(engine, row.ministry, fiscalYear).find((record) => titledRow(record) === titledRow(row));
  return same === undefined ? undefined : (engine.rowOf(same.id)[0] ?? same);
}

/** The first record of each row of the report left 実施未定 whose reason holds the words (normalised). */
function rowsUndoneWith(engine: SearchEngine, ministry: string, fiscalYear: number, wanted: string): Initiative[] {
  const rows = new Map<string, Initiative>();
  for (const initiative of recordsOfReport(engine, ministry, fiscalYear)) {
    if (initiative.status !== '実施未定' || initiative.reason === null || !normalizeForMatch(initiative.reason).includes(wanted)) continue;
    const first = engine.rowOf(initiative.id)[0] ?? initiative;
    if (!rows.has(first.rowKey)) rows.set(first.rowKey, first.reason === null ? { ...first, reason: initiative.reason } : first);
  }
  return [...rows.values()];
}
