/**
 * Plans the search of an analysed query. A clause matches a statement through any of its variants
 * (the clause as typed, or a synonym): all of a variant's content words in the word fields, or all of
 * its character n-grams in the n-gram field (compounds and partial words). Short queries need every
 * clause; longer, natural-language ones need any and are ranked by how much they cover.
 *
 * Every distinct term of the query is looked up once, in a single MiniSearch search; the plan's
 * clauses are then checked against the terms each hit matched. (A MiniSearch query tree with one
 * subquery per variant cost about ten times more: MiniSearch pays a fixed price per subquery term.)
 */
import type { AlternativeRelation, AnalyzedQuery, QueryAlternative, QueryClause } from '../analysis/types';

/** Ranking weights, tuned on the judged query set (tests/quality). */
export interface RankingWeights {
  text: number;
  rowTitle: number;
  /** Must be 0: the item title is not indexed (src/indexing/index-options.ts). */
  itemTitle: number;
  grams: number;
  /** Multiplier for terms that only synonyms / variants bring in. */
  alternative: number;
  /** Multipliers for terms that only the concept scheme's narrower and related concepts bring in (below `alternative`). */
  narrower: number;
  related: number;
  /** Below this many results, a multi-word query is relaxed to results holding all but one of its words, and suggestions are made. */
  fewResults: number;
  /** A clause with at most this many words needs all of them; a longer one (an unsegmented sentence) needs any. */
  maxAndWords: number;
  /**
   * Look a clause's n-grams up by the rarest one and check the clause as written (true), or look them all up
   * (false): on the judged set, all grams ranked phrase matches better (nDCG@10 0.898 vs 0.894) and the
   * rarest one was hardly faster at 100x (within the noise of a shared machine).
   */
  rarestGram: boolean;
  /** In a sentence-like query, clauses whose words are in more than this share of statements are dropped. */
  commonClauseFraction: number;
  /** Score multiplier of records that only repeat a row's title (rows without statements). */
  titleRecord: number;
  /** Score multiplier of a record holding figures when the query asks for one (AnalyzedQuery.asksForFigures). */
  figureRecord: number;
  /** Score multiplier of a record of a ministry with reports of several years when the query asks across years. */
  severalYearsRecord: number;
  /** Score multiplier of a row's reason for 実施未定 (column B) when the query asks why something was not done. */
  reasonRecord: number;
  /**
   * Score multiplier of a record whose statement or row title holds an unspaced query of several clauses as typed
   * (育児休業取得率 in 「男性職員の育児休業取得率」), above those that hold its words apart.
   */
  asTypedRecord: number;
  /**
   * Score multiplier of each ministry's best records (within MINISTRY_BEST_SHARE of its best score) when the query asks
   * which ministries (AnalyzedQuery.asksWhichMinistry), so that every ministry answers before one ministry's many.
   */
  ministryBestRecord: number;
  /** Score multiplier of the records the lineage names when the query asks what happened between reports (./lineage-intent.ts). */
  lineageRecord: number;
  /** Queries with at most this many clauses need every clause; longer (natural-language) ones need any, ranked by coverage. */
  maxAndClauses: number;
  /**
   * Which members of a synonym class of several words (男性の育休, 女性職員の登用) also match by their words in any
   * order, not only as written: none, the typed one and its synonyms, or every alternative.
   */
  memberWords: 'none' | 'synonym' | 'all';
  /** Term weight of the words such a member matches by (its rarest word keeps the member's own weight). */
  memberWordWeight: number;
  /**
   * How the distinct query terms a document matched multiply its score: 'terms' counts each as 1 (MiniSearch's
   * rule), 'weighted' counts each at its term boost, so that twenty related words matched do not outweigh the
   * words typed.
   */
  coordination: 'terms' | 'weighted';
  /**
   * The coordination factor is at most this many times the clauses a document covers, each at its best term's
   * weight (0: no cap), so that many words of one clause (a concept's synonyms and narrower words) do not count as
   * if they were as many clauses of the query.
   */
  coordinationCap: number;
  /** Below this many matches, an unspaced compound's clauses (悩み相談 → 悩み, 相談) are OR-ed instead (0: never). */
  compoundFallback: number;
  /** Whether a sentence-like query (AnalyzedQuery.sentenceLike) is OR-ed however few its clauses. */
  sentenceOr: boolean;
}

