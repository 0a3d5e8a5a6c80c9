/**
 * Reason answers: 「…はなぜ実施未定か」 → column B of the row the question names, from the rows the report left 実施未定;
 * 「実施未定にしている理由は？」, naming no row → every such row of the report with its reason.
 */
import type { Initiative } from '../domain/types';
import type { AnswerContext, Draft } from './answer-context';
import { EMPTY_REASON, IN_EVERY_YEAR, REASON_CHANGED } from './classify-question';
import { reportSource, sourceOf } from './answer-context';
import { findDates } from './japanese-dates';
import { coverage, normalizeForMatch } from './relevance';
import { describeYear } from './report-catalog';
import { preparedInScope, retrieveCandidates, type Candidate, type PreparedInitiative } from './retrieve-candidates';

/** A reason question names the row by its title; the reason's own words only back it up. */
const TITLE_WEIGHT = 0.7;

function rowScore(candidate: Candidate): number {
  return TITLE_WEIGHT * candidate.titleRelevance + (1 - TITLE_WEIGHT) * candidate.relevance;
}

/** How much of the subject a row's own title (not its item's) must hold when the question asks for the row itself. */
const ITSELF_COVERAGE = 0.9;

/**
 * Answers a reason question from the best-matching 実施未定 row that gives a reason; null when none matches. A question
 * asking for the item itself (「超過勤務の縮減の徹底」そのもの／自体) is not answered by a row under that item.
 */
export function answerReason(context: AnswerContext): Draft | null {
  const question = context.question.normalize('NFKC');
  const empty = EMPTY_REASON.test(question);
  // 「令和2年度と令和3年度の両方で続いている」「まったく同じ理由を書いて」: rows left so in every year the question names.
  const severalYears = new Set(context.askedYears).size > 1;
  const changed = severalYears && REASON_CHANGED.test(question);
  const everyYear = severalYears && (changed || IN_EVERY_YEAR.test(question));
  if (empty || everyYear) return context.matcher.units.length === 0 ? reasonRows(context, { empty, everyYear, changed }) : null;
  const chosen = reasonsAsked(context);
  if (chosen !== null) return everyReason(context, chosen);
  if (context.matcher.units.length === 0) return everyReason(context);
  const itself = /そのもの|自体/.test(context.question);
  const [best] = retrieveCandidates(
    context.engine,
    context.query,
    context.matcher,
    context.scope,
    (p) => p.initiative.status === '実施未定' && p.initiative.reason !== null,
  )
    .map((candidate) => ({ candidate, score: rowScore(candidate), own: coverage(context.matcher, normalizeForMatch(candidate.initiative.rowTitle)) }))
    .filter(({ own }) => !itself || own >= ITSELF_COVERAGE)
    // Equal scores: the row that is itself what the question names (超過勤務の縮減の徹底) before a row under that item.
    .sort((a, b) => b.score - a.score || b.own - a.own);
  if (!best) return null;
  const { initiative } = best.candidate;
  if (siblingNamed(context, initiative, best.own)) return null;
  const reason = initiative.reason ?? '';
  const source = sourceOf(initiative, `${initiative.rowTitle} 実施状況：実施未定 理由：${reason}`, 'reason');
  const now = laterStatus(context, initiative);
  if (now) {
    // 「…を実施未定にしているのはなぜ？」 asked when the latest report has done it: say so, then why it waited.
    const latest = describeYear(context.catalog, initiative.ministry, now.fiscalYear);
    const then = describeYear(context.catalog, initiative.ministry, initiative.fiscalYear);
    return {
      answer: `${latest}の報告では${now.status}（${then}は実施未定、理由：${reason}）（${initiative.rowTitle}）`,
      confidence: best.score,
      sources: [source, sourceOf(now, `${now.rowTitle} 実施状況：${now.status}`, 'status')],
    };
  }
  return { answer: `${reason}（${initiative.rowTitle}：実施未定）`, confidence: best.score, sources: [source] };
}

/** How much better a sibling row's title must cover the subject to be the row the question names. */
const SIBLING_MARGIN = 0.05;

/**
 * Whether the question names another row of the same template item rather than the 実施未定 one found: 「省内全体での超過
 * 勤務の事前確認の徹底を実施未定にした理由」 of a report that left only its sibling 「…事前確認実施状況の把握」 実施未定. The
 * two titles share most words; the one the question's words cover better is the row asked for, and that one gives no
 * reason (it was done), so no reason is the answer. So for 「審議会や幹部会議のペーパーレス化」 against 「定例会議や幹部への説明
 * …についてもペーパーレス化」, sub-items ア and イ of one item.
 */
