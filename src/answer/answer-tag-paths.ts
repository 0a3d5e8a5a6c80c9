/**
 * 「令和2年度に【新規】、令和3年度は【継続】、令和4年度に【拡充】と広がっていった取組」「令和3年度に【新規】だった取組で、令和4年度
 * は【継続】になったのに文面が書き換わっているもの」: initiatives followed through consecutive reports of a ministry whose
 * tags went the way the question lists them, read off the lineage (src/query/lineage.ts), so as sure as its links.
 */
import type { Initiative, Tag } from '../domain/types';
import type { ChangeLink } from '../query/lineage';
import type { SearchEngine } from '../query/types';
import type { Draft } from './answer-context';
import { reportSource, sourceOf } from './answer-context';
import { describeYear, type ReportCatalog } from './report-catalog';
import { recordsOfReport } from './retrieve-candidates';

/** The tags a question lists in order (【新規】…【継続】…【拡充】, or 新規から継続へ), two or more. */
const TAG_WORD = /[【「]?(新規|継続|拡充)[】」]?/g;
/** 「文面が書き換わっている」「内容が変わった」: the later text asked to differ. */
const REWORDED = /(文面|文言|内容|書きぶり|記述|表現)(が|は|を)?[^。？?]{0,6}?(書き換|書き変|変わ|変え|変更|書き足|違)/;
/** 「まったく同じ文面のまま」「文言を変えずに」: the later text asked to be the same. */
const UNCHANGED =
  /(同じ|そのまま)の?(文面|文言|内容|書きぶり|記述|表現)|(文面|文言|内容|表現)(は|が|を)?[^。？?]{0,6}?(同じ|そのまま|変えず|変わらず|変えない|変わらない|変わっていな)/;
/** 「…【継続】として載り続けている」「その後もずっと【継続】」: the last tag asked of every later year named. */
const KEPT_ON = /(載り|残り|書かれ)続け|続けて|ずっと|その後も|以降も|引き続き/;
/** Cues that the tags are asked as a path through the years (not as two lists). */
const PATH_CUE = /(として|で|に|は|が|から|→|、)[^。？?]{0,20}?(なっ|変わ|広が|移っ|続い|続け|載り|出てき|書かれ|とな)|→/;

/** Links of a lineage are this sure (a continued initiative is matched by row and text similarity). */
const PATH_CONFIDENCE = 0.85;

/**
 * The tags in the order the question names them, when it names three or more as a path, or two with the later text
 * asked to differ or to be the same; else null (a path of two tags is a change between two reports: answer-change.ts lists those).
 */
export function tagPathOf(question: string): Tag[] | null {
  const normalized = question.normalize('NFKC');
  const matches = [...normalized.matchAll(TAG_WORD)];
  const textAsked = REWORDED.test(normalized) || UNCHANGED.test(normalized);
  if (matches.length < (textAsked ? 2 : 3) || !PATH_CUE.test(normalized)) return null;
  // 「【新規】と【拡充】が並んで書かれている」: two tags joined by と are asked together, not one after the other.
  for (let i = 1; i < matches.length; i += 1) {
    const between = normalized.slice(matches[i - 1]!.index! + matches[i - 1]![0].length, matches[i]!.index);
    if (/^(と|や|・|、|,|および|及び|または|又は|か)$/.test(between)) return null;
  }
  return matches.map((match) => match[1] as Tag);
}

/**
 * Chains of links through consecutive reports of each ministry whose tags are the path's, in the years named (the path's
 * years from the first named, when as many are named as the path has tags; else any consecutive reports); with REWORDED,
 * only chains whose last text differs from the one before. One draft per chain, every step quoted; null when none.
 */
