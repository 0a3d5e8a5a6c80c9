/**
 * Lists and counts of initiatives: 「テスト省が令和4年度に新規に始めた取組は？」 → the 【新規】 statements of that report
 * grouped by item; 「…拡充した取組はいくつ？」 → how many, with them; 「実施未定の項目は何件？」 → the rows left 実施未定.
 */
import type { AnswerContext, Draft } from './answer-context';
import { sourceOf } from './answer-context';
import { findNumbers } from './japanese-numbers';
import { coverage, normalizeForMatch, wordStem } from './relevance';
import { preparedInScope, type PreparedInitiative } from './retrieve-candidates';

/** A subject left beside the tag (「テレワークに関する新規の取組」) keeps the statements that cover this much of it. */
const SUBJECT_COVERAGE = 0.5;
/** A list read off the report's tags is as sure as the scope it was read for. */
const LIST_CONFIDENCE = 0.9;

/** Whether an entry is one the question enumerates: a row of the status asked, or a statement of a tag asked. */
function holds(context: AnswerContext, p: PreparedInitiative): boolean {
  const { tags, status } = context.shape;
  if (status) return p.initiative.status === status;
  return p.initiative.kind === 'statement' && p.initiative.tag !== null && tags.includes(p.initiative.tag);
}

/** What is enumerated, in words: 「【新規】・【拡充】の取組」「実施未定の項目」. */
function describeEnumerated(context: AnswerContext): string {
  const { tags, status } = context.shape;
  return status ? `${status}の項目` : `${tags.map((tag) => `【${tag}】`).join('・')}の取組`;
}

function selected(context: AnswerContext): PreparedInitiative[] {
  const own = preparedInScope(context.engine, context.scope).filter((p) => p.text === p.initiative.text);
  const picked = context.shape.status
    ? own.filter((p, i, all) => holds(context, p) && all.findIndex((o) => o.initiative.rowKey === p.initiative.rowKey) === i)
    : own.filter((p) => holds(context, p));
  // 「台数や日数を「増やした」と書いてあるもの」: the wording quoted is what picks them, in any form of the verb (増やし、).
  const worded = quotedWording(context.question);
  if (worded.length > 0) return picked.filter((p) => worded.some((stem) => p.full.text.includes(stem)));
  if (context.matcher.units.length === 0) return picked;
  return picked.filter((p) => coverage(context.matcher, p.full) >= SUBJECT_COVERAGE);
}

/** Quoted words the question says the statements print (「「増やした」と書いてある」「「メール」を使っている」), as normalised stems. */
function quotedWording(question: string): string[] {
  const said =
    /[「『]([^」』]{1,20})[」』](と|って|を|という(言葉|表現|文言)?(が|を)?)?(書いて|書かれて|記載|入って|含ま|使って|使われ|ある|付いて|付けて|付いた|付けた|ついて|つけて)/g;
  const normalized = question.normalize('NFKC');
  // 「「年2回」や「四半期ごと」のように頻度が決まっているもの」: the examples given are what the statements print.
  const examples = [...normalized.matchAll(EXAMPLES_GIVEN)].flatMap((match) =>
    [...match[1]!.matchAll(/[「『]([^」』]{1,20})[」』]/g)].map((quote) => quote[1]!),
  );
  return [...[...normalized.matchAll(said)].map((match) => match[1]!), ...examples]
    .map((quoted) => normalizeForMatch(wordStem(quoted)))
    .filter((stem) => stem.length > 0 && !/^(新規|拡充|継続|実施|実施未定)$/.test(stem));
}

/** Quoted examples of what is asked for (「「年2回」や「四半期ごと」のように」「「延べ」などと」). */
const EXAMPLES_GIVEN = /((?:[「『][^」』]{1,20}[」』](?:や|、|・|または|とか|か)?)+)(?:のように|のような|みたいに|みたいな|などと|など)/g;

/**
 * How many initiatives of the tag (rows of the status) one report holds, with them as sources; null when the report is
 * not loaded. For a change of that count between two years (answer-change.ts).
 */
export function enumeratedCountIn(context: AnswerContext): { count: number; sources: Draft['sources'] } | null {
  if (!enumerates(context) || context.scope.ministry === null || context.scope.fiscalYear === null) return null;
  const chosen = selected(context);
  if (chosen.length > 0) return { count: chosen.length, sources: sourcesOf(chosen, context.shape.status !== null) };
  const none = noneAtAll(context);
  return none ? { count: 0, sources: none.sources } : null;
}

/** Whether the question names a tag or a status to enumerate. */
function enumerates(context: AnswerContext): boolean {
  return context.shape.status !== null || context.shape.tags.length > 0;
}