/**
 * Chosen by a grid over text 1-3, rowTitle 0.5-2, itemTitle 0.25-1, grams 0.1-1, alternative 0.3-1 on the
 * judged set (tests/quality): statement words dominate, synonyms count about a third, and the n-gram
 * field mostly adds recall (nDCG@10 spread across the grid was only 0.85-0.88). Title-only records at
 * 0.3 rank below the statements that mention the term (1 → 0.876, 0.3 → 0.886 nDCG@10).
 * Synonyms match through their words only (their n-grams cost a lookup per gram for 0.002 nDCG@10).
 * The item title is not searched (0): every statement of an item shares it, so its postings are the
 * longest of all, and with the row title weighted 2 it changed nDCG@10 by +0.003 (0.894 → 0.898).
 *
 * Retuned for issue 10 on the dev split of the second judged set (tests/quality/v2, 42 queries; nDCG@10 0.730
 * with the untuned concept scheme): a synonym class's members of several words also match by their words in
 * any order (memberWords 'synonym': 0.772; 'all' 0.772 but questions lower; their words adding score: no gain),
 * sentence-like queries OR-ed (0.795), synonyms at 0.5 (0.3: 0.795, 0.7: 0.814, 1: 0.814) with narrower 0.2
 * and related 0.05 (0.1-0.4 and 0.05-0.2 moved it by under 0.002), an unspaced compound OR-ed when its parts
 * find fewer than 3 together (0.850), unless the compound's head is in no statement as typed (障害者雇用 answered
 * every hiring statement through 雇用's concept 採用; same dev figures, one more expect-none query empty).
 * Field weights did not move (text 2-4, rowTitle 0.5-2, grams 0.05-0.3, titleRecord 0.3-0.6: 0.814-0.815).
 * Pseudo-relevance feedback for sentence-like queries (3-10 words of the best 1-5 results, weight 0.1-0.4)
 * lowered questions from 0.784 to 0.71-0.77 (overall 0.840-0.848) and was not kept. Multiplying an OR-ed query's
 * score by the clauses a hit covers instead of its distinct terms lowered questions to 0.746 (0.723 with clauses
 * weighed by ln(1 + N/df)): not kept either.
 *
 * Then, with the concept scheme grown, the coordination factor counts each matched term at its boost instead of
 * as 1 (coordination 'weighted'): a long statement matching a dozen narrower and related words had been
 * multiplied by a dozen and outranked the short ones that say what was typed. v2 dev 0.875 → 0.878 (abbreviation
 * 0.736 → 0.789); on the used v4 set 0.661 → 0.699. With it, synonyms 0.35-0.7, narrower 0.1-0.35, related
 * 0.05-0.15, grams 0.1-0.2 and rowTitle 1-3 moved v2 dev by under 0.004: left as they were. Crediting only the
 * terms of a clause's satisfied variants (dev 0.882, v4 0.711), the best variant per clause instead of their sum
 * (dismax; dev 0.862, v4 0.693), BM25 k 0.8-1.6, b 0.5-0.9, d 0-0.5 (dev 0.873-0.880) and searching the results
 * column as a field (+0.001) were tried and not kept.
 *
 * A query asking for a figure (割合, 推移, どれだけ減った: figure-intent.ts) multiplies the records that print one by
 * figureRecord: 1.5 / 2 / 3 / 4 / 6 gave v2 dev 0.879-0.880 (it has few such queries) and the used v4 set 0.722 /
 * 0.726 / 0.734 / 0.751 / 0.763 (cross-year 0.68 → 0.84 at 4); 4 is kept, short of where figures would bury
 * every statement. A query asking why something was not done (理由, なぜ, できなかった: figure-intent.ts) multiplies the
 * reasons of 実施未定 rows (column B) by reasonRecord: 1 / 2 / 4 / 8 gave v7 0.602 / 0.603 / 0.604 / 0.618 and v8
 * 0.678 / 0.679 / 0.689 / 0.691, v2 and v4–v6 unchanged; 8 is kept, since a reason is one short sentence whose own
 * words match little of the query beside a long statement's.
 *
 * The coordination factor is capped at coordinationCap times the clauses a hit covers (each at its best term's
 * weight): a statement holding five synonyms and narrower words of one clause had counted as if it covered five
 * of the query's words. Caps 1.5 / 2 / 2.5 / 3 / 4 against none, nDCG@10 summed over v2 and v4–v9 (development
 * sets, 7 × 56–85 queries): 5.279 / 5.322 / 5.318 / 5.306 / 5.289 against 5.280; 2.5 loses on no set by more than
 * 0.002 (v2 0.879 → 0.877, v4 +0.011, v5 +0.005, v6 +0.001, v7 +0.010, v8 +0.012, v9 +0.001; the team's own first
 * set 0.939 → 0.933), where 2 lost 0.009 on v9. Counting each clause once (a cap of 1, no bonus for extra words)
 * gave 5.245. Answers and similar initiatives are unchanged on every question set and the 25 anchors.
 *
 * An unspaced query of several clauses found as typed in a statement or its row title multiplies that record by
 * asTypedRecord: 育児休業取得率 had ranked the 「男の産休」 rows (育児, 休暇 of the synonym 育児休暇 and 取得率, apart)
 * above the rows 「男性職員の育児休業取得率」. 1.5 / 2 / 3 against 1 moved three of 700 development queries at 1.5
 * (v13 0.607 → 0.625: 育児休業取得律 0 → 1; v4 0.789 → 0.788), and at 2 and 3 cost v4 more (0.786, 0.778): 1.5 is kept.
 * One word typed counts as well, with the spellings of its concept that hold it in order (産休 in 産前・産後休暇): the
 * synonyms of キャリアパス (キャリア形成 …) had ranked above its own row 「キャリアパスにおける転勤の在り方」. Over v2–v15,
 * 24 queries rose (exact ones most: 育児休業中 0.512 → 0.935, 両立支援制度 0.863 → 0.979, 人事課 0.804 → 0.976) and 5 fell
 * (人材育成 0.884 → 0.811, a concept query; the others by at most 0.016); without the spellings 産休 fell 0.566 → 0.360.
 *
 * A query asking which ministries (どの省庁, 府省ごと, 各府省) multiplies each ministry's best records by
 * ministryBestRecord: 「女性管理職の割合がいちばん低いのはどの省庁か」 had listed 財務省's statements on 女性の登用 above the
 * other ministries' target rows (v14 question-01 0.074 → 0.591, v11 question-07 0.403 → 0.603, v14 concept-10 0.064 →
 * 0: 「各省庁が独自に報告した取組」 asks of no ministry in particular); 2, 3 and 5 measured alike: 2 is kept.
 *
 * A query asking what happened between reports (「途中で報告されなくなった取組」「実施から実施未定に後戻りした取組」「2年続けて
 * 実施できなかった取組」: ./lineage-intent.ts) puts the records the lineage names first, those its words missed added:
 * v13 0.646 → 0.665 (those two 0.220 → 0.927, 0.489 → 0.963), v14 0.659 → 0.671 (0 → 0.674), no query lower;
 * lineageRecord 2, 4 and 10 alike. The records named now gain lineageRecord times the best score, so that all of
 * them stand above every other and keep their words' order among themselves (they had been multiplied by it, and one
 * the words missed, added at the best score, came above one they found): v14 0.725 → 0.728 (3年続けて実績が上がった数値目標
 * 0.594 → 0.789), v15 0.674 → 0.688 (途中から報告されるようになった数値目標 0 → 0.803), v13 2年続けて実施できなかった取組 0.963 →
 * 0.919. A query asking for what a record's columns hold (「成果を数字で示している取組」「目標設定時の数値が書かれていない数値目標」
 * 「共通項目以外に独自に報告した取組」「年に2回行っている取組」: ./record-intent.ts) puts those records first the same way:
 * the four such queries of v13–v15 went from 0 to 0.964–1, no other query moved.
 */