export function tagPaths(
  engine: SearchEngine,
  catalog: ReportCatalog,
  question: string,
  path: Tag[],
  scope: { ministries: string[]; fiscalYears: number[] },
): { drafts: Draft[]; lead: string } | null {
  const unchanged = UNCHANGED.test(question.normalize('NFKC'));
  const reworded = !unchanged && REWORDED.test(question.normalize('NFKC'));
  const years = [...new Set(scope.fiscalYears)].sort((a, b) => a - b);
  // 「令和2年度に【新規】、令和3年度・令和4年度も【継続】として載り続けている」: the last tag kept through the years named.
  if (years.length > path.length && KEPT_ON.test(question.normalize('NFKC')))
    path = [...path, ...Array.from({ length: years.length - path.length }, () => path[path.length - 1]!)];
  const drafts: Draft[] = [];
  for (const [ministry, loaded] of catalog.yearsOf) {
    if (scope.ministries.length > 0 && !scope.ministries.includes(ministry)) continue;
    const sorted = [...loaded].sort((a, b) => a - b);
    for (let start = 0; start + path.length <= sorted.length; start += 1) {
      const span = sorted.slice(start, start + path.length);
      if (years.length === path.length && span.join() !== years.join()) continue;
      if (years.length > 0 && years.length !== path.length && !span.every((year) => years.includes(year))) continue;
      for (const chain of chainsThrough(engine, ministry, span, path)) {
        const [before, last] = chain.slice(-2) as [Initiative, Initiative];
        // Unchanged: the same text at every step; reworded: the last step's text differs.
        if ((reworded && before.text === last.text) || (unchanged && chain.some((step) => step.text !== chain[0]!.text))) continue;
        drafts.push({
          answer: chain.map((step) => `${catalog.labelOf(ministry, step.fiscalYear)}【${step.tag}】${step.text}`).join(' → '),
          confidence: PATH_CONFIDENCE,
          sources: chain.map((step) => sourceOf(step)),
          acrossYears: true,
        });
      }
    }
  }
  if (drafts.length === 0) return null;
  const said = path.map((tag) => `【${tag}】`).join('→');
  const ministries = [...new Set(drafts.map((draft) => draft.sources[0]!.ministry))];
  const reports = (draft: Draft) => draft.sources.map((s) => describeYear(catalog, s.ministry, s.fiscalYear));
  return {
    drafts,
    lead: `${said}${reworded ? '（文面が変わったもの）' : unchanged ? '（同じ文面のもの）' : ''}と移った取組があるのは${ministries.join('・')}（${[...new Set(drafts.map((d) => reports(d).join('→')))].join('、')}）`,
  };
}

/** Every chain of linked initiatives through the reports of `years` (consecutive) whose tags are `path`. */
function chainsThrough(engine: SearchEngine, ministry: string, years: number[], path: Tag[]): Initiative[][] {
  let chains: Initiative[][] | null = null;
  for (let i = 1; i < years.length; i += 1) {
    const changes = engine.changes(ministry, years[i]!);
    if (changes.previousYear !== years[i - 1]) return [];
    const links: ChangeLink[] = [...changes.continued, ...changes.expanded].filter(
      (link) => link.from.tag === path[i - 1] && link.to.tag === path[i],
    );
    chains =
      chains === null
        ? links.map((link) => [link.from, link.to])
        : chains.flatMap((chain) => links.filter((link) => link.from.id === chain[chain.length - 1]!.id).map((link) => [...chain, link.to]));
  }
  return chains ?? [];
}

/** 「同じ項目の欄に【新規】と【拡充】が並んで書かれている」: two tags side by side in one row of a report. */
const SIDE_BY_SIDE =
  /同じ(項目|欄|行|中項目|小項目|取組欄)[^。？?]{0,12}?[【「]?(新規|拡充|継続)[】」]?(と|や|・)[【「]?(新規|拡充|継続)[】」]?[^。？?]{0,12}?(並|両方|どちらも|とも|混在|一緒|同居)/;

/** The two tags a question asks to stand side by side in one row, or null. */
export function tagsSideBySideOf(question: string): [Tag, Tag] | null {
  const found = SIDE_BY_SIDE.exec(question.normalize('NFKC'));
  return found ? [found[2] as Tag, found[4] as Tag] : null;
}

/**
 * The rows of the reports asked (ministries and years named; every report when none) that hold statements of both tags,
 * one draft per row with those statements, led by the reports; null when none does.
 */
