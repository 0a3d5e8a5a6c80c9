/**
 * Search: analyse the query, match it in the index, apply phrases and filters, count facets over the
 * whole matching set, fold duplicates, rank and shape only the requested page.
 */
import { queryNgrams } from '../analysis/ngram-terms';
import type { AnalyzedQuery, Analyzer } from '../analysis/types';
import type { PostingIndex } from '../indexing/posting-index';
import {
  clausesFoundOnlyByRelatedWords,
  clausesPrintedNowhere,
  hasUnmatchableClause,
  planQuery,
  relationWeight,
  type RankingWeights,
} from './build-query';
import type { Corpus } from './corpus';
import { countFacets } from './facets';
import { compileFilters, failedFacet, failedFacets } from './filters';
import { highlightNeedles } from './highlight';
import type { PlanRunner } from './match-plan';
import { toSearchHit, type Scored } from './hits';
import { precedenceOf, rankPage, type Matches } from './rank-page';
import { scopeFromQuery } from './query-scope';
import type { AcrossYears } from './history';
import { lineageIntentOf, recordsOfIntent } from './lineage-intent';
import { recordIntentOf, recordsOfRecordIntent } from './record-intent';
import { compoundSlip, correctQuery, suggestQueries, withoutClause } from './few-results';
import { countResults, toResultCounts, type CountedSearchRequest, type CountedSearchResponse, type ResultCounts } from './result-counts';
import type { ExpansionGroup, QueryCorrection, QuerySuggestion, RelaxedResults, SearchRequest } from './types';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

/** What every use case of the engine works with. */
export interface EngineContext {
  corpus: Corpus;
  /** The index ranking reads (runPlan reads its postings). */
  miniSearch: PostingIndex;
  analyzer: Analyzer;
  weights: RankingWeights;
  /** Scores a query plan over the index's postings (see match-plan.ts). */
  runPlan: PlanRunner;
  /** The corpus across years (lineage), for queries asking what happened between reports (./lineage-intent.ts). */
  acrossYears?: AcrossYears;
}

/**
 * The page the matches are for, when only its order matters: a factor that only reorders (the as-typed bonus) need not
 * be read for a match that cannot reach the page with it. `k` results (offset + limit; 0: only which documents match),
 * counted as the page counts them: those passing the filters, each duplicate group once.
 */
export interface MatchedPage {
  k: number;
  passes?: (ordinal: number) => boolean;
}

/**
 * Matching documents (before filters) and their scores; every document, in report order, when q is empty. Without a
 * page, every match is scored exactly.
 */
export function matchQuery(
  context: EngineContext,
  analyzed: AnalyzedQuery | null,
  weights: RankingWeights = context.weights,
  page?: MatchedPage,
): Matches {
  const { corpus } = context;
  if (analyzed === null) return everyDocument(corpus, 0);
  const plan = planQuery(analyzed, weights, corpus);
  let matched: Matches;
  if (plan !== null) {
    matched = context.runPlan(plan, weights);
    // A title-only record matches in both its text and its row title: weigh it down below the statements.
    const { ordinals, scores } = matched;
    for (let i = 0; i < ordinals.length; i += 1) if (corpus.isTitleRecord[ordinals[i]!] === 1) scores[i]! *= context.weights.titleRecord;
    // A query asking for a figure (割合, 推移, どれだけ減った) is answered by the records that print one.
    // 「…の年度ごとの移り変わり」 is answered by the ministries whose reports of several years can show one.
    if (analyzed.asksAcrossYears === true) {
      for (let i = 0; i < ordinals.length; i += 1) if (corpus.ofSeveralYears[ordinals[i]!] === 1) scores[i]! *= weights.severalYearsRecord;
    }
    // 「…を減らせなかった理由は」 is answered by the reasons of the rows left 実施未定 (column B).
    if (analyzed.asksForReasons === true) {
      for (let i = 0; i < ordinals.length; i += 1) if (corpus.isReasonRecord[ordinals[i]!] === 1) scores[i]! *= weights.reasonRecord;
    }
    if (analyzed.asksForFigures === true) {
      for (let i = 0; i < ordinals.length; i += 1) if (corpus.holdsFigures[ordinals[i]!] === 1) scores[i]! *= weights.figureRecord;
    }
    if (analyzed.asksWhichMinistry === true && weights.ministryBestRecord !== 1) raiseEachMinistrysBest(corpus, matched, weights.ministryBestRecord);
    // 「実施から実施未定に後戻りした取組」: the records the lineage names, above those that only share its words (last: it
    // makes new arrays).
    const intent = context.acrossYears === undefined || weights.lineageRecord === 1 ? null : lineageIntentOf(analyzed.raw);
    const asked = intent === null && weights.lineageRecord !== 1 ? recordIntentOf(analyzed.raw) : null;
    if (weights.asTypedRecord > 1 && page?.k !== 0 && isTypedWithoutSpaces(analyzed)) {
      const forms = typedForms(analyzed);
      const holds = (text: string) => forms.some((form) => text.includes(form));
      // A match whose score times the bonus stays below the page's last score cannot reach the page with it: its texts
      // are not read (at 100x, reading every match's cost 0.7 ms a query). An intent adds to the scores after, so every
      // match is read then.
      // Under a few hundred matches, reading them all costs less than finding the floor.
      const floor =
        intent === null && asked === null && page !== undefined && ordinals.length > FLOOR_FROM_MATCHES
          ? pageFloor(corpus, matched, page) / weights.asTypedRecord
          : -Infinity;
      for (let i = 0; i < ordinals.length; i += 1) {
        if (scores[i]! < floor) continue;
        const ordinal = ordinals[i]!;
        if (holds(corpus.normalizedText(ordinal)) || holds(corpus.normalizedRowTitle(ordinal))) scores[i]! *= weights.asTypedRecord;
      }
    }
    if (intent !== null) matched = withIntentRecords(matched, recordsOfIntent(corpus, context.acrossYears!, intent), weights.lineageRecord);
    // 「成果を数字で示している取組」「年に2回行っている取組」: what the record's columns hold, not what its words say.
    if (asked !== null) matched = withIntentRecords(matched, recordsOfRecordIntent(corpus, asked), weights.lineageRecord);
  } else if (analyzed.phrases.length > 0) {
    matched = everyDocument(corpus, 1);
  } else {
    matched = { ordinals: new Int32Array(0), scores: new Float64Array(0) };
  }
  if (analyzed.phrases.length === 0) return matched;
  return keepMatches(matched, (ordinal) => analyzed.phrases.every((phrase) => corpus.normalizedText(ordinal).includes(phrase)));
}