export const DEFAULT_WEIGHTS: RankingWeights = {
  text: 3,
  rowTitle: 2,
  itemTitle: 0,
  grams: 0.1,
  alternative: 0.5,
  narrower: 0.2,
  related: 0.05,
  fewResults: 3,
  maxAndWords: 3,
  rarestGram: false,
  commonClauseFraction: 0.3,
  titleRecord: 0.3,
  figureRecord: 4,
  severalYearsRecord: 2,
  reasonRecord: 8,
  asTypedRecord: 1.5,
  ministryBestRecord: 2,
  lineageRecord: 2,
  maxAndClauses: 2,
  memberWords: 'synonym',
  sentenceOr: true,
  compoundFallback: 3,
  memberWordWeight: 0,
  coordination: 'weighted',
  coordinationCap: 2.5,
};

/** How many documents hold a word (statement text), for choosing which terms to look up. */
export interface TermStats {
  documentFrequency(term: string): number;
  gramFrequency(gram: string): number;
  size: number;
}

/** One way a clause can match: all words (or any, for a sentence-like clause) in word fields, or all grams. */
export interface VariantPlan {
  /** Term boost: 1 for the clause as typed, `alternative` for a synonym. */
  weight: number;
  words: string[];
  allWords: boolean;
  grams: string[];
  /**
   * Text the hit must contain (normalised). Set when only the rarest of several terms is looked up: the
   * rarest word of a synonym, or the rarest n-gram of a clause (all its n-grams ⇔ the clause as written).
   */
  mustContain: string | null;
  /** false: the words only match, they add no score of their own (the clause scores its rarest words). */
  scoresWords?: boolean;
}