function itemHeading(p: PreparedInitiative): string {
  const { item, itemTitle, sub, rowTitle, section } = p.initiative;
  // Item numbers are left out: an answer states no number its sources do not print.
  const head = item === null ? section : (itemTitle ?? rowTitle);
  return sub === null ? head : `${head} ${sub} ${rowTitle}`;
}

function lineOf(p: PreparedInitiative, byStatus: boolean): string {
  if (byStatus) return `${p.initiative.rowTitle}${p.initiative.reason ? `（理由：${p.initiative.reason}）` : ''}`;
  return `【${p.initiative.tag}】${p.initiative.text}`;
}

/**
 * The numbers of the item headings a list quotes (「…休業の1か月以上の取得促進」): printed in the report as the row's
 * title, not in the statement the source quotes, so the number guard is told of them.
 */
function headingNumbers(chosen: PreparedInitiative[]): number[] {
  return [...new Set(chosen.map(itemHeading))].flatMap((heading) => findNumbers(heading).map((n) => n.value));
}

/** The statements grouped by item, in report order: 「［3 業務の廃止も含めた…］【新規】…」. */
function groupedLines(chosen: PreparedInitiative[], byStatus: boolean): string {
  const groups = new Map<string, string[]>();
  for (const p of [...chosen].sort((a, b) => a.initiative.order - b.initiative.order)) {
    const heading = itemHeading(p);
    groups.set(heading, [...(groups.get(heading) ?? []), lineOf(p, byStatus)]);
  }
  return [...groups].map(([heading, lines]) => `［${heading}］${lines.join(' ')}`).join('\n');
}

function sourcesOf(chosen: PreparedInitiative[], byStatus: boolean) {
  return chosen.map((p) =>
    byStatus
      ? sourceOf(
          p.initiative,
          `${p.initiative.rowTitle} 実施状況：${p.initiative.status}${p.initiative.reason ? ` 理由：${p.initiative.reason}` : ''}`,
          'status',
        )
      : sourceOf(p.initiative),
  );
}

/**
 * 「0件」 for a report that is loaded and has no statement of the tag at all (no 【拡充】 that year) or no row of the
 * status (no 実施未定), whatever the subject: its source is the report's first record, marked as standing for the report read (field 'report'), since
 * an absence has no row to quote. null when the report is not loaded, when the year is not one report's, or when the
 * report has statements of the tag (rows of the status) that the subject did not match (then the subject may have been missed).
 */
function noneAtAll(context: AnswerContext): Draft | null {
  const { ministry, fiscalYear } = context.scope;
  if (!enumerates(context) || ministry === null || fiscalYear === null) return null;
  const own = preparedInScope(context.engine, context.scope).filter((p) => p.text === p.initiative.text);
  const [first] = [...own].sort((a, b) => a.initiative.order - b.initiative.order);
  if (first === undefined || own.some((p) => holds(context, p))) return null;
  return {
    answer: `0件（この報告に${describeEnumerated(context)}はありません）`,
    confidence: LIST_CONFIDENCE,
    sources: [sourceOf(first.initiative, first.initiative.text, 'report')],
    derived: [0],
    measure: { value: 0, unit: '件', printed: '0件' },
  };
}

/**
 * Answers a list question: the statements of the tag asked for (or the rows of the status), grouped by item; 「0件」 for
 * a report with none.
 */
export function answerList(context: AnswerContext): Draft | null {
  if (context.shape.resultsFigures) return resultsFigures(context);
  const byStatus = context.shape.status !== null;
  if (!enumerates(context) || context.scope.ministry === null) return null;
  const chosen = selected(context);
  if (chosen.length === 0) return noneAtAll(context) ?? (byStatus ? null : searchedList(context));
  // Rows of a status quote their titles and reasons, which do not say the status: the first line does.
  const head = byStatus ? `${describeEnumerated(context)}${chosen.length}件\n` : '';
  return {
    answer: `${head}${groupedLines(chosen, byStatus)}`,
    confidence: LIST_CONFIDENCE,
    sources: sourcesOf(chosen, byStatus),
    derived: [...(byStatus ? [chosen.length] : []), ...headingNumbers(chosen)],
  };
}

/** A searched statement this close to the best one is listed with it (the best scored 173.5, the next 77.3 and 19.5). */
const SEARCHED_SHARE = 0.1;
/**
 * Asked of every ministry, only statements about as close as the best are listed: there a near match is a report's
 * nearest statement whatever it says (押印を要する手続を洗い出した at 77.3, beside 電子決裁に移行した at 173.5).
 */
const SEARCHED_SHARE_OF_ANY = 0.5;
/** A list found by search, not by the subject's own words, is offered as likely, not as sure. */
const SEARCHED_CONFIDENCE = 0.6;