/**
 * A ministry's records scoring at least this share of its best one count as its best: the same row of several years,
 * which scores alike (0.5 raised rows a ministry prints less well: v14 question-01 0.591 → 0.092; 0.9 and 0.99 alike
 * there, 0.99 better on v11 question-07, 0.411 → 0.603).
 */
const MINISTRY_BEST_SHARE = 0.99;

/** Multiplies each ministry's best records by `factor` (see RankingWeights.ministryBestRecord), in place. */
function raiseEachMinistrysBest(corpus: Corpus, { ordinals, scores }: Matches, factor: number): void {
  const { starts, codes, values } = corpus.facets.ministry;
  const best = new Float64Array(values.length);
  const ministryOf = (ordinal: number) => codes[starts[ordinal]!]!;
  for (let i = 0; i < ordinals.length; i += 1) best[ministryOf(ordinals[i]!)] = Math.max(best[ministryOf(ordinals[i]!)]!, scores[i]!);
  for (let i = 0; i < ordinals.length; i += 1) if (scores[i]! >= MINISTRY_BEST_SHARE * best[ministryOf(ordinals[i]!)]!) scores[i]! *= factor;
}

/** Matches from which the page's floor is looked for before reading texts for the as-typed bonus (see matchQuery). */
const FLOOR_FROM_MATCHES = 256;

/** Per duplicate group, its best score so far: one buffer per corpus, reset after each use. */
const groupBest = new WeakMap<Corpus, Float64Array>();

/** The k-th best score of the matches as the page counts them (passing, a group once), or -Infinity when fewer. */
function pageFloor(corpus: Corpus, { ordinals, scores }: Matches, page: MatchedPage): number {
  let best = groupBest.get(corpus);
  if (best === undefined || best.length !== corpus.groupCount) groupBest.set(corpus, (best = new Float64Array(corpus.groupCount).fill(-Infinity)));
  const counted = new Float64Array(ordinals.length);
  let count = 0;
  const touched: number[] = [];
  for (let i = 0; i < ordinals.length; i += 1) {
    const ordinal = ordinals[i]!;
    if (page.passes !== undefined && !page.passes(ordinal)) continue;
    const group = corpus.groupOf[ordinal]!;
    if (group < 0) counted[count++] = scores[i]!;
    else {
      if (best[group] === -Infinity) touched.push(group);
      if (scores[i]! > best[group]!) best[group] = scores[i]!;
    }
  }
  for (const group of touched) {
    counted[count++] = best[group]!;
    best[group] = -Infinity;
  }
  return kthLargest(counted.subarray(0, count), page.k);
}