export interface QueryPlan {
  /** Every distinct term to look up. */
  terms: string[];
  /** Boost of each term: 1 for the query's own terms, `alternative` for terms only synonyms bring. */
  termBoost: Map<string, number>;
  /** One-character grams, matched by prefix (the index holds each run's bigrams and its last character). */
  prefixTerms: Set<string>;
  clauses: VariantPlan[][];
  /** Whether a hit needs every clause or any. */
  combineWith: 'AND' | 'OR';
}

/** The plan for an analysed query, or null when it has no searchable terms; remembered per analysed query (which the analyser caches). */
export function planQuery(analyzed: AnalyzedQuery, weights: RankingWeights, stats: TermStats): QueryPlan | null {
  const caches = cachesOf(weights, stats);
  const known = caches.queries.get(analyzed);
  if (known !== undefined) return known;
  const plan = buildPlan(analyzed, weights, stats, caches.clauses);
  caches.queries.set(analyzed, plan);
  return plan;
}

function buildPlan(analyzed: AnalyzedQuery, weights: RankingWeights, stats: TermStats, clauseCache: Map<string, PlannedClause>): QueryPlan | null {
  const all = analyzed.clauses.map((clause) => ({ surface: clause.surface, ...planClauseCached(clause, weights, stats, clauseCache) }));
  const planned = all.filter(({ variants }) => variants.length > 0);
  if (planned.length === 0) return null;
  const combineWith = all.length <= weights.maxAndClauses && !(weights.sentenceOr && analyzed.sentenceLike === true) ? 'AND' : 'OR';
  // A word no report prints leaves an AND query with nothing as typed (テレワーク手当 is not テレワーク): the results
  // that lack it are offered as relaxed results, labelled with the missing word, and a spelling fix is tried.
  if (combineWith === 'AND' && planned.length < all.length) return null;
  let kept = combineWith === 'OR' ? dropWeakClauses(planned) : planned;
  if (combineWith === 'OR') kept = dropCommonClauses(kept, weights, stats);
  const clauses = kept.map(({ variants }) => variants);
  const termBoost = new Map<string, number>();
  const prefixTerms = new Set<string>();
  const boost = (term: string, weight: number) => termBoost.set(term, Math.max(weight, termBoost.get(term) ?? 0));
  for (const { variants, scoring } of kept) {
    for (const variant of variants) {
      for (const term of variant.words) boost(term, variant.scoresWords === false ? weights.memberWordWeight * variant.weight : variant.weight);
      for (const term of variant.grams) boost(term, variant.weight);
      for (const gram of variant.grams) if (gram.length === 1) prefixTerms.add(gram);
    }
    for (const { term, weight } of scoring) boost(term, weight);
  }
  return { terms: [...termBoost.keys()], termBoost, prefixTerms, clauses, combineWith };
}

