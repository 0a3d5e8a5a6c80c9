/**
 * Runs a query plan over the posting lists: every distinct term is looked up once, its postings are
 * scored (BM25+, field and term boosts, as MiniSearch.search would: ./ranking.ts) into a score per document, with a
 * bit per term and kind of field it matched in; then the documents whose matched terms satisfy the
 * plan's clauses are kept. Buffers are allocated once per engine and cleared after each query, so a
 * query allocates only its result arrays.
 */
import { INDEXED_FIELDS } from '../indexing/index-options';
import type { QueryPlan, RankingWeights } from './build-query';
import type { Corpus } from './corpus';
import type { Matches } from './rank-page';
import { withGramPostings, type PostingReader } from '../indexing/posting-reader';
import { documentScore, prefixTermWeight } from './ranking';
import { createWeightedReader, type WeightedReader } from './weighted-postings';
import { rarestClauseCandidates, seek } from './candidates';

export type PlanRunner = (plan: QueryPlan, weights: RankingWeights) => Matches;

/** Per-document state of one query: score, count of distinct query terms matched, term bits. */
interface Scratch {
  scores: Float64Array;
  termCounts: Uint16Array;
  /** The distinct query terms matched, each counted at its coordination weight (RankingWeights.coordination). */
  coord: Float64Array;
  touched: Int32Array;
  touchedCount: number;
  /** Bits of term t for document d at [d * stride + (t >> 5)]; stride grows with the number of terms. */
  stride: number;
  wordBits: Uint32Array;
  gramBits: Uint32Array;
  /** 1 for the candidates of an AND plan (./candidates.ts) while it runs. */
  allowed: Uint8Array;
  /** Those candidates, ascending; null: every document. */
  candidates: Int32Array | null;
}

/** What the runner reads of the corpus. */
export type PlanCorpus = Pick<Corpus, 'grams' | 'size' | 'normalizedText'>;

export interface PlanRunnerOptions {
  /** false: read every posting of every term, even for an AND plan (the reference the candidates are tested against). */
  candidates?: boolean;
}

/** `fieldReader` reads MiniSearch's fields; the n-gram field's postings come with the corpus. */
export function createPlanRunner(fieldReader: PostingReader, corpus: PlanCorpus, options: PlanRunnerOptions = {}): PlanRunner {
  const reader = createWeightedReader(withGramPostings(fieldReader, corpus.grams));
  const size = corpus.size;
  const contains = rememberContainment(corpus);
  const scratch: Scratch = {
    scores: new Float64Array(size),
    termCounts: new Uint16Array(size),
    coord: new Float64Array(size),
    touched: new Int32Array(size),
    touchedCount: 0,
    stride: 0,
    wordBits: new Uint32Array(0),
    gramBits: new Uint32Array(0),
    allowed: new Uint8Array(size),
    candidates: null,
  };
  return (plan, weights) => {
    prepareBits(scratch, size, plan.terms.length);
    const fields = searchedFields(reader, weights);
    scratch.candidates =
      options.candidates === false
        ? null
        : rarestClauseCandidates(
            reader,
            plan,
            fields.map((field) => field.id),
            scratch.allowed,
          );
    plan.terms.forEach((term, index) => {
      const boost = plan.termBoost.get(term) ?? 1;
      const coord = weights.coordination === 'weighted' ? boost : 1;
      if (plan.prefixTerms.has(term)) scorePrefix(reader, scratch, term, index, boost, fields, coord);
      else scoreTerm(reader, scratch, term, index, boost, fields, 'field', coord);
    });
    const matches = collectMatches(scratch, compiledFor(plan, scratch.stride), contains);
    if (scratch.candidates !== null) for (const ordinal of scratch.candidates) scratch.allowed[ordinal] = 0;
    scratch.candidates = null;
    return matches;
  };
}

/** Texts whose containment is remembered, at most; and at most this many bytes of answers (2 bits a document). */
const MAX_REMEMBERED_TEXTS = 4_096;
const MAX_REMEMBERED_BYTES = 8 * 2 ** 20;