/** The k-th largest of the scores (k from 1), or -Infinity when there are fewer: a min-heap of the k best, O(n log k). */
function kthLargest(scores: Float64Array, k: number): number {
  if (!Number.isFinite(k) || k > scores.length || k <= 0) return -Infinity;
  const heap = new Float64Array(k);
  let size = 0;
  const down = (at: number) => {
    for (;;) {
      const [left, right] = [2 * at + 1, 2 * at + 2];
      let least = at;
      if (left < size && heap[left]! < heap[least]!) least = left;
      if (right < size && heap[right]! < heap[least]!) least = right;
      if (least === at) return;
      [heap[at], heap[least]] = [heap[least]!, heap[at]!];
      at = least;
    }
  };
  for (const score of scores) {
    if (size < k) {
      let at = size++;
      heap[at] = score;
      while (at > 0 && heap[(at - 1) >> 1]! > heap[at]!) {
        [heap[at], heap[(at - 1) >> 1]] = [heap[(at - 1) >> 1]!, heap[at]!];
        at = (at - 1) >> 1;
      }
    } else if (score > heap[0]!) {
      heap[0] = score;
      down(0);
    }
  }
  return heap[0]!;
}

/**
 * The matches with the records an intent names (the lineage's, or a column's: ./lineage-intent.ts, ./record-intent.ts)
 * above all others, in the order of their own words' score, and those the query's words missed (a reason, a row's
 * title) added below the named records the words found: the intent, not the words, says they answer. Each named record
 * gains `factor` times the best score of the matches. Ordinals ascend.
 */
function withIntentRecords(matched: Matches, named: Uint8Array, factor: number): Matches {
  let best = 0;
  for (const score of matched.scores) if (score > best) best = score;
  const lift = Math.max(best, 1) * factor;
  const has = new Uint8Array(named.length);
  for (const ordinal of matched.ordinals) has[ordinal] = 1;
  const scoreOf = new Map<number, number>();
  matched.ordinals.forEach((ordinal, i) => scoreOf.set(ordinal, matched.scores[i]!));
  const ordinals: number[] = [];
  for (let ordinal = 0; ordinal < named.length; ordinal += 1) if (has[ordinal] === 1 || named[ordinal] === 1) ordinals.push(ordinal);
  const scores = Float64Array.from(ordinals, (ordinal) => (scoreOf.get(ordinal) ?? 0) + (named[ordinal] === 1 ? lift : 0));
  return { ordinals: Int32Array.from(ordinals), scores };
}

/** matchQuery as one object per match, best first (report order when q is empty), for compare. */
export function matchList(context: EngineContext, analyzed: AnalyzedQuery | null): Scored[] {
  const { ordinals, scores } = matchQuery(context, analyzed);
  const precedes = precedenceOf(context.corpus, 'relevance', analyzed === null);
  return Array.from(ordinals, (ordinal, i) => ({ ordinal, score: scores[i]! })).sort((a, b) =>
    precedes(a.ordinal, a.score, b.ordinal, b.score) ? -1 : 1,
  );
}

/** The matches of a request with the filter verdicts and their precedence, the analysed query and the facets. */
export function findMatches(context: EngineContext, request: SearchRequest, override?: AnalyzedQuery) {
  const q = request.q.trim();
  const analyzed = override ?? (q === '' ? null : withoutExpansions(context, context.analyzer.analyzeQuery(q), request.exclude));
  const filters = compileFilters(context.corpus, request.filters);
  // Ranked by score, only the page's order needs every factor (see MatchedPage); sorted otherwise, every match.
  const page: MatchedPage | undefined =
    (request.sort ?? 'relevance') === 'relevance'
      ? {
          k: Math.max(0, request.offset ?? 0) + clamp(request.limit ?? DEFAULT_LIMIT, 0, MAX_LIMIT),
          ...(filters.facets.length > 0 ? { passes: (ordinal: number) => failedFacet(context.corpus, ordinal, filters) === -1 } : {}),
        }
      : undefined;
  let matched = matchQuery(context, analyzed, context.weights, page);
  /** The parts searched apart when the compound as typed found almost nothing (said on the page), else null. */
  let partsApart: string[] | null = null;
  if (
    analyzed !== null &&
    matched.ordinals.length < context.weights.compoundFallback &&
    isUnspacedCompound(analyzed) &&
    headFoundAsTyped(context, analyzed)
  ) {
    const asTyped = matched.ordinals.length;
    matched = matchQuery(context, analyzed, anyClauseWeights(context.weights), page);
    if (matched.ordinals.length > asTyped) partsApart = analyzed.clauses.map((clause) => clause.surface);
  }
  const partsPrintedNowhere = partsApart === null ? [] : clausesPrintedNowhere(analyzed!, context.corpus);
  const failed = failedFacets(context.corpus, matched.ordinals, filters);
  const facets = countFacets(context.corpus, matched.ordinals, filters, failed);
  const precedes = precedenceOf(context.corpus, request.sort ?? 'relevance', analyzed === null);
  return { analyzed, facets, matched, failed, precedes, partsApart, partsPrintedNowhere };
}