/**
 * Whether some clause of the query can match no statement: none of its variants has all its words, or all its
 * n-grams, in the corpus (勤態 of 勤態管理, a slip for 勤怠). Such a query may still find much (a compound's parts
 * apart, a list's other words), which hides the slip; the spelling fix is tried for it too. From the planned
 * clauses, which are remembered: no posting is read.
 */
export function hasUnmatchableClause(analyzed: AnalyzedQuery, weights: RankingWeights, stats: TermStats): boolean {
  const caches = cachesOf(weights, stats);
  let known = caches.unmatchable.get(analyzed);
  if (known === undefined) {
    known = analyzed.clauses.some((clause) => !canMatch(planClauseCached(clause, weights, stats, caches.clauses), stats));
    caches.unmatchable.set(analyzed, known);
  }
  return known;
}

/**
 * The clauses that no statement can hold by any word of theirs — own, synonym, narrower or related (裁判 of 裁判員休暇):
 * searched apart, the compound finds only what its other parts find, which the page must say. No posting is read.
 */
export function clausesPrintedNowhere(analyzed: AnalyzedQuery, stats: TermStats): string[] {
  return analyzed.clauses
    .filter((clause) => ![{ words: clause.words, ngrams: clause.ngrams }, ...clause.alternatives].some((a) => mayOccur(a.words, a.ngrams, stats)))
    .map((clause) => clause.surface);
}

/**
 * The clauses whose own words and synonyms no statement can hold — a word and an n-gram of each missing from the
 * corpus — though a narrower or related word of theirs can (ハラスメント, which no report prints, by its related
 * 相談窓口): what such a query finds is only what those words find, which the page must say. No posting is read.
 */
export function clausesFoundOnlyByRelatedWords(analyzed: AnalyzedQuery, stats: TermStats): string[] {
  return analyzed.clauses
    .filter((clause) => {
      const own = [{ words: clause.words, ngrams: clause.ngrams }, ...clause.alternatives.filter((a) => a.relation === 'synonym')];
      const others = clause.alternatives.filter((a) => a.relation !== 'synonym');
      const printable = (a: { words: string[]; ngrams: string[] }) => mayOccur(a.words, a.ngrams, stats);
      return !own.some(printable) && others.some(printable);
    })
    .map((clause) => clause.surface);
}

/** Whether some variant of a planned clause can match a document: its words, or its n-grams, all occur. */
function canMatch({ variants }: PlannedClause, stats: TermStats): boolean {
  return variants.some((variant) => mayOccur(variant.words, variant.grams, stats));
}

/** Whether a statement can hold these words (all of them in the corpus) or these n-grams (all of them). */
function mayOccur(words: readonly string[], grams: readonly string[], stats: TermStats): boolean {
  return (
    (words.length > 0 && words.every((word) => stats.documentFrequency(word) > 0)) ||
    (grams.length > 0 && grams.every((gram) => stats.gramFrequency(gram) > 0))
  );
}

/**
 * Plans per weights and corpus: by analysed query (a WeakMap, so they go with the analyser's cache entries) and
 * by clause, bounded, since queries are unbounded.
 */
interface PlanCaches {
  queries: WeakMap<AnalyzedQuery, QueryPlan | null>;
  unmatchable: WeakMap<AnalyzedQuery, boolean>;
  clauses: Map<string, PlannedClause>;
}
const planCache = new WeakMap<RankingWeights, WeakMap<TermStats, PlanCaches>>();
const MAX_CACHED_CLAUSES = 10_000;

function cachesOf(weights: RankingWeights, stats: TermStats): PlanCaches {
  let byStats = planCache.get(weights);
  if (!byStats) planCache.set(weights, (byStats = new WeakMap()));
  let caches = byStats.get(stats);
  if (!caches) byStats.set(stats, (caches = { queries: new WeakMap(), unmatchable: new WeakMap(), clauses: new Map() }));
  return caches;
}