/**
 * Whether document `ordinal` contains `text` (normalised), remembered per text: the same synonyms and phrases come
 * back query after query, and reading the text was the top cost of matching at 100x (a concept's twenty
 * alternatives each check every holder of their rarest n-gram). Two bits a document (unknown, no, yes), filled on
 * first ask; bounded in texts and bytes, the oldest text forgotten first.
 */
function rememberContainment(corpus: PlanCorpus): (ordinal: number, text: string) => boolean {
  const answers = new Map<string, Uint8Array>();
  const bytesPerText = (corpus.size + 3) >> 2;
  const maxTexts = Math.max(1, Math.min(MAX_REMEMBERED_TEXTS, Math.floor(MAX_REMEMBERED_BYTES / bytesPerText)));
  return (ordinal, text) => {
    let known = answers.get(text);
    if (known === undefined) {
      if (answers.size >= maxTexts) answers.delete(answers.keys().next().value!);
      answers.set(text, (known = new Uint8Array(bytesPerText)));
    }
    const at = ordinal >> 2;
    const shift = (ordinal & 3) << 1;
    const state = (known[at]! >> shift) & 3;
    if (state !== 0) return state === 2;
    const found = corpus.normalizedText(ordinal).includes(text);
    known[at]! |= (found ? 2 : 1) << shift;
    return found;
  };
}

/** Compiled clauses per plan (plans are remembered per analysed query), recompiled when the bit stride grew. */
const compiledPlans = new WeakMap<QueryPlan, CompiledClauses & { stride: number }>();

function compiledFor(plan: QueryPlan, stride: number): CompiledClauses {
  const known = compiledPlans.get(plan);
  if (known !== undefined && known.stride === stride) return known;
  const compiled = { ...compileClauses(plan, stride), stride };
  compiledPlans.set(plan, compiled);
  return compiled;
}

interface SearchedField {
  id: number;
  boost: number;
  isGrams: boolean;
}

/** A field weighted 0 is not searched at all. */
function searchedFields(reader: WeightedReader, weights: RankingWeights): SearchedField[] {
  const boosts: Record<(typeof INDEXED_FIELDS)[number], number> = {
    text: weights.text,
    rowTitle: weights.rowTitle,
    itemTitle: weights.itemTitle,
    grams: weights.grams,
  };
  return INDEXED_FIELDS.filter((field) => boosts[field] > 0).map((field) => ({
    id: reader.fieldId(field),
    boost: boosts[field],
    isGrams: field === 'grams',
  }));
}

function prepareBits(scratch: Scratch, size: number, termCount: number): void {
  const stride = Math.max(1, Math.ceil(termCount / 32));
  if (stride > scratch.stride) {
    scratch.stride = stride;
    scratch.wordBits = new Uint32Array(size * stride);
    scratch.gramBits = new Uint32Array(size * stride);
  }
  scratch.touchedCount = 0;
}

/**
 * How a posting credits its query term: by its field (a word field or the n-gram field), or, for a
 * one-character gram matched by prefix, also (exact) or only (a longer indexed term) as an n-gram hit.
 */
type Credit = 'field' | 'field-and-gram' | 'gram';

/**
 * A posting list much longer than the candidates is searched for each candidate rather than read through (a
 * binary search costs about this many postings read).
 */
const SEEK_RATIO = 8;

/**
 * Adds one term's postings (or a prefix-derived term's, weighted) to the scores and the term bits; with
 * candidates, only theirs, visited in the same order (ordinals ascend), so each candidate's sum is the same.
 */