/** A query typed without spaces or quotes, one word or several run together: its records as typed rank first (asTypedRecord). */
function isTypedWithoutSpaces(analyzed: AnalyzedQuery): boolean {
  return analyzed.phrases.length === 0 && analyzed.clauses.length >= 1 && !/\s/.test(analyzed.normalized);
}

/**
 * What counts as the query as typed: its text, and for one word the spellings of its concept that hold every
 * character of it in order: 産休 is 産前・産後休暇 and 出産休暇 shortened, 人材育成 is 人材の育成, so those records are
 * what was typed too, where キャリア形成 (of キャリアパス) or 能力開発 (of 人材育成) are other words.
 */
function typedForms(analyzed: AnalyzedQuery): string[] {
  const typed = analyzed.normalized;
  if (analyzed.clauses.length !== 1) return [typed];
  const spellings = analyzed.clauses[0]!.alternatives.filter(
    (alternative) => alternative.relation === 'synonym' && holdsInOrder(alternative.surface, typed),
  ).map((alternative) => alternative.surface);
  return [typed, ...spellings];
}

/** Whether every character of `short` stands in `long` in the same order. */
function holdsInOrder(long: string, short: string): boolean {
  let at = 0;
  for (const character of long) if (character === short[at]) at += 1;
  return at >= short.length;
}

/**
 * One word typed without spaces that kuromoji cut into several clauses (悩み相談, キャリア相談): when its parts
 * together find almost nothing, the compound is not a unit of the reports, and its parts are searched as a
 * sentence-like query is (any of them, ranked by how many they match), instead of showing next to nothing.
 */
function isUnspacedCompound(analyzed: AnalyzedQuery): boolean {
  return analyzed.phrases.length === 0 && analyzed.clauses.length >= 2 && !/\s/.test(analyzed.normalized);
}

/**
 * Whether the head of such a compound (its last part: 相談 of 悩み相談, 採用 of カムバック採用) is in the statements
 * as typed. A head found only through its concept's other words (雇用 of 障害者雇用, in no report, standing for
 * 採用) means the compound names something the reports do not speak of: its parts would find statements about
 * another thing (every hiring statement), so they are not searched apart and the few-results help says what is
 * missing. Remembered per analysed query, which the analyser caches.
 */
const headsFound = new WeakMap<EngineContext, WeakMap<AnalyzedQuery, boolean>>();
function headFoundAsTyped(context: EngineContext, analyzed: AnalyzedQuery): boolean {
  let byQuery = headsFound.get(context);
  if (!byQuery) headsFound.set(context, (byQuery = new WeakMap()));
  let found = byQuery.get(analyzed);
  if (found === undefined) {
    const head = { ...analyzed.clauses[analyzed.clauses.length - 1]!, alternatives: [], concept: null };
    found = matchQuery(context, { ...analyzed, clauses: [head], sentenceLike: false }, context.weights, ONLY_WHICH).ordinals.length > 0;
    byQuery.set(analyzed, found);
  }
  return found;
}

/** For a question of which documents match, not their order. */
const ONLY_WHICH: MatchedPage = { k: 0 };

const anyClause = new WeakMap<RankingWeights, RankingWeights>();
function anyClauseWeights(weights: RankingWeights): RankingWeights {
  let any = anyClause.get(weights);
  if (!any) anyClause.set(weights, (any = { ...weights, maxAndClauses: 0 }));
  return any;
}

/**
 * A page of results. When fewer than `weights.fewResults` match: words that find nothing as typed are
 * searched with their corpus spelling (`corrected`), and the response adds results missing one word
 * (`relaxed`) and suggestions, so a query with near matches never gets a bare empty answer. With
 * `resultCounts`, the response also counts the results of every facet value (./result-counts.ts).
 */
export function search(context: EngineContext, request: CountedSearchRequest): CountedSearchResponse {
  const scoped = scopeFromQuery(context.corpus, request, context.analyzer.concepts);
  if (scoped === null) return searchWords(context, request);
  return { ...searchWords(context, scoped.request), query: request.q, scopedBy: scoped.scope };
}