function siblingNamed(context: AnswerContext, initiative: Initiative, own: number): boolean {
  const report = { ministry: initiative.ministry, fiscalYear: initiative.fiscalYear };
  return preparedInScope(context.engine, report).some(
    (p) =>
      p.initiative.section === initiative.section &&
      p.initiative.item === initiative.item &&
      p.initiative.rowTitle !== initiative.rowTitle &&
      coverage(context.matcher, normalizeForMatch(p.initiative.rowTitle)) > own + SIBLING_MARGIN,
  );
}

/**
 * The row in the ministry's latest report, when the reason came from an earlier one (the year was only implied, and
 * the latest report left no row 実施未定 on the subject) and that latest row is no longer 実施未定; else null.
 */
function laterStatus(context: AnswerContext, initiative: Initiative): Initiative | null {
  if (context.scope.fiscalYear !== null) return null;
  const latest = context.catalog.yearsOf.get(initiative.ministry)?.at(-1);
  if (latest === undefined || latest <= initiative.fiscalYear) return null;
  const row = preparedInScope(context.engine, { ministry: initiative.ministry, fiscalYear: latest }).find(
    (p) => p.initiative.rowTitle === initiative.rowTitle && p.initiative.status !== null && p.text === p.initiative.text,
  );
  return row && row.initiative.status !== '実施未定' ? row.initiative : null;
}

/**
 * 「実施未定なのに理由が空欄になっている項目」 (empty) and 「令和2年度と令和3年度の両方で同じ理由を書いて実施未定にしている」
 * (everyYear): the scope's rows left 実施未定 with no reason, or with one; with everyYear, only those the ministry left
 * so, with the same reason (or none), in every year the question names, answered once, for the last of those years, and
 * citing each year's row. Null when there is none (or for an earlier year of everyYear).
 */
function reasonRows(context: AnswerContext, { empty, everyYear, changed }: { empty: boolean; everyYear: boolean; changed: boolean }): Draft | null {
  const { ministry, fiscalYear } = context.scope;
  const years = [...new Set(context.askedYears)].sort((a, b) => a - b);
  if (everyYear && (ministry === null || fiscalYear !== years.at(-1))) return null;
  const undecided = (year: number | null): Initiative[] =>
    preparedInScope(context.engine, { ministry, fiscalYear: year })
      .filter((p) => p.text === p.initiative.text && p.initiative.status === '実施未定' && (p.initiative.reason === null) === empty)
      .map((p) => p.initiative);
  const earlier = everyYear ? years.slice(0, -1).map(undecided) : [];
  const rows = undecided(fiscalYear).flatMap((row) => {
    // With changed, the row's reason in each earlier year is another one (「理由の書き方が年度で変わった」).
    const same = earlier.map((year) =>
      year.find(
        (other) => other.rowTitle === row.rowTitle && (changed ? other.reason !== null && other.reason !== row.reason : other.reason === row.reason),
      ),
    );
    return same.every((other) => other !== undefined) ? [[...(same as Initiative[]), row]] : [];
  });
  if (rows.length === 0) {
    // Every year asked read, and no row left so: that is the answer, from those reports.
    const read = everyYear ? years : fiscalYear === null ? [] : [fiscalYear];
    const sources = ministry === null ? [] : read.flatMap((year) => reportSource(context, ministry, year));
    if (sources.length === 0 || sources.length < read.length) return null;
    const what = empty ? '理由の記載がないまま実施未定の項目' : changed ? '理由を変えて実施未定のままの項目' : '同じ理由で実施未定のままの項目';
    return { answer: `${what}はありません`, confidence: EVERY_REASON_CONFIDENCE, sources };
  }
  const line = (chain: Initiative[]): string => {
    const { rowTitle, reason } = chain.at(-1)!;
    if (changed) return `${rowTitle}：実施未定、理由 ${chain.map((i) => `${i.fiscalYearLabel}「${i.reason ?? ''}」`).join(' → ')}`;
    const when = everyYear ? `（${chain.map((i) => i.fiscalYearLabel).join('・')}）` : '';
    return `${rowTitle}：実施未定、${reason === null ? '理由の記載なし' : `理由：${reason}`}${when}`;
  };
  return {
    answer: rows.map(line).join('\n'),
    confidence: EVERY_REASON_CONFIDENCE,
    sources: rows
      .flat()
      .map((i) =>
        sourceOf(i, `${i.rowTitle} 実施状況：実施未定${i.reason === null ? '' : ` 理由：${i.reason}`}`, i.reason === null ? 'status' : 'reason'),
      ),
  };
}