export function tagsSideBySide(
  engine: SearchEngine,
  catalog: ReportCatalog,
  tags: [Tag, Tag],
  scope: { ministries: string[]; fiscalYears: number[] },
): { drafts: Draft[]; lead: string } | null {
  const years = new Set(scope.fiscalYears);
  const rows = new Map<string, Initiative[]>();
  for (const report of catalog.reports) {
    if (scope.ministries.length > 0 && !scope.ministries.includes(report.ministry)) continue;
    if (years.size > 0 && !years.has(report.fiscalYear)) continue;
    for (const initiative of recordsOfReport(engine, report.ministry, report.fiscalYear)) {
      if (initiative.tag === null || !tags.includes(initiative.tag)) continue;
      rows.set(initiative.rowKey, [...(rows.get(initiative.rowKey) ?? []), initiative]);
    }
  }
  const both = [...rows.values()].filter((records) => tags.every((tag) => records.some((record) => record.tag === tag)));
  if (both.length === 0) return null;
  const drafts = both.map((records): Draft => {
    const ordered = [...records].sort((a, b) => a.position - b.position);
    return {
      answer: `［${ordered[0]!.rowTitle}］${ordered.map((record) => `【${record.tag}】${record.text}`).join(' ')}`,
      confidence: PATH_CONFIDENCE,
      sources: ordered.map((record) => sourceOf(record)),
    };
  });
  const reports = [
    ...new Set(both.map((records) => `${records[0]!.ministry}の${describeYear(catalog, records[0]!.ministry, records[0]!.fiscalYear)}`)),
  ];
  return { drafts, lead: `同じ欄に【${tags[0]}】と【${tags[1]}】が並ぶのは${reports.join('・')}の報告` };
}

/** 「令和3年度の報告で【継続】と書かれているのに、令和2年度の報告には出てこない取組」: a continuation of nothing printed before. */
const CONTINUED_FROM_NOWHERE =
  /[【「]?継続[】」]?[^。？?]{0,24}?(なのに|のに|だが|けれど|けど)[^。？?]{0,30}?(出てこない|出て来ない|載っていない|載ってない|なかった|見当たらない|見つからない|ない)/;

/** Whether the question asks for 【継続】 initiatives that continue nothing the previous report printed. */
export function asksContinuedFromNowhere(question: string): boolean {
  return CONTINUED_FROM_NOWHERE.test(question.normalize('NFKC'));
}

/**
 * The 【継続】 statements of each report asked (the later year named, or every report but a ministry's first) that the
 * lineage links to nothing in the ministry's previous report, one draft per report; null when none is in scope.
 */
export function continuedFromNowhere(
  engine: SearchEngine,
  catalog: ReportCatalog,
  scope: { ministries: string[]; fiscalYears: number[] },
): { drafts: Draft[]; lead: string } | null {
  const latestNamed = scope.fiscalYears.length > 0 ? Math.max(...scope.fiscalYears) : null;
  const drafts: Draft[] = [];
  const compared: Draft[] = [];
  for (const [ministry, loaded] of catalog.yearsOf) {
    if (scope.ministries.length > 0 && !scope.ministries.includes(ministry)) continue;
    for (const year of loaded) {
      if (latestNamed !== null && year !== latestNamed) continue;
      const changes = engine.changes(ministry, year);
      if (changes.previousYear === null) continue;
      const orphans = changes.new.filter((initiative) => initiative.tag === '継続');
      if (orphans.length === 0) {
        const sources = reportSource({ engine }, ministry, year);
        if (sources.length > 0) compared.push({ answer: 'なし（すべて前の報告の取組に対応）', confidence: PATH_CONFIDENCE, sources });
        continue;
      }
      drafts.push({
        answer: `${orphans.map((initiative) => `【継続】${initiative.text}`).join(' ')}（${catalog.labelOf(ministry, changes.previousYear)}の報告には対応する取組なし）`,
        confidence: PATH_CONFIDENCE,
        sources: orphans.map((initiative) => sourceOf(initiative)),
      });
    }
  }
  // None: said of the reports compared, each cited by the report itself (an absence has no statement to quote).
  if (drafts.length === 0) return compared.length === 0 ? null : { drafts: compared, lead: '【継続】なのに前の報告に出てこない取組はありません' };
  const reports = drafts.map(
    (draft) => `${draft.sources[0]!.ministry}の${describeYear(catalog, draft.sources[0]!.ministry, draft.sources[0]!.fiscalYear)}`,
  );
  return { drafts, lead: `【継続】なのに前の報告に出てこない取組があるのは${reports.join('・')}の報告` };
}