function searchWords(context: EngineContext, request: CountedSearchRequest): CountedSearchResponse {
  const limit = clamp(request.limit ?? DEFAULT_LIMIT, 0, MAX_LIMIT);
  const offset = Math.max(0, request.offset ?? 0);
  const asTyped = findMatches(context, request);
  let found = asTyped;
  let ranked = rankPage(context.corpus, found.matched, found.failed, found.precedes, offset, limit);
  let corrected: QueryCorrection | undefined;
  const few = (total: number) => found.analyzed !== null && total < context.weights.fewResults;
  const findsAnything = (q: string) => matchQuery(context, context.analyzer.analyzeQuery(q), context.weights, ONLY_WHICH).ordinals.length > 0;
  let fixed: SpellingFix | undefined;
  const complete = (q: string) => !hasUnmatchableClause(context.analyzer.analyzeQuery(q), context.weights, context.corpus);
  // A query with a word no statement can match is fixed even when its other words find much (see hasUnmatchableClause).
  // So is one with a word typed in hiragana that finds nothing alone (「てれわーく 上司」): analysis reads such a word as
  // particles and drops it, and the other words then found much without it.
  // 「テレワークの推移」: 推移 only asks how it changed over the years, and no report prints it. Before any spelling
  // fix: 「育児支援の移り変わり」 had been 'fixed' to 移変わり, whose 移 and 変わり then matched by chance.
  let withoutWords: Pick<CountedSearchResponse, 'withoutWords' | 'withoutWordsAsk'> | undefined;
  if (found.analyzed !== null && ranked.total === 0 && request.asTyped !== true) {
    const cueless = withoutChangeCues(context, found.analyzed);
    if (cueless !== null) {
      const again = findMatches(context, request, cueless.analyzed);
      const rankedAgain = rankPage(context.corpus, again.matched, again.failed, again.precedes, offset, limit);
      if (rankedAgain.total > 0)
        [found, ranked, withoutWords] = [again, rankedAgain, { withoutWords: cueless.dropped, withoutWordsAsk: cueless.asks }];
    }
  }
  const kanaSlip = found.analyzed !== null && withoutWords === undefined && !few(ranked.total) && hasKanaPartFindingNothing(request.q, findsAnything);
  const slipped = found.analyzed !== null && withoutWords === undefined && !few(ranked.total) && (kanaSlip || !complete(request.q));
  if ((few(ranked.total) || slipped) && request.asTyped !== true) {
    // The fix depends on the words alone: remembered with the analysed query, since a query with a word no statement
    // can match (男の産休を) comes back at every search, not only when it finds little.
    const memo = memoOf(context, found.analyzed!);
    const corrections = (memo.corrections ??= new Map());
    let correction = corrections.get(slipped);
    if (correction === undefined) corrections.set(slipped, (correction = correctQuery(context, request.q, findsAnything, complete, slipped)));
    fixed = { correction };
    const again = fixed.correction && (fixed.found = findMatches(context, { ...request, q: fixed.correction.query }));
    const rankedAgain = again && rankPage(context.corpus, again.matched, again.failed, again.precedes, offset, limit);
    // After a kana slip, the results as typed ignore the slipped word altogether: the fix stands even when it finds
    // little (the results missing one word then show what there is).
    const better =
      rankedAgain && (slipped ? (kanaSlip || rankedAgain.total > 0) && complete(fixed.correction!.query) : rankedAgain.total > ranked.total);
    fixed.preferred = slipped && better === true;
    if (again && rankedAgain && better) [found, ranked, corrected] = [again, rankedAgain, { ...fixed.correction!, originalTotal: ranked.total }];
  }
  // 「超過勤務次官」: a compound printed nowhere as typed that one homophone makes printed (超過勤務時間) was meant so.
  if (
    found.analyzed !== null &&
    corrected === undefined &&
    (fixed === undefined || fixed.correction === null) &&
    withoutWords === undefined &&
    request.asTyped !== true &&
    isUnspacedCompound(found.analyzed)
  ) {
    const memo = memoOf(context, found.analyzed);
    if (memo.compoundSlip === undefined) memo.compoundSlip = compoundSlip(context, request.q);
    const slip = memo.compoundSlip;
    const again = slip && findMatches(context, { ...request, q: slip.query });
    const rankedAgain = again && rankPage(context.corpus, again.matched, again.failed, again.precedes, offset, limit);
    if (again && rankedAgain && rankedAgain.total > 0) {
      [found, ranked, corrected] = [again, rankedAgain, { ...slip!, originalTotal: ranked.total }];
      fixed = { correction: slip, found: again, preferred: true };
    }
  }
  const { analyzed, facets } = found;
  const response: CountedSearchResponse = {
    query: request.q,
    analyzed,
    expanded: analyzed?.expanded ?? [],
    total: ranked.total,
    limit,
    offset,
    results: shapeHits(context, ranked.page, analyzed),
    facets,
  };
  // Words left out (推移, 回数): the counts are of the search without them, as the results are.
  if (request.resultCounts)
    response.resultCounts = withoutWords
      ? resultCountsOf(context, request, found, { correction: null }, findsAnything)
      : resultCountsOf(context, request, asTyped, fixed, findsAnything);
  if (analyzed === null) return response;
  const memo = memoOf(context, analyzed);
  response.expansionGroups = memo.groups ??= frozen(groupExpansions(context, analyzed));
  if (corrected) response.corrected = corrected;
  if (found.partsApart) response.partsApart = found.partsApart;
  if (found.partsPrintedNowhere.length > 0) response.partsPrintedNowhere = found.partsPrintedNowhere;
  if (withoutWords) Object.assign(response, withoutWords);
  const onlyRelated = ranked.total > 0 ? (memo.onlyRelated ??= clausesFoundOnlyByRelatedWords(analyzed, context.corpus)) : [];
  if (onlyRelated.length > 0) response.onlyRelated = [...onlyRelated];
  if (few(ranked.total)) {
    response.relaxed = relax(
      context,
      request,
      analyzed,
      ranked.page.map((hit) => hit.ordinal),
      limit,
    );
    response.suggestions = memo.suggestions ??= frozen(suggestQueries(context, analyzed, findsAnything));
  }
  return response;
}