/** Rows that list every reason are read off the report, as sure as a list of a status (answer-enumerate.ts). */
const EVERY_REASON_CONFIDENCE = 0.9;

/**
 * The question names no row (「模擬省が実施未定にしている理由は？」): every row of the scope left 実施未定 with a reason,
 * in report order. A row left so in several years with the same reason is given once, with its years; the years are
 * said whenever the rows come from more than one report. Null when the scope has none, so that a year only implied is
 * looked for in the ministry's other reports and a named one abstains, saying which reports hold reasons.
 */
/** Quoted words that name a status or a tag, not the wording of a reason. */
const NOT_REASON_WORDING = /^(実施未定|実施|新規|拡充|継続)$/;
/** A reason described in the asker's words must share this much of them (the subject) to be the one meant. */
const DESCRIBED_COVERAGE = 0.25;

/**
 * Reasons picked by what they say rather than by the row: quoted as worded (「「検討中」「検討している」と書いている府省」:
 * a reason holding any of the quotes) or described (「システムや設備が整うのを待つという理由で」: a reason sharing enough of
 * the description's words, with their synonyms); null when the question picks reasons by their row.
 */
function reasonsAsked(context: AnswerContext): ((reason: string) => boolean) | null {
  const question = context.question.normalize('NFKC');
  const quoted = [...question.matchAll(/「([^」]+)」/g)].map((m) => m[1]!).filter((q) => !NOT_REASON_WORDING.test(q));
  if (quoted.length > 0 && /(書いて|書かれて|記載して|記載されて|挙げて|述べて|入って|含まれ|使って|使われ)|」(を|が)理由/.test(question)) {
    return (reason) => quoted.some((q) => reason.normalize('NFKC').includes(q));
  }
  // 「実施未定の理由に、具体的な年度が書いてある府省」: reasons that name a date (when the wait should end).
  if (/(年度|年月|時期|期限|日付|いつまで)(が|を|の)?(書いて|書かれて|記載|入って|示して|示されて|明記)/.test(question)) {
    return (reason) => findDates(reason).length > 0;
  }
  if (/(という|との)理由|ことを理由|ことが理由/.test(question) && context.matcher.units.length > 0) {
    return (reason) => coverage(context.matcher, normalizeForMatch(reason)) >= DESCRIBED_COVERAGE;
  }
  return null;
}

function everyReason(context: AnswerContext, chosen: (reason: string) => boolean = () => true): Draft | null {
  const rows = new Map<string, PreparedInitiative[]>();
  const inOrder = [...preparedInScope(context.engine, context.scope)].sort(
    (a, b) => a.initiative.fiscalYear - b.initiative.fiscalYear || a.initiative.order - b.initiative.order,
  );
  for (const p of inOrder) {
    const { status, reason, rowTitle } = p.initiative;
    if (status !== '実施未定' || reason === null || p.text !== p.initiative.text || !chosen(reason)) continue;
    const key = `${rowTitle}\t${reason}`;
    rows.set(key, [...(rows.get(key) ?? []), p]);
  }
  if (rows.size === 0) return null;
  const reports = new Set([...rows.values()].flat().map((p) => `${p.initiative.ministry}\t${p.initiative.fiscalYear}`));
  const line = (years: PreparedInitiative[]): string => {
    const { rowTitle, reason } = years[0]!.initiative;
    const when = reports.size > 1 ? `（${[...new Set(years.map((p) => p.initiative.fiscalYearLabel))].join('・')}）` : '';
    return `${rowTitle}：${reason}${when}`;
  };
  return {
    answer: [...rows.values()].map(line).join('\n'),
    confidence: EVERY_REASON_CONFIDENCE,
    sources: [...rows.values()]
      .flat()
      .map(({ initiative }) => sourceOf(initiative, `${initiative.rowTitle} 実施状況：実施未定 理由：${initiative.reason}`, 'reason')),
  };
}
