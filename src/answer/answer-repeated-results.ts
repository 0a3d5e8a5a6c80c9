/**
 * 「前の年度とまったく同じ数字がそのまま報告されている成果はありますか」: a row's results column (D) printing the same
 * figures as the same ministry's report of the year before, read off every pair of consecutive loaded reports, so as
 * sure as the printed texts.
 */
import { templateRow } from '../query/lineage';
import type { SearchEngine } from '../query/types';
import type { Draft } from './answer-context';
import { reportSource, sourceOf } from './answer-context';
import { preparedInitiatives, type PreparedInitiative } from './retrieve-candidates';
import { describeYear, type ReportCatalog } from './report-catalog';

/** 「前の年度と（まったく）同じ数字」「前年度から変わっていない成果」: results asked to repeat the year before's. */
export const SAME_AS_YEAR_BEFORE =
  /(前の年度?|前年度|前年|昨年度|前回|前の報告)(と|から)(まったく|全く|完全に|そっくり)?(同じ|変わらない|変わっていない|変わってない)/;
/** The results column, in the words people use for it. */
const RESULTS_NAMED = /成果|結果|実績|[(（]?D[)）]?欄/;

/** Read off the printed results of two reports: as sure as a list of a tag. */
const REPEATED_CONFIDENCE = 0.9;

/** Whether a question asks for results repeated from the year before. */
export function asksRepeatedResults(question: string): boolean {
  return SAME_AS_YEAR_BEFORE.test(question) && RESULTS_NAMED.test(question);
}

/** A results text's figures, as value and unit, in order. */
function figuresOf(p: PreparedInitiative): string {
  return p.counts.map((n) => `${n.value}${n.unit}`).join(' ');
}

/**
 * The rows whose results print the same figures as the same row the ministry's report of the year before (same
 * template row and row title), one draft per pair with both texts, led by the ministries that have any; restricted
 * to the ministries and years named. null when no results repeat.
 */
export function repeatedResults(
  engine: SearchEngine,
  catalog: ReportCatalog,
  scope: { ministries: string[]; fiscalYears: number[] },
): { drafts: Draft[]; lead: string } | null {
  const years = new Set(scope.fiscalYears);
  const byRow = new Map<string, PreparedInitiative[]>();
  for (const p of preparedInitiatives(engine)) {
    if (p.field !== 'results' || p.counts.length === 0) continue;
    if (scope.ministries.length > 0 && !scope.ministries.includes(p.initiative.ministry)) continue;
    const key = `${p.initiative.ministry}\u0001${templateRow(p.initiative)}\u0001${p.initiative.rowTitle}`;
    byRow.set(key, [...(byRow.get(key) ?? []), p]);
  }
  const drafts: Draft[] = [];
  for (const entries of byRow.values()) {
    const inOrder = [...entries].sort((a, b) => a.initiative.fiscalYear - b.initiative.fiscalYear);
    for (let i = 1; i < inOrder.length; i++) {
      const [before, after] = [inOrder[i - 1]!, inOrder[i]!];
      const { ministry } = after.initiative;
      // Consecutive reports of the ministry, the later one among the years named (「令和3年度の報告で前年度と同じ」).
      const loaded = catalog.yearsOf.get(ministry) ?? [];
      if (loaded[loaded.indexOf(after.initiative.fiscalYear) - 1] !== before.initiative.fiscalYear) continue;
      if (years.size > 0 && !years.has(after.initiative.fiscalYear)) continue;
      if (figuresOf(before) !== figuresOf(after)) continue;
      const label = (p: PreparedInitiative) => describeYear(catalog, ministry, p.initiative.fiscalYear);
      const same = before.text === after.text ? '同じ記載' : '同じ数字';
      drafts.push({
        answer: `${after.initiative.rowTitle}：${label(before)}「${before.text}」→ ${label(after)}「${after.text}」（${same}）`,
        confidence: REPEATED_CONFIDENCE,
        sources: [sourceOf(before.initiative, before.text, 'results'), sourceOf(after.initiative, after.text, 'results')],
      });
    }
  }
  if (drafts.length > 0) {
    const ministries = [...new Set(drafts.map((d) => d.sources[0]!.ministry))];
    return { drafts, lead: `前の年度と同じ数字の成果があるのは${ministries.join('・')}` };
  }
  // None repeats: said of the reports compared, each cited by its first record (an absence has no row to quote).
  const compared = catalog.reports.filter(
    (report) =>
      (scope.ministries.length === 0 || scope.ministries.includes(report.ministry)) &&
      (years.size === 0 || years.has(report.fiscalYear)) &&
      (catalog.yearsOf.get(report.ministry) ?? []).includes(report.fiscalYear - 1),
  );
  const sources = compared.flatMap((report) => reportSource({ engine }, report.ministry, report.fiscalYear));
  if (sources.length === 0) return null;
  return {
    drafts: [{ answer: '前の年度と同じ数字の成果はありません', confidence: REPEATED_CONFIDENCE, sources }],
    lead: '前の年度と同じ数字の成果はありません',
  };
}