/** A whitespace-separated word of hiragana (and long-vowel marks) long enough to be a word typed for katakana or kanji. */
const KANA_WORD = /^[\u3041-\u3096ー]{3,}$/;

function hasKanaPartFindingNothing(q: string, findsAnything: (q: string) => boolean): boolean {
  const parts = q.normalize('NFKC').split(/\s+/);
  return parts.length > 1 && parts.some((part) => KANA_WORD.test(part) && !findsAnything(part));
}

/** Words of change that ask across years when said last in a query that found nothing with them (see withoutChangeCues). */
const LAST_CHANGE_CUES: ReadonlySet<string> = new Set(['変化', '動き', '変わり方', '違い', '変遷']);
/** Measures that ask for a figure when said last in a query that found nothing with them (see withoutChangeCues). */
const LAST_MEASURE_CUES: ReadonlySet<string> = new Set([
  '回数',
  '件数',
  '人数',
  '日数',
  '時間数',
  '台数',
  '頻度',
  '割合',
  '比率',
  '数値',
  '実績',
  '規模',
  '程度',
]);
/** Words that only ask how something changed over the years (see search): the view asked for, not its content. */
const CHANGE_CUES: ReadonlySet<string> = new Set([
  '推移',
  '移り変わり',
  '変遷',
  '経年変化',
  '歩み',
  'あゆみ',
  '足取り',
  '軌跡',
  '広がり',
  '進み具合',
]);

/**
 * The query without its clauses of CHANGE_CUES that no statement prints, keeping its cue for ranking across years, or
 * null when it has none (or nothing else). Leaving them out of every query measured worse (the rest became an AND);
 * only a query that found nothing with them is searched without them.
 */
function withoutChangeCues(
  context: EngineContext,
  analyzed: AnalyzedQuery,
): { analyzed: AnalyzedQuery; dropped: string[]; asks: { acrossYears: boolean; figures: boolean } } | null {
  const last = analyzed.clauses[analyzed.clauses.length - 1];
  // 「架空庁のキャリア面談の変化」: a bare 変化 said last asks for the view across years too, printed or not, once the
  // query found nothing with it (「働き方の変化」 that finds something keeps it as content).
  const isCue = (clause: AnalyzedQuery['clauses'][number]) =>
    (CHANGE_CUES.has(clause.surface) && clause.words.every((word) => context.corpus.documentFrequency(word) === 0)) ||
    (clause === last && LAST_CHANGE_CUES.has(clause.surface) && analyzed.clauses.length > 1);
  // 「マネジメント研修の回数」: the reports print 年2回, never 回数; the measure said last asks for the records that
  // print a figure, as 割合 or 何回 do.
  const isMeasure = (clause: AnalyzedQuery['clauses'][number]) =>
    clause === last && LAST_MEASURE_CUES.has(clause.surface) && analyzed.clauses.length > 1;
  const dropped = analyzed.clauses.filter((clause) => isCue(clause) || isMeasure(clause)).map((clause) => clause.surface);
  const kept = analyzed.clauses.filter((clause) => !isCue(clause) && !isMeasure(clause));
  if (dropped.length === 0 || kept.length === 0) return null;
  const acrossYears = analyzed.clauses.some(isCue);
  const figures = analyzed.clauses.some(isMeasure);
  return {
    analyzed: { ...analyzed, clauses: kept, ...(acrossYears ? { asksAcrossYears: true } : {}), ...(figures ? { asksForFigures: true } : {}) },
    dropped,
    asks: { acrossYears, figures },
  };
}

/** The query's spelling fix (null: none), and its matches once searched. */
interface SpellingFix {
  correction: Omit<QueryCorrection, 'originalTotal'> | null;
  /** The fix replaces a word no statement can match: its counts stand whenever it finds something, not only when the query finds little. */
  preferred?: boolean;
  found?: ReturnType<typeof findMatches>;
}