function scoreTerm(
  reader: WeightedReader,
  scratch: Scratch,
  term: string,
  termIndex: number,
  weight: number,
  fields: SearchedField[],
  credit: Credit,
  coordWeight: number,
): void {
  const { scores, termCounts, coord, wordBits, gramBits, stride, touched, candidates, allowed } = scratch;
  const slot = termIndex >> 5;
  const bit = 1 << (termIndex & 31);
  for (const field of fields) {
    const postings = reader.postings(term, field.id);
    if (postings === undefined) continue;
    const bits = credit === 'gram' || field.isGrams ? gramBits : wordBits;
    const alsoGram = credit === 'field-and-gram' && !field.isGrams;
    const factor = weight * field.boost;
    const { ordinals, weights } = postings;
    if (candidates !== null && postings.ascending && ordinals.length > SEEK_RATIO * candidates.length) {
      // Positions of the candidates' postings, found by seeking; then scored as the loop below scores them.
      const at: number[] = [];
      for (let c = 0, i = 0; c < candidates.length && i < ordinals.length; c += 1) {
        i = seek(ordinals, candidates[c]!, i);
        if (ordinals[i] === candidates[c]) at.push(i);
      }
      for (const i of at) creditPosting(scratch, ordinals[i]!, factor * weights[i]!, slot, bit, bits, alsoGram, coordWeight);
      continue;
    }
    for (let i = 0; i < ordinals.length; i += 1) {
      const ordinal = ordinals[i]!;
      if (candidates !== null && allowed[ordinal] !== 1) continue;
      scores[ordinal]! += factor * weights[i]!;
      const at = ordinal * stride + slot;
      if (((wordBits[at]! | gramBits[at]!) & bit) === 0) {
        if (termCounts[ordinal] === 0) touched[scratch.touchedCount++] = ordinal;
        termCounts[ordinal]! += 1;
        coord[ordinal]! += coordWeight;
      }
      bits[at]! |= bit;
      if (alsoGram) gramBits[at]! |= bit;
    }
  }
}

/** One posting's credit, as the loop of scoreTerm gives it (which writes it out: it runs for every posting). */
function creditPosting(
  scratch: Scratch,
  ordinal: number,
  weight: number,
  slot: number,
  bit: number,
  bits: Uint32Array,
  alsoGram: boolean,
  coordWeight: number,
): void {
  const { scores, termCounts, coord, wordBits, gramBits, stride, touched } = scratch;
  scores[ordinal]! += weight;
  const at = ordinal * stride + slot;
  if (((wordBits[at]! | gramBits[at]!) & bit) === 0) {
    if (termCounts[ordinal] === 0) touched[scratch.touchedCount++] = ordinal;
    termCounts[ordinal]! += 1;
    coord[ordinal]! += coordWeight;
  }
  bits[at]! |= bit;
  if (alsoGram) gramBits[at]! |= bit;
}

function scorePrefix(
  reader: WeightedReader,
  scratch: Scratch,
  term: string,
  termIndex: number,
  boost: number,
  fields: SearchedField[],
  coordWeight: number,
): void {
  for (const derived of reader.termsWithPrefix(term)) {
    const distance = derived.length - term.length;
    const weight = prefixTermWeight(boost, derived.length, distance);
    scoreTerm(reader, scratch, derived, termIndex, weight, fields, distance === 0 ? 'field-and-gram' : 'gram', coordWeight);
  }
}

/**
 * The plan's clauses as bit masks over the term bits (term t is bit t & 31 of slot t >> 5), so that checking
 * a document is a few AND operations. Same rules as satisfiesPlan, which stays the readable reference
 * (tests/query/match-plan.test.ts checks the two agree).
 */
export interface CompiledClauses {
  combineWith: 'AND' | 'OR';
  clauses: CompiledVariant[][];
}

interface CompiledVariant {
  words: Uint32Array | null;
  allWords: boolean;
  grams: Uint32Array | null;
  mustContain: string | null;
}

export function compileClauses(plan: QueryPlan, stride: number): CompiledClauses {
  const indexOf = new Map(plan.terms.map((term, index) => [term, index]));
  const maskOf = (terms: string[]): Uint32Array | null => {
    if (terms.length === 0) return null;
    const mask = new Uint32Array(stride);
    for (const term of terms) {
      const index = indexOf.get(term)!;
      mask[index >> 5]! |= 1 << (index & 31);
    }
    return mask;
  };
  return {
    combineWith: plan.combineWith,
    // Variants that must read the text come last: a cheaper variant of the clause may already match.
    clauses: plan.clauses.map((variants) =>
      variants
        .map(({ words, allWords, grams, mustContain }) => ({ words: maskOf(words), allWords, grams: maskOf(grams), mustContain }))
        .sort((a, b) => Number(a.mustContain !== null) - Number(b.mustContain !== null)),
    ),
  };
}