/**
 * planClause, remembered: a clause with its expansions is planned the same way every time it comes back,
 * and planning a concept's twenty alternatives cost more than matching them (about 100 µs a query at 1x).
 */
function planClauseCached(clause: QueryClause, weights: RankingWeights, stats: TermStats, cache: Map<string, PlannedClause>): PlannedClause {
  const key = [
    clause.surface,
    clause.concept ?? '',
    clause.words.join('\u0002'),
    clause.ngrams.join('\u0002'),
    ...clause.alternatives.map((alt) => `${alt.relation}:${alt.surface}`),
  ].join('\u0001');
  let planned = cache.get(key);
  if (!planned) {
    if (cache.size >= MAX_CACHED_CLAUSES) cache.clear();
    planned = planClause(clause, weights, stats);
    cache.set(key, planned);
  }
  return planned;
}

/** A clause's variants (any one matches) and the terms it only scores with. */
interface PlannedClause {
  variants: VariantPlan[];
  scoring: { term: string; weight: number }[];
}

function planClause(clause: QueryClause, weights: RankingWeights, stats: TermStats): PlannedClause {
  const words = unique(clause.words);
  if (hasSynonyms(clause)) return planSynonymClause(clause, words, weights, stats);
  const allGrams = unique(clause.ngrams);
  // A one-character gram only matters when the clause has nothing longer: by prefix it reaches every run holding the character.
  const longGrams = allGrams.filter((gram) => gram.length > 1);
  const grams = longGrams.length > 0 || words.length > 0 ? longGrams : allGrams;
  const variants = [
    { weight: 1, words, allWords: words.length <= weights.maxAndWords, grams: [], mustContain: null },
    planGrams(grams, words, clause.surface, weights, stats),
    ...clause.alternatives.map((alternative) => planAlternative(alternative, weights, stats)),
  ];
  return { variants: variants.filter(isSearchable), scoring: [] };
}

function isSearchable(variant: VariantPlan | null): variant is VariantPlan {
  return variant !== null && (variant.words.length > 0 || variant.grams.length > 0);
}

/** Whether the clause is a word of a synonym class (a concept label, a Sudachi group word). */
function hasSynonyms(clause: QueryClause): boolean {
  return (clause.concept ?? null) !== null || clause.alternatives.some((alternative) => alternative.relation === 'synonym');
}

/**
 * A word of a synonym class matches exactly the statements that contain one of its class's words (or its
 * narrower and related words) as written: the word typed and each alternative alike, so that any two words
 * of a group find the same statements. Each is found through its rarest n-gram and checked in the text, and a
 * one-word member also as that word in the word fields; the words still score (the typed ones at 1).
 */
function planSynonymClause(clause: QueryClause, words: string[], weights: RankingWeights, stats: TermStats): PlannedClause {
  const typed = { surface: clause.surface, words, ngrams: clause.ngrams, weight: 1, relation: 'typed' as const };
  const all = [typed, ...clause.alternatives.map((alternative) => ({ ...alternative, weight: relationWeight(alternative.relation, weights) }))];
  const byWords = (relation: AlternativeRelation | 'typed') =>
    weights.memberWords === 'all' || (weights.memberWords === 'synonym' && (relation === 'typed' || relation === 'synonym'));
  const variants = all
    .flatMap((variant) => [
      wordVariant(unique(variant.words), variant.weight, stats, byWords(variant.relation), weights.commonClauseFraction),
      containmentVariant(variant.surface, unique(variant.ngrams), variant.weight, stats),
    ])
    .filter(isSearchable);
  // Typed words all score; an alternative scores by its rarest word only, so common words (勤務, 推進) add no noise.
  const present = (terms: string[]) => unique(terms).filter((word) => stats.documentFrequency(word) > 0);
  const rarest = (terms: string[]) =>
    terms.reduce<string[]>(
      (best, word) => (best.length === 0 || stats.documentFrequency(word) < stats.documentFrequency(best[0]!) ? [word] : best),
      [],
    );
  const scoring = [
    ...present(words).map((term) => ({ term, weight: 1 })),
    ...clause.alternatives.flatMap((alternative) =>
      rarest(present(alternative.words)).map((term) => ({ term, weight: relationWeight(alternative.relation, weights) })),
    ),
  ];
  return { variants, scoring };
}