/**
 * The results of every facet value, each as the search with that value would count them: by the rule of search(),
 * the spelling fix's count where the query's own is under fewResults and smaller.
 */
function resultCountsOf(
  context: EngineContext,
  request: SearchRequest,
  asTyped: ReturnType<typeof findMatches>,
  known: SpellingFix | undefined,
  findsAnything: (q: string) => boolean,
): ResultCounts {
  const count = ({ matched }: ReturnType<typeof findMatches>) => countResults(context.corpus, matched.ordinals, request.filters);
  if (asTyped.analyzed === null) return toResultCounts(context.corpus, count(asTyped), null, 0);
  const fixed = known ?? { correction: request.asTyped === true ? null : correctQuery(context, request.q, findsAnything) };
  if (fixed.correction) fixed.found ??= findMatches(context, { ...request, q: fixed.correction.query });
  return toResultCounts(
    context.corpus,
    count(asTyped),
    fixed.found ? count(fixed.found) : null,
    context.weights.fewResults,
    fixed.preferred === true,
  );
}

/**
 * What a query's response shows beside its results (expansion groups, suggestions, highlight needles) depends
 * only on the analysed query and the corpus: remembered per analysed query, which the analyser caches (bounded),
 * so these go when their query leaves that cache. Shared between responses, hence frozen.
 */
interface QueryMemo {
  groups?: ExpansionGroup[];
  suggestions?: QuerySuggestion[];
  needles?: string[];
  /** The clauses no report prints, found by their related words only (see clausesFoundOnlyByRelatedWords). */
  onlyRelated?: string[];
  /** The spelling fix of the query as typed (null: none), for a query that finds little and for one that finds much (see correctQuery). */
  corrections?: Map<boolean, Omit<QueryCorrection, 'originalTotal'> | null>;
  /** The homophone that makes an unspaced compound printed as typed (null: none; see compoundSlip). */
  compoundSlip?: Omit<QueryCorrection, 'originalTotal'> | null;
}
const memos = new WeakMap<EngineContext, WeakMap<AnalyzedQuery, QueryMemo>>();

function frozen<T extends object[]>(list: T): T {
  for (const entry of list) Object.freeze(entry);
  return Object.freeze(list);
}

function memoOf(context: EngineContext, analyzed: AnalyzedQuery): QueryMemo {
  let byQuery = memos.get(context);
  if (!byQuery) memos.set(context, (byQuery = new WeakMap()));
  let memo = byQuery.get(analyzed);
  if (!memo) byQuery.set(analyzed, (memo = {}));
  return memo;
}

const RELATION_LABELS: Record<ExpansionGroup['relation'], string> = { synonym: '同義語', narrower: '下位語', related: '関連語' };

/** The expansions that can match (their words are in the corpus), by relation, each with its weight. */
function groupExpansions(context: EngineContext, analyzed: AnalyzedQuery): ExpansionGroup[] {
  const { corpus, weights } = context;
  const groups = (['synonym', 'narrower', 'related'] as const).map((relation) => ({
    relation,
    label: RELATION_LABELS[relation],
    weight: relationWeight(relation, weights),
    words: [] as ExpansionGroup['words'],
  }));
  // analyzed.expansions lists the clauses' alternatives in order, one for one (see analyzeQuery).
  const alternatives = analyzed.clauses.flatMap((clause) => clause.alternatives);
  analyzed.expansions.forEach((expansion, i) => {
    const alternative = alternatives[i];
    if (!alternative || alternative.words.length === 0 || alternative.words.some((word) => corpus.documentFrequency(word) === 0)) return;
    groups
      .find((group) => group.relation === expansion.relation)!
      .words.push({ surface: expansion.surface, clause: expansion.clause, concept: expansion.concept });
  });
  return groups.filter((group) => group.words.length > 0);
}

/**
 * For a query whose words must all match, the results that hold every word but one (not already shown). A query
 * of one phrase of several words (a concept's label such as 業務フローの改善, matched as written or as one of its
 * synonyms) that finds nothing is relaxed into its words.
 */