/**
 * 「【新規】のうち、紙やハンコの手続を電子的なやり方に切り替えたもの」: a subject described in other words than the
 * statements print (押印, 電子決裁) covers too little of any of them, so the statements of the tag are searched for it,
 * as the search page would (concepts, synonyms), and those scoring near the best are listed, said to be found so.
 * Every ministry's statements of that year are searched together, so that a report with nothing near the subject
 * keeps nothing (its own best would be noise), whichever ministry this draft is for. Asked of no ministry in
 * particular, only when no report of the years asked has a statement the subject's own words cover (those are the answer),
 * and only the statements nearest the best. null when the search finds none.
 */
function searchedList(context: AnswerContext): Draft | null {
  const { ministry, fiscalYear } = context.scope;
  if (ministry === null || fiscalYear === null || context.query.trim() === '') return null;
  const named = context.question.normalize('NFKC').includes(ministry);
  if (!named && coveredInYearsAsked(context)) return null;
  const response = context.engine.search({ q: context.query, filters: { year: [fiscalYear], tag: context.shape.tags }, limit: 50 });
  const best = response.results[0]?.score ?? 0;
  if (best <= 0) return null;
  const share = named ? SEARCHED_SHARE : SEARCHED_SHARE_OF_ANY;
  const near = response.results.filter((hit) => hit.score >= share * best);
  const ids = new Set(near.flatMap((hit) => [hit.id, ...(hit.alsoAt ?? []).map((place) => place.id)]));
  const own = preparedInScope(context.engine, context.scope).filter((p) => p.text === p.initiative.text);
  const chosen = own.filter((p) => holds(context, p) && ids.has(p.initiative.id));
  if (chosen.length === 0) return null;
  return {
    answer: `（質問の語どおりの記載はなく、検索で近いものを挙げています）\n${groupedLines(chosen, false)}`,
    confidence: SEARCHED_CONFIDENCE,
    sources: sourcesOf(chosen, false),
    derived: headingNumbers(chosen),
  };
}

/** Whether any report of the years asked has a statement of the tag that the subject's own words cover. */
function coveredInYearsAsked(context: AnswerContext): boolean {
  const years = context.askedYears.length > 0 ? context.askedYears : [context.scope.fiscalYear];
  return years.some((fiscalYear) =>
    preparedInScope(context.engine, { ministry: null, fiscalYear }).some(
      (p) => p.text === p.initiative.text && holds(context, p) && coverage(context.matcher, p.full) >= SUBJECT_COVERAGE,
    ),
  );
}

/** Answers a count of initiatives by tag or of rows by status: 「3件」 with the ones counted (「0件」 as noneAtAll says). */
export function answerEnumeratedCount(context: AnswerContext): Draft | null {
  const byStatus = context.shape.status !== null;
  if (!enumerates(context) || context.scope.ministry === null) return null;
  // 「新規・拡充・実施未定、それぞれ何件？」: the tags' counts and the status's, each read as if asked alone.
  // 「実施未定の項目数が【新規】の件数を上回っている報告は」: the two counts, and whether they stand as asked.
  if (byStatus && context.shape.tags.length > 0 && (EACH_TAG.test(context.question) || TAG_AGAINST_TAG.test(context.question)))
    return tagsAndStatus(context);
  const chosen = selected(context);
  if (chosen.length === 0) return noneAtAll(context);
  const { tags } = context.shape;
  // 「【新規】と【拡充】はそれぞれ何件ずつ？」: each tag's count, then their sum; so when one tag's count is held against
  // another's (「【拡充】の件数が【新規】の件数以上」), which the draft's verdict (met) then says.
  const held = TAG_AGAINST_TAG.exec(context.question);
  const perTag = !byStatus && tags.length > 1 && (EACH_TAG.test(context.question) || held !== null);
  const counts = perTag ? tags.map((tag) => chosen.filter((p) => p.initiative.tag === tag).length) : [];
  const head = perTag
    ? `${tags.map((tag, i) => `【${tag}】${counts[i]}件`).join('・')}（計${chosen.length}件）`
    : `${chosen.length}件（${describeEnumerated(context)}）`;
  return {
    answer: `${head}\n${groupedLines(chosen, byStatus)}`,
    confidence: LIST_CONFIDENCE,
    sources: sourcesOf(chosen, byStatus),
    derived: [chosen.length, ...counts, ...headingNumbers(chosen)],
    // The count is the figure a threshold or a superlative compares (「新規の取組が3件以上あるのはどこ？」).
    // Each tag's count given (それぞれ), the sum is still what 「いちばん多い府省」 ranks by and 「5件以上あるのは」 holds.
    ...(perTag && context.shape.extreme === null && context.shape.threshold === null
      ? {}
      : { measure: { value: chosen.length, unit: '件', printed: `${chosen.length}件` } }),
    ...(perTag && held ? { met: tagCountsStandAsAsked(held, tags, counts) } : {}),
  };
}