/**
 * Whether the document whose term bits start at `base` satisfies the compiled clauses. With OR, every
 * clause is first tried without reading the text; most hits are decided there.
 */
export function satisfiesCompiled(
  compiled: CompiledClauses,
  wordBits: Uint32Array,
  gramBits: Uint32Array,
  base: number,
  contains: (text: string) => boolean,
): boolean {
  if (compiled.combineWith === 'AND') {
    for (const variants of compiled.clauses) if (!clauseSatisfied(variants, wordBits, gramBits, base, contains)) return false;
    return true;
  }
  for (const variants of compiled.clauses) if (clauseSatisfied(variants, wordBits, gramBits, base, null)) return true;
  for (const variants of compiled.clauses) if (clauseSatisfied(variants, wordBits, gramBits, base, contains)) return true;
  return false;
}

/** Whether any variant matches; without `contains`, variants that must read the text do not count. */
function clauseSatisfied(
  variants: CompiledVariant[],
  wordBits: Uint32Array,
  gramBits: Uint32Array,
  base: number,
  contains: ((text: string) => boolean) | null,
): boolean {
  for (const variant of variants) {
    if (!variantSatisfied(variant, wordBits, gramBits, base)) continue;
    if (variant.mustContain === null) return true;
    if (contains !== null && contains(variant.mustContain)) return true;
  }
  return false;
}

/** Words (all, or any) or else all grams; mustContain is left to the caller, as it reads the text. */
function variantSatisfied(variant: CompiledVariant, wordBits: Uint32Array, gramBits: Uint32Array, base: number): boolean {
  if (variant.words !== null && (variant.allWords ? hasAll(wordBits, base, variant.words) : hasAny(wordBits, base, variant.words))) return true;
  return variant.grams !== null && hasAll(gramBits, base, variant.grams);
}

function hasAll(bits: Uint32Array, base: number, mask: Uint32Array): boolean {
  for (let slot = 0; slot < mask.length; slot += 1) if ((bits[base + slot]! & mask[slot]!) >>> 0 !== mask[slot]) return false;
  return true;
}

function hasAny(bits: Uint32Array, base: number, mask: Uint32Array): boolean {
  for (let slot = 0; slot < mask.length; slot += 1) if ((bits[base + slot]! & mask[slot]!) !== 0) return true;
  return false;
}

/**
 * The touched documents that satisfy the clauses, scored as MiniSearch does (the sum times the number
 * of distinct query terms matched); every buffer is cleared on the way.
 */
function collectMatches(scratch: Scratch, compiled: CompiledClauses, containsAt: (ordinal: number, text: string) => boolean): Matches {
  const { scores, termCounts, coord, wordBits, gramBits, stride, touched } = scratch;
  let current = 0;
  const contains = (text: string) => containsAt(current, text);
  const ordinals = new Int32Array(scratch.touchedCount);
  const matchScores = new Float64Array(scratch.touchedCount);
  let count = 0;
  for (let k = 0; k < scratch.touchedCount; k += 1) {
    current = touched[k]!;
    const base = current * stride;
    if (satisfiesCompiled(compiled, wordBits, gramBits, base, contains)) {
      ordinals[count] = current;
      matchScores[count] = documentScore(scores[current]!, coord[current]!);
      count += 1;
    }
    scores[current] = 0;
    termCounts[current] = 0;
    coord[current] = 0;
    for (let at = base; at < base + stride; at += 1) {
      wordBits[at] = 0;
      gramBits[at] = 0;
    }
  }
  scratch.touchedCount = 0;
  return { ordinals: ordinals.subarray(0, count), scores: matchScores.subarray(0, count) };
}