function relax(context: EngineContext, request: SearchRequest, analyzed: AnalyzedQuery, shown: number[], limit: number): RelaxedResults[] {
  const { clauses } = analyzed;
  if (clauses.length > context.weights.maxAndClauses) return [];
  // A phrase that found something is left as typed: its words apart would mostly add noise (ワーク, ライフ …).
  if (clauses.length === 1 && shown.length > 0) return [];
  const partials: Relaxation[] =
    clauses.length === 1
      ? phraseWithoutWord(context, clauses[0]!)
      : clauses.map((clause, index) => ({
          missing: clause.surface,
          label: `「${clause.surface}」を含まない結果`,
          partial: withoutClause(analyzed, index),
        }));
  const filters = compileFilters(context.corpus, request.filters);
  const precedes = precedenceOf(context.corpus, 'relevance', false);
  const relaxed: RelaxedResults[] = [];
  partials.forEach(({ missing, label, partial }) => {
    const matched = matchQuery(context, partial);
    const failed = failedFacets(context.corpus, matched.ordinals, filters) ?? new Int8Array(matched.ordinals.length).fill(-1);
    matched.ordinals.forEach((ordinal, i) => {
      if (shown.includes(ordinal)) failed[i] = 0;
    });
    const { total, page } = rankPage(context.corpus, matched, failed, precedes, 0, limit);
    if (total === 0) return;
    relaxed.push({ missing: [missing], label, total, results: shapeHits(context, page, partial) });
  });
  return relaxed.sort((a, b) => b.total - a.total);
}

/**
 * A one-phrase query relaxed into its words: of two words, each alone; of more, all of them as a query of several
 * words is searched (any of them, ranked by how many match). None for a phrase of one word.
 */
function phraseWithoutWord(context: EngineContext, clause: AnalyzedQuery['clauses'][number]): Relaxation[] {
  const words = [...new Set(clause.words)];
  if (words.length < 2) return [];
  if (words.length > context.weights.maxAndClauses) {
    const label = `「${clause.surface}」の語（${words.join('・')}）を含む結果`;
    return [{ missing: clause.surface, label, partial: context.analyzer.analyzeQuery(words.join(' ')) }];
  }
  return words.map((word) => {
    const kept = words.filter((other) => other !== word);
    return {
      missing: word,
      label: `「${clause.surface}」のうち「${kept.join('」「')}」を含む結果`,
      partial: context.analyzer.analyzeQuery(kept.join(' ')),
    };
  });
}

/** A query to search instead of the one typed, and what the results it finds lack. */
interface Relaxation {
  missing: string;
  label: string;
  partial: AnalyzedQuery;
}

/** The analysed query without the expansions the user removed (compared in normal form). */
function withoutExpansions(context: EngineContext, analyzed: AnalyzedQuery, exclude: string[] | undefined): AnalyzedQuery {
  if (!exclude || exclude.length === 0) return analyzed;
  const removed = new Set(exclude.map((surface) => context.analyzer.normalize(surface)));
  const expansions = analyzed.expansions.filter((expansion) => !removed.has(context.analyzer.normalize(expansion.surface)));
  return {
    ...analyzed,
    clauses: analyzed.clauses.map((clause) => ({ ...clause, alternatives: clause.alternatives.filter((alt) => !removed.has(alt.surface)) })),
    expansions,
    expanded: [...new Set(expansions.map((expansion) => expansion.surface))],
  };
}

export function shapeHits(context: EngineContext, hits: Scored[], analyzed: AnalyzedQuery | null) {
  const needles = analyzed ? (memoOf(context, analyzed).needles ??= printedNeedles(context.corpus, highlightNeedles(analyzed))) : [];
  return hits.map((hit) => toSearchHit(context.corpus, hit, needles));
}

/**
 * The needles some statement can hold: one with a character pair no statement has is looked for in no hit. A concept
 * query has twenty or more needles (its labels), most printed nowhere, and each was searched in each of the twenty
 * hits of a page.
 */
function printedNeedles(corpus: Corpus, needles: string[]): string[] {
  return needles.filter((needle) => queryNgrams(needle).every((gram) => gram.length < 2 || corpus.gramFrequency(gram) > 0));
}

const everyDocuments = new WeakMap<Corpus, Map<number, Matches>>();

/**
 * Every document, in report order, each scored `score`: made once per corpus and score, and shared, so never
 * written to (matchQuery weighs only the matches of a plan; the others copy what they keep).
 */
function everyDocument(corpus: Corpus, score: number): Matches {
  let byScore = everyDocuments.get(corpus);
  if (byScore === undefined) everyDocuments.set(corpus, (byScore = new Map()));
  let every = byScore.get(score);
  if (every === undefined) {
    const ordinals = new Int32Array(corpus.size);
    for (let ordinal = 0; ordinal < ordinals.length; ordinal += 1) ordinals[ordinal] = ordinal;
    byScore.set(score, (every = { ordinals, scores: new Float64Array(corpus.size).fill(score) }));
  }
  return every;
}

function keepMatches({ ordinals, scores }: Matches, keep: (ordinal: number) => boolean): Matches {
  const kept: number[] = [];
  for (let i = 0; i < ordinals.length; i += 1) if (keep(ordinals[i]!)) kept.push(i);
  return { ordinals: Int32Array.from(kept, (i) => ordinals[i]!), scores: Float64Array.from(kept, (i) => scores[i]!) };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(value)));
}