function tagsAndStatus(context: AnswerContext): Draft | null {
  const status = context.shape.status!;
  const byTag = context.shape.tags.map((tag) => ({
    label: `【${tag}】`,
    chosen: selected({ ...context, shape: { ...context.shape, status: null, tags: [tag] } }),
    byStatus: false,
  }));
  const rows = { label: status, chosen: selected({ ...context, shape: { ...context.shape, tags: [] } }), byStatus: true };
  const parts = [...byTag, rows];
  const held = TAG_AGAINST_TAG.exec(context.question);
  const labels = [...context.shape.tags, status];
  const counted = parts.flatMap((part) => sourcesOf(part.chosen, part.byStatus));
  // Every count 0: the report read is the source, as for 「0件」 (noneAtAll).
  const sources = counted.length > 0 ? counted : reportRead(context);
  if (sources.length === 0) return null;
  return {
    ...(held
      ? {
          met: tagCountsStandAsAsked(
            held,
            labels,
            parts.map((part) => part.chosen.length),
          ),
        }
      : {}),
    answer: [
      parts.map((part) => `${part.label}${part.chosen.length}件`).join('・'),
      ...parts.filter((part) => part.chosen.length > 0).map((part) => groupedLines(part.chosen, part.byStatus)),
    ].join('\n'),
    confidence: LIST_CONFIDENCE,
    sources,
    derived: parts.flatMap((part) => [part.chosen.length, ...headingNumbers(part.chosen)]),
  };
}

/** The report in scope, cited by its first record (field 'report'): what an absence is sourced from. Empty when not loaded. */
function reportRead(context: AnswerContext): Draft['sources'] {
  const [first] = preparedInScope(context.engine, context.scope).sort((a, b) => a.initiative.order - b.initiative.order);
  return first === undefined ? [] : [sourceOf(first.initiative, first.initiative.text, 'report')];
}

/**
 * 「【拡充】の件数が【新規】の件数以上」「実施未定の項目数が【新規】の件数を上回っている」: one count held against another
 * (of a tag, or of the rows left 実施未定), and how.
 */
export const TAG_AGAINST_TAG =
  /[【「]?(新規|拡充|継続|実施未定)[】」]?の(?:項目数|件数|数)(?:が|は)[【「]?(新規|拡充|継続|実施未定)[】」]?の(?:項目数|件数|数)(以上|以下|より多い|より少ない|を上回|を下回|を超え)/;

/** Whether the first tag's count stands to the second's as the question asks. */
function tagCountsStandAsAsked(held: RegExpExecArray, tags: readonly string[], counts: number[]): boolean {
  const [, first, second, relation] = held;
  const a = counts[tags.indexOf(first!)] ?? 0;
  const b = counts[tags.indexOf(second!)] ?? 0;
  if (relation === '以上') return a >= b;
  if (relation === '以下') return a <= b;
  if (relation === 'より少ない' || relation === 'を下回') return a < b;
  return a > b;
}

/** How a count of two tags asks for each one's: 「それぞれ」「何件ずつ」「タグ別に」. */
/** 「それぞれ何件」, and a breakdown asked of two tags added up (「合わせると何件？内訳も」). */
const EACH_TAG = /それぞれ|ずつ|別に|ごとに|各々|どっち|どちら|内訳/;

/**
 * 「テスト省の令和2年度報告で、成果欄（D）に出てくる数値を全部挙げてください」: every results-column text of the report that
 * prints a figure, grouped by item in report order. Only for one report (a ministry and a year); null when it has none.
 */
function resultsFigures(context: AnswerContext): Draft | null {
  if (context.scope.ministry === null) return null;
  const seen = new Set<string>();
  // 「成果欄で「延べ」と付いている数字」「成果の数字に「約」を付けているもの」: the texts printing the wording quoted.
  const worded = quotedWording(context.question);
  const chosen = preparedInScope(context.engine, context.scope)
    .filter((p) => p.field === 'results' && p.counts.length > 0)
    .filter((p) => worded.every((stem) => normalizeForMatch(p.text).includes(stem)))
    .filter((p) => !seen.has(p.text) && seen.add(p.text) !== undefined);
  if (chosen.length === 0) return null;
  const groups = new Map<string, string[]>();
  for (const p of [...chosen].sort((a, b) => a.initiative.order - b.initiative.order)) {
    const heading = itemHeading(p);
    groups.set(heading, [...(groups.get(heading) ?? []), p.text]);
  }
  return {
    answer: [...groups].map(([heading, texts]) => `［${heading}］${texts.join(' ')}`).join('\n'),
    confidence: LIST_CONFIDENCE,
    sources: chosen.map((p) => sourceOf(p.initiative, p.text, 'results')),
  };
}