/**
 * A one-word member of a synonym class also matches as that word in any word field (the row title too); a
 * member of several words, when `multiWord`, as all its words in any order (男性 … 育休 for 男性の育休), but for
 * those in more than `commonFraction` of statements (職員, 実施): they would cost the longest posting lists and
 * hardly narrow the match (at 100x, 男性の育児休業の取得を… went from 1.7 to 4 ms through 職員; dev nDCG@10 0.850 → 0.852).
 */
function wordVariant(words: string[], weight: number, stats: TermStats, multiWord: boolean, commonFraction: number): VariantPlan | null {
  if (words.length === 0 || words.some((word) => stats.documentFrequency(word) === 0)) return null;
  if (words.length === 1) return { weight, words, allWords: true, grams: [], mustContain: null };
  if (!multiWord) return null;
  // Words most statements hold (職員, 実施) would cost the longest posting lists and hardly narrow the match.
  const distinctive = words.filter((word) => stats.documentFrequency(word) <= commonFraction * stats.size);
  if (distinctive.length < 2) return null;
  return { weight, words: distinctive, allWords: true, grams: [], mustContain: null, scoresWords: false };
}

/** Statements containing `surface` as written, found by its rarest n-gram; none when a gram is in no statement. */
function containmentVariant(surface: string, grams: string[], weight: number, stats: TermStats): VariantPlan | null {
  const long = grams.filter((gram) => gram.length > 1);
  if (long.length === 0 || long.some((gram) => stats.gramFrequency(gram) === 0)) return null;
  const rarest = long.reduce((a, b) => (stats.gramFrequency(b) < stats.gramFrequency(a) ? b : a));
  // One distinct gram stands for the surface only when it is the surface: アアアア's one gram アア is in キャリアアップ.
  return { weight, words: [], allWords: true, grams: [rarest], mustContain: long.length === 1 && surface.length <= rarest.length ? null : surface };
}

/**
 * The n-gram variant of a clause: all of its grams, or (rarestGram) only the rarest, with the clause as
 * written to be found in the text. None when a gram is in no statement: the variant cannot match.
 */
function planGrams(grams: string[], words: string[], surface: string, weights: RankingWeights, stats: TermStats): VariantPlan | null {
  if (grams.length === 0 || grams.some((gram) => gram.length > 1 && stats.gramFrequency(gram) === 0)) return null;
  // A two-character word that is its own only gram (研修), and is a word wherever it occurs as a gram, gains
  // nothing from the n-gram field but a second, equally long posting list.
  const [gram] = grams;
  if (grams.length === 1 && words.length === 1 && words[0] === gram && stats.gramFrequency(gram!) <= stats.documentFrequency(gram!)) return null;
  // A repeated gram (アアアア: アア three times) is one distinct gram that any text holding it once would match.
  if (grams.length === 1 && surface.length > gram!.length) return { weight: 1, words: [], allWords: true, grams, mustContain: surface };
  if (grams.length === 1 || !weights.rarestGram) return { weight: 1, words: [], allWords: true, grams, mustContain: null };
  const rarest = grams.reduce((a, b) => (stats.gramFrequency(b) < stats.gramFrequency(a) ? b : a));
  return { weight: 1, words: [], allWords: true, grams: [rarest], mustContain: surface };
}

/**
 * A synonym is a fixed expression (在宅勤務, 柔軟な勤務時間制度): its rarest word finds the candidates and
 * the text must contain it as written, so that common words such as 勤務 or 制度 are never looked up.
 * A synonym with a word no statement holds cannot match and is dropped.
 */
function planAlternative(alternative: QueryAlternative, weights: RankingWeights, stats: TermStats): VariantPlan | null {
  const words = unique(alternative.words);
  const surface = alternative.surface;
  if (words.length === 0 || words.some((word) => stats.documentFrequency(word) === 0)) return null;
  const weight = relationWeight(alternative.relation, weights);
  if (words.length === 1) return { weight, words, allWords: true, grams: [], mustContain: null };
  const rarest = words.reduce((a, b) => (stats.documentFrequency(b) < stats.documentFrequency(a) ? b : a));
  return { weight, words: [rarest], allWords: true, grams: [], mustContain: surface };
}

/** The term boost of an alternative by its relation to what was typed: typed (1) > synonym > narrower > related. */
export function relationWeight(relation: AlternativeRelation, weights: RankingWeights): number {
  switch (relation) {
    case 'synonym':
      return weights.alternative;
    case 'narrower':
      return weights.narrower;
    case 'related':
      return weights.related;
  }
}

/** Digits, symbols, or a single character: no concept on its own (the 1 of 「alert(1)」, the ほ of a typo). */
const WEAK_SURFACE = /^(?:[\p{N}\p{P}\p{S}]+|.)$/u;

/**
 * In a sentence-like query (clauses OR-ed), a clause that is only digits, symbols or one character would
 * on its own match statements that share nothing else with the query (「<script>alert(1)</script>」 found
 * every 1か月): such clauses are dropped when the query has any other clause, even one matching nothing.
 */
export function dropWeakClauses<Clause extends { surface: string }>(clauses: Clause[]): Clause[] {
  const strong = clauses.filter((clause) => !WEAK_SURFACE.test(clause.surface));
  return strong.length > 0 ? strong : clauses;
}

/**
 * In a sentence-like query (clauses OR-ed), clauses whose words are in most statements (取組, 実施) add
 * candidates but hardly any score: they are dropped, keeping at least the rarest clause.
 */
function dropCommonClauses<Clause extends { variants: VariantPlan[] }>(clauses: Clause[], weights: RankingWeights, stats: TermStats): Clause[] {
  // A clause's commonness is that of its rarest own word; a clause without words (n-grams only) is kept.
  const commonness = ({ variants }: Clause) => Math.min(...variants[0]!.words.map((word) => stats.documentFrequency(word)));
  const limit = weights.commonClauseFraction * stats.size;
  const kept = clauses.filter((clause) => clause.variants[0]!.words.length === 0 || commonness(clause) <= limit);
  if (kept.length > 0) return kept;
  return [clauses.reduce((a, b) => (commonness(b) < commonness(a) ? b : a))];
}

/** Which terms a hit matched (in a word field, in the n-gram field) and what its text contains. */
export interface MatchedTerms<Term = string> {
  inWords(term: Term): boolean;
  inGrams(term: Term): boolean;
  contains(text: string): boolean;
}

/** A plan's clauses with each term named by T: the term itself, or its position in plan.terms when run. */
export interface ClausesOf<Term> {
  clauses: { words: Term[]; allWords: boolean; grams: Term[]; mustContain: string | null }[][];
  combineWith: 'AND' | 'OR';
}

/** Whether a hit satisfies the plan, given the terms it matched. Runs for every hit: plain loops, no closures. */
export function satisfiesPlan<Term>(plan: ClausesOf<Term>, matched: MatchedTerms<Term>): boolean {
  const needsAll = plan.combineWith === 'AND';
  for (const variants of plan.clauses) {
    let clauseMatches = false;
    for (const variant of variants) {
      if (variantMatches(variant, matched)) {
        clauseMatches = true;
        break;
      }
    }
    if (clauseMatches !== needsAll) return clauseMatches;
  }
  return needsAll;
}

function variantMatches<Term>(variant: ClausesOf<Term>['clauses'][number][number], matched: MatchedTerms<Term>): boolean {
  if (variant.words.length > 0 && wordsMatch(variant.words, variant.allWords, matched)) {
    return variant.mustContain === null || matched.contains(variant.mustContain);
  }
  if (variant.grams.length === 0) return false;
  for (const gram of variant.grams) if (!matched.inGrams(gram)) return false;
  return variant.mustContain === null || matched.contains(variant.mustContain);
}

function wordsMatch<Term>(words: Term[], all: boolean, matched: MatchedTerms<Term>): boolean {
  for (const word of words) if (matched.inWords(word) !== all) return !all;
  return all;
}

function unique(terms: string[]): string[] {
  return [...new Set(terms.filter((term) => term.length > 0))];
}
