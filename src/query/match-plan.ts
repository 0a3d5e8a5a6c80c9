/**
 * Runs a query plan over the posting lists: every distinct term is looked up once, its postings are
 * scored (BM25+, field and term boosts, as MiniSearch.search would: ./ranking.ts) into a score per document, with a
 * bit per term and kind of field it matched in; then the documents whose matched terms satisfy the
 * plan's clauses are kept. A variant that must contain its text as written (a synonym found by its rarest word or
 * n-gram) has a bit of its own, set from the list of the documents that do (remembered per text), so that checking a
 * document reads bits only. Buffers are allocated once per engine and cleared after each query, so a query
 * allocates only its result arrays.
 */
import { INDEXED_FIELDS } from '../indexing/index-options';
import type { QueryPlan, RankingWeights, VariantPlan } from './build-query';
import type { Corpus } from './corpus';
import type { Matches } from './rank-page';
import { withGramPostings, type PostingReader } from '../indexing/posting-reader';
import { documentScore, prefixTermWeight } from './ranking';
import { createWeightedReader, type WeightedReader } from './weighted-postings';
import { planCandidates, seek } from './candidates';

export type PlanRunner = (plan: QueryPlan, weights: RankingWeights) => Matches;

/**
 * Per-document state of one query: score and coordination side by side, term bits in words and in n-grams side by
 * side, so that a posting reads two cache lines of its document rather than five arrays (at 1000x the state of
 * 141,000 documents does not stay in cache).
 */
interface Scratch {
  /** [2d]: the sum of document d's weighted postings; [2d + 1]: the distinct query terms it matched, each at its coordination weight (RankingWeights.coordination). */
  sums: Float64Array;
  /** 1 for a document touched by the query. */
  seen: Uint8Array;
  touched: Int32Array;
  touchedCount: number;
  /**
   * Bits of term t for document d: in word fields at [2 d stride + (t >> 5)], in the n-gram field at that plus
   * stride; stride grows with the number of terms. The bits after the plan's terms are its texts to contain
   * (CompiledClauses.containments), kept with the n-gram bits.
   */
  stride: number;
  bits: Uint32Array;
  /** 1 for the candidates of the plan (./candidates.ts) while it runs. */
  allowed: Uint8Array;
  /** Those candidates, ascending; null: every document. */
  candidates: Int32Array | null;
  /** Where the candidates are written. */
  candidateBuffer: Int32Array;
}

/** What the runner reads of the corpus. */
export type PlanCorpus = Pick<Corpus, 'grams' | 'size' | 'normalizedText'>;

export interface PlanRunnerOptions {
  /** false: read every posting of every term (the reference the candidates are tested against). */
  candidates?: boolean;
}

/** `fieldReader` reads MiniSearch's fields; the n-gram field's postings come with the corpus. */
export function createPlanRunner(fieldReader: PostingReader, corpus: PlanCorpus, options: PlanRunnerOptions = {}): PlanRunner {
  const reader = createWeightedReader(withGramPostings(fieldReader, corpus.grams));
  const size = corpus.size;
  const containing = rememberContaining(reader, corpus);
  const scratch: Scratch = {
    sums: new Float64Array(2 * size),
    seen: new Uint8Array(size),
    touched: new Int32Array(size),
    touchedCount: 0,
    stride: 0,
    bits: new Uint32Array(0),
    allowed: new Uint8Array(size),
    candidates: null,
    candidateBuffer: new Int32Array(size),
  };
  return (plan, weights) => {
    prepareBits(scratch, size, bitCount(plan));
    const fields = searchedFields(reader, weights);
    const compiled = compiledFor(plan, scratch.stride);
    const lists = compiled.containments.map((containment) => containing(containment, fields));
    scratch.candidates =
      options.candidates === false
        ? null
        : planCandidates(reader, plan, fields, (variant) => compiled.containmentOf.get(variant)!, lists, scratch.allowed, scratch.candidateBuffer);
    plan.terms.forEach((term, index) => {
      const boost = plan.termBoost.get(term) ?? 1;
      const coord = weights.coordination === 'weighted' ? boost : 1;
      if (plan.prefixTerms.has(term)) scorePrefix(reader, scratch, term, index, boost, fields, coord);
      else scoreTerm(reader, scratch, term, index, boost, fields, 'field', coord);
    });
    compiled.containments.forEach((containment, k) => markContaining(scratch, lists[k]!, containment.bit));
    const cap = weights.coordinationCap > 0 ? weights.coordinationCap : 0;
    const matches = collectMatches(scratch, compiled, size, cap, weights.coordination === 'weighted');
    if (scratch.candidates !== null) for (const ordinal of scratch.candidates) scratch.allowed[ordinal] = 0;
    scratch.candidates = null;
    return matches;
  };
}

/** Texts whose containing documents are remembered, at most; and at most this many documents in all (4 bytes each). */
const MAX_REMEMBERED_TEXTS = 4_096;
const MAX_REMEMBERED_DOCUMENTS = 2 * 2 ** 20;

/**
 * The documents that contain a variant's text (normalised) among those holding one of its terms (its words in a
 * searched word field, its first n-gram in the n-gram field; every document when it holds a one-character gram,
 * which a prefix matches), ascending. Remembered per text, terms and searched fields: the same synonyms come back
 * query after query, and reading the texts was the top cost of matching at 100x (a concept's twenty alternatives
 * each check every holder of their rarest n-gram). Bounded in texts and documents, the oldest first out.
 */
function rememberContaining(reader: WeightedReader, corpus: PlanCorpus): (containment: Containment, fields: SearchedFields) => Int32Array {
  // By searched fields, then by text and terms; the oldest first out (no key is built and nothing moved on a hit).
  const byFields = new Map<string, Map<string, Int32Array>>();
  const order: { lists: Map<string, Int32Array>; key: string }[] = [];
  let oldest = 0;
  let held = 0;
  const seen = new Uint8Array(corpus.size);
  return (containment, fields) => {
    let lists = byFields.get(fields.key);
    if (lists === undefined) byFields.set(fields.key, (lists = new Map()));
    const known = lists.get(containment.key);
    if (known !== undefined) return known;
    const found: number[] = [];
    const check = (ordinal: number) => {
      if (seen[ordinal] === 1) return;
      seen[ordinal] = 1;
      if (corpus.normalizedText(ordinal).includes(containment.text)) found.push(ordinal);
    };
    const { words, grams } = containment;
    if (containment.everyDocument) {
      for (let ordinal = 0; ordinal < corpus.size; ordinal += 1) check(ordinal);
    } else {
      for (const field of fields) {
        const terms = field.isGrams ? grams.slice(0, 1) : words;
        for (const term of terms) reader.postings(term, field.id)?.ordinals.forEach(check);
      }
    }
    seen.fill(0);
    const list = Int32Array.from(found).sort();
    while (oldest < order.length && (order.length - oldest >= MAX_REMEMBERED_TEXTS || held + list.length > MAX_REMEMBERED_DOCUMENTS)) {
      const { lists: from, key } = order[oldest]!;
      held -= from.get(key)!.length;
      from.delete(key);
      oldest += 1;
    }
    if (oldest > MAX_REMEMBERED_TEXTS) {
      order.splice(0, oldest);
      oldest = 0;
    }
    lists.set(containment.key, list);
    order.push({ lists, key: containment.key });
    held += list.length;
    return list;
  };
}

/** Sets a containment bit on the documents of its list that the query touched (with candidates, only those are). */
function markContaining(scratch: Scratch, list: Int32Array, bitIndex: number): void {
  const { seen, bits: allBits, stride, candidates } = scratch;
  const at = (ordinal: number) => 2 * ordinal * stride + stride + slot;
  const slot = bitIndex >> 5;
  const bit = 1 << (bitIndex & 31);
  if (candidates !== null && list.length > SEEK_RATIO * candidates.length) {
    for (let c = 0, i = 0; c < candidates.length && i < list.length; c += 1) {
      i = seek(list, candidates[c]!, i);
      if (list[i] === candidates[c] && seen[list[i]!] !== 0) allBits[at(list[i]!)]! |= bit;
    }
    return;
  }
  for (let i = 0; i < list.length; i += 1) {
    const ordinal = list[i]!;
    if (seen[ordinal] !== 0) allBits[at(ordinal)]! |= bit;
  }
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

/** Bits a document needs for the plan: one per term and one per distinct text to contain. */
function bitCount(plan: QueryPlan): number {
  return plan.terms.length + containmentsOf(plan).length;
}

interface SearchedField {
  id: number;
  boost: number;
  isGrams: boolean;
}

/** The fields a plan is run over, with their ids joined as a key. */
type SearchedFields = SearchedField[] & { key: string };

const fieldsByWeights = new WeakMap<RankingWeights, WeakMap<WeightedReader, SearchedFields>>();

/** A field weighted 0 is not searched at all. Remembered per weights (they are not changed once made). */
function searchedFields(reader: WeightedReader, weights: RankingWeights): SearchedFields {
  let byReader = fieldsByWeights.get(weights);
  if (byReader === undefined) fieldsByWeights.set(weights, (byReader = new WeakMap()));
  let fields = byReader.get(reader);
  if (fields === undefined) {
    if (weights.itemTitle > 0) throw new Error('match-plan: the item title is not indexed (src/indexing/index-options.ts): its weight must be 0');
    const boosts: Record<(typeof INDEXED_FIELDS)[number], number> = {
      text: weights.text,
      rowTitle: weights.rowTitle,
      grams: weights.grams,
    };
    const searched = INDEXED_FIELDS.filter((field) => boosts[field] > 0).map((field) => ({
      id: reader.fieldId(field),
      boost: boosts[field],
      isGrams: field === 'grams',
    }));
    fields = Object.assign(searched, { key: searched.map((field) => field.id).join(',') });
    byReader.set(reader, fields);
  }
  return fields;
}

function prepareBits(scratch: Scratch, size: number, termCount: number): void {
  const stride = Math.max(1, Math.ceil(termCount / 32));
  if (stride > scratch.stride) {
    scratch.stride = stride;
    scratch.bits = new Uint32Array(2 * size * stride);
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
  const { sums, seen, bits, stride, touched, candidates, allowed } = scratch;
  const slot = termIndex >> 5;
  const bit = 1 << (termIndex & 31);
  const width = 2 * stride;
  for (const field of fields) {
    const postings = reader.postings(term, field.id);
    if (postings === undefined) continue;
    const into = credit === 'gram' || field.isGrams ? stride : 0;
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
      for (const i of at) creditPosting(scratch, ordinals[i]!, factor * weights[i]!, slot, bit, into, alsoGram, coordWeight);
      continue;
    }
    for (let i = 0; i < ordinals.length; i += 1) {
      const ordinal = ordinals[i]!;
      if (candidates !== null && allowed[ordinal] !== 1) continue;
      sums[2 * ordinal]! += factor * weights[i]!;
      const at = ordinal * width + slot;
      if (((bits[at]! | bits[at + stride]!) & bit) === 0) {
        if (seen[ordinal] === 0) {
          seen[ordinal] = 1;
          touched[scratch.touchedCount++] = ordinal;
        }
        sums[2 * ordinal + 1]! += coordWeight;
      }
      bits[at + into]! |= bit;
      if (alsoGram) bits[at + stride]! |= bit;
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
  into: number,
  alsoGram: boolean,
  coordWeight: number,
): void {
  const { sums, seen, bits, stride, touched } = scratch;
  sums[2 * ordinal]! += weight;
  const at = 2 * ordinal * stride + slot;
  if (((bits[at]! | bits[at + stride]!) & bit) === 0) {
    if (seen[ordinal] === 0) {
      seen[ordinal] = 1;
      touched[scratch.touchedCount++] = ordinal;
    }
    sums[2 * ordinal + 1]! += coordWeight;
  }
  bits[at + into]! |= bit;
  if (alsoGram) bits[at + stride]! |= bit;
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
  /**
   * Each clause's variants of one term (a word, a gram, or a text to contain found by one term, whose bit implies
   * that term's) as one mask over the word bits and one over the n-gram bits: the clause holds when either mask
   * meets the document's bits, else when one of `rest` does. satisfiesBits reads these; `clauses` keeps them all.
   */
  quick: { anyWord: Uint32Array; anyGram: Uint32Array; rest: CompiledVariant[] }[];
  /**
   * When the plan holds if any one of its variants does (one clause, or clauses OR-ed): the one-term variants' masks
   * together, and the other variants, so that most documents are decided by two mask tests; else null.
   */
  anyOf: { anyWord: Uint32Array; anyGram: Uint32Array; rest: CompiledVariant[] } | null;
  /** The same clauses as numbers when every bit is in one slot (stride 1: at most 32 terms and texts), else null. */
  oneSlot: OneSlotClauses | null;
  /** The distinct texts the plan's variants must contain, each with its bit (after the terms'). */
  containments: Containment[];
  /** The index in `containments` of each variant that must contain its text. */
  containmentOf: Map<VariantPlan, number>;
  /** Per clause, its terms by descending boost and a mask of them all (for RankingWeights.coordinationCap). */
  coverage: ClauseCoverage[];
}

interface ClauseCoverage {
  mask: Uint32Array;
  terms: Int32Array;
  boosts: Float64Array;
}

interface CompiledVariant {
  words: Uint32Array | null;
  allWords: boolean;
  grams: Uint32Array | null;
  mustContain: string | null;
  /** The bit of mustContain (in the n-gram bits), or null. */
  contains: Uint32Array | null;
}

/** A text to contain and the terms whose holders may contain it (those of the variants that ask for it). */
export interface Containment {
  key: string;
  text: string;
  words: string[];
  grams: string[];
  /** Whether one of its terms is a one-character gram (matched by prefix): then every document is read for the text. */
  everyDocument: boolean;
  /** Its bit index: plan.terms.length + its position. */
  bit: number;
}

const containmentsOfPlan = new WeakMap<QueryPlan, { containments: Containment[]; containmentOf: Map<VariantPlan, number> }>();

/** The plan's distinct texts to contain (by text and terms), in the order of its variants. */
function containmentsOf(plan: QueryPlan): Containment[] {
  return containmentIndex(plan).containments;
}

function containmentIndex(plan: QueryPlan): { containments: Containment[]; containmentOf: Map<VariantPlan, number> } {
  let known = containmentsOfPlan.get(plan);
  if (known === undefined) {
    const containments: Containment[] = [];
    const containmentOf = new Map<VariantPlan, number>();
    const byKey = new Map<string, number>();
    for (const variant of plan.clauses.flat()) {
      if (variant.mustContain === null) continue;
      const everyDocument = [...variant.words, ...variant.grams].some((term) => plan.prefixTerms.has(term));
      const key = [variant.mustContain, variant.words.join('\u0002'), variant.grams[0] ?? '', everyDocument ? 'every' : ''].join('\u0001');
      let index = byKey.get(key);
      if (index === undefined) {
        byKey.set(key, (index = containments.length));
        containments.push({
          key,
          text: variant.mustContain,
          words: variant.words,
          grams: variant.grams.slice(0, 1),
          everyDocument,
          bit: plan.terms.length + index,
        });
      }
      containmentOf.set(variant, index);
    }
    containmentsOfPlan.set(plan, (known = { containments, containmentOf }));
  }
  return known;
}

export function compileClauses(plan: QueryPlan, stride: number): CompiledClauses {
  const indexOf = new Map(plan.terms.map((term, index) => [term, index]));
  const maskOf = (indexes: number[]): Uint32Array | null => {
    if (indexes.length === 0) return null;
    const mask = new Uint32Array(stride);
    for (const index of indexes) mask[index >> 5]! |= 1 << (index & 31);
    return mask;
  };
  const termMask = (terms: string[]) => maskOf(terms.map((term) => indexOf.get(term)!));
  const { containments, containmentOf } = containmentIndex(plan);
  const containsBit = (variant: VariantPlan) => containments[containmentOf.get(variant)!]!.bit;
  const quick = plan.clauses.map((variants) => {
    const anyWord = new Uint32Array(stride);
    const anyGram = new Uint32Array(stride);
    const set = (mask: Uint32Array, index: number) => (mask[index >> 5]! |= 1 << (index & 31));
    const rest: CompiledVariant[] = [];
    for (const variant of variants) {
      const terms = [...variant.words, ...variant.grams];
      const oneTerm = terms.length === 1 && !plan.prefixTerms.has(terms[0]!);
      if (variant.mustContain === null && variant.grams.length === 0 && (variant.words.length === 1 || !variant.allWords)) {
        for (const word of variant.words) set(anyWord, indexOf.get(word)!);
      } else if (variant.mustContain === null && variant.words.length === 0 && variant.grams.length === 1) {
        set(anyGram, indexOf.get(variant.grams[0]!)!);
      } else if (variant.mustContain !== null && oneTerm) {
        // Its text's bit is set only on documents holding its one term (see rememberContaining).
        set(anyGram, containsBit(variant));
      } else {
        rest.push(compileVariant(variant));
      }
    }
    return { anyWord, anyGram, rest };
  });
  function compileVariant(variant: VariantPlan): CompiledVariant {
    return {
      words: termMask(variant.words),
      allWords: variant.allWords,
      grams: termMask(variant.grams),
      mustContain: variant.mustContain,
      contains: variant.mustContain === null ? null : maskOf([containsBit(variant)]),
    };
  }
  const anyOf = anyOfQuick(quick, plan.combineWith, stride);
  return {
    combineWith: plan.combineWith,
    // Variants that must read the text come last: a cheaper variant of the clause may already match.
    clauses: plan.clauses.map((variants) =>
      variants.map(compileVariant).sort((a, b) => Number(a.mustContain !== null) - Number(b.mustContain !== null)),
    ),
    quick,
    anyOf,
    oneSlot: stride === 1 ? oneSlotOf(quick, anyOf, plan.combineWith) : null,
    containments,
    containmentOf,
    coverage: plan.clauses.map((variants) => clauseCoverageOf(plan, variants, indexOf, stride)),
  };
}

function clauseCoverageOf(plan: QueryPlan, variants: VariantPlan[], indexOf: Map<string, number>, stride: number): ClauseCoverage {
  const terms = [...new Set(variants.flatMap((variant) => [...variant.words, ...variant.grams]))]
    .map((term) => ({ index: indexOf.get(term)!, boost: plan.termBoost.get(term) ?? 1 }))
    .sort((a, b) => b.boost - a.boost);
  const mask = new Uint32Array(stride);
  for (const { index } of terms) mask[index >> 5]! |= 1 << (index & 31);
  return { mask, terms: Int32Array.from(terms, (t) => t.index), boosts: Float64Array.from(terms, (t) => t.boost) };
}

/**
 * The clauses a document covers, each counted at the boost of its best term it holds (1 when `weighted` is false):
 * the coordination a document would have if each clause counted once.
 */
export function clauseCoverage(coverage: ClauseCoverage[], bits: Uint32Array, base: number, stride: number, weighted: boolean): number {
  let total = 0;
  for (const clause of coverage) {
    let any = 0;
    for (let s = 0; s < stride; s += 1) any |= (bits[base + s]! | bits[base + stride + s]!) & clause.mask[s]!;
    if (any === 0) continue;
    const { terms, boosts } = clause;
    for (let k = 0; k < terms.length; k += 1) {
      const term = terms[k]!;
      if (((bits[base + (term >> 5)]! | bits[base + stride + (term >> 5)]!) & (1 << (term & 31))) !== 0) {
        total += weighted ? boosts[k]! : 1;
        break;
      }
    }
  }
  return total;
}

function anyOfQuick(quick: CompiledClauses['quick'], combineWith: 'AND' | 'OR', stride: number): CompiledClauses['anyOf'] {
  if (combineWith === 'AND' && quick.length !== 1) return null;
  const anyWord = new Uint32Array(stride);
  const anyGram = new Uint32Array(stride);
  for (const clause of quick) {
    for (let slot = 0; slot < stride; slot += 1) {
      anyWord[slot]! |= clause.anyWord[slot]!;
      anyGram[slot]! |= clause.anyGram[slot]!;
    }
  }
  return { anyWord, anyGram, rest: quick.flatMap((clause) => clause.rest) };
}

/**
 * Whether the document whose term bits start at `base` satisfies the compiled clauses, its texts to contain told by
 * `contains` (the readable reference of satisfiesBits, which reads them from the document's bits). With OR, every
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
    if (!variantSatisfied(variant, wordBits, base, gramBits, base)) continue;
    if (variant.mustContain === null) return true;
    if (contains !== null && contains(variant.mustContain)) return true;
  }
  return false;
}

/**
 * satisfiesCompiled with each text to contain read from its bit (set by markContaining); the document's word bits
 * start at `wordBase` of `wordBits`, its n-gram bits at `gramBase` of `gramBits`.
 */
export function satisfiesBits(compiled: CompiledClauses, wordBits: Uint32Array, wordBase: number, gramBits: Uint32Array, gramBase: number): boolean {
  const { quick, anyOf } = compiled;
  if (anyOf !== null) {
    if (hasAny(wordBits, wordBase, anyOf.anyWord) || hasAny(gramBits, gramBase, anyOf.anyGram)) return true;
    for (const variant of anyOf.rest) {
      if (
        variantSatisfied(variant, wordBits, wordBase, gramBits, gramBase) &&
        (variant.contains === null || hasAll(gramBits, gramBase, variant.contains))
      ) {
        return true;
      }
    }
    return false;
  }
  const needsAll = compiled.combineWith === 'AND';
  for (let c = 0; c < quick.length; c += 1) {
    const { anyWord, anyGram, rest } = quick[c]!;
    let satisfied = hasAny(wordBits, wordBase, anyWord) || hasAny(gramBits, gramBase, anyGram);
    for (let v = 0; !satisfied && v < rest.length; v += 1) {
      const variant = rest[v]!;
      satisfied =
        variantSatisfied(variant, wordBits, wordBase, gramBits, gramBase) &&
        (variant.contains === null || hasAll(gramBits, gramBase, variant.contains));
    }
    if (satisfied !== needsAll) return satisfied;
  }
  return needsAll;
}

/** Words (all, or any) or else all grams; mustContain is left to the caller, as it reads the text. */
function variantSatisfied(variant: CompiledVariant, wordBits: Uint32Array, wordBase: number, gramBits: Uint32Array, gramBase: number): boolean {
  if (variant.words !== null && (variant.allWords ? hasAll(wordBits, wordBase, variant.words) : hasAny(wordBits, wordBase, variant.words))) {
    return true;
  }
  return variant.grams !== null && hasAll(gramBits, gramBase, variant.grams);
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
 * CompiledClauses.quick and anyOf of a plan whose bits fit in one slot, each mask a number (0 for none), so that
 * checking a document reads its two words of bits once and calls nothing: collectMatches checks every touched
 * document, thousands at 100x, and most plans have fewer than 32 terms.
 */
export interface OneSlotClauses {
  needsAll: boolean;
  clauses: OneSlotClause[];
  anyOf: OneSlotClause | null;
}

interface OneSlotClause {
  anyWord: number;
  anyGram: number;
  rest: { words: number; allWords: boolean; grams: number; contains: number }[];
}

function oneSlotOf(quick: CompiledClauses['quick'], anyOf: CompiledClauses['anyOf'], combineWith: 'AND' | 'OR'): OneSlotClauses {
  const mask = (words: Uint32Array | null) => (words === null ? 0 : words[0]!);
  const clauseOf = (clause: NonNullable<CompiledClauses['anyOf']>): OneSlotClause => ({
    anyWord: clause.anyWord[0]!,
    anyGram: clause.anyGram[0]!,
    rest: clause.rest.map((variant) => ({
      words: mask(variant.words),
      allWords: variant.allWords,
      grams: mask(variant.grams),
      contains: mask(variant.contains),
    })),
  });
  return { needsAll: combineWith === 'AND', clauses: quick.map(clauseOf), anyOf: anyOf === null ? null : clauseOf(anyOf) };
}

/** satisfiesBits for one-slot clauses, given the document's word bits and n-gram bits. */
export function satisfiesOneSlot(compiled: OneSlotClauses, wordBits: number, gramBits: number): boolean {
  if (compiled.anyOf !== null) return oneSlotClauseHolds(compiled.anyOf, wordBits, gramBits);
  const { clauses, needsAll } = compiled;
  for (let c = 0; c < clauses.length; c += 1) if (oneSlotClauseHolds(clauses[c]!, wordBits, gramBits) !== needsAll) return !needsAll;
  return needsAll;
}

function oneSlotClauseHolds(clause: OneSlotClause, wordBits: number, gramBits: number): boolean {
  if ((wordBits & clause.anyWord) !== 0 || (gramBits & clause.anyGram) !== 0) return true;
  const { rest } = clause;
  for (let v = 0; v < rest.length; v += 1) {
    const { words, allWords, grams, contains } = rest[v]!;
    const byWords = words !== 0 && (allWords ? (wordBits & words) >>> 0 === words : (wordBits & words) !== 0);
    if ((byWords || (grams !== 0 && (gramBits & grams) >>> 0 === grams)) && (gramBits & contains) >>> 0 === contains) return true;
  }
  return false;
}

/**
 * The touched documents that satisfy the clauses, in ascending order, scored as MiniSearch does (the sum times
 * the distinct query terms matched, at their coordination weights); every buffer is cleared on the way. Touched
 * documents are visited in order: the candidates, else every document when many were touched, else the touched
 * ones sorted.
 */
function collectMatches(scratch: Scratch, compiled: CompiledClauses, size: number, coordinationCap: number, weighted: boolean): Matches {
  const { sums, seen, bits, stride, touched, candidates } = scratch;
  const touchedCount = scratch.touchedCount;
  const width = 2 * stride;
  const ordinals = new Int32Array(touchedCount);
  const matchScores = new Float64Array(touchedCount);
  let count = 0;
  const { oneSlot } = compiled;
  const visit = (ordinal: number) => {
    const base = ordinal * width;
    const holds =
      oneSlot !== null ? satisfiesOneSlot(oneSlot, bits[base]!, bits[base + 1]!) : satisfiesBits(compiled, bits, base, bits, base + stride);
    if (holds) {
      ordinals[count] = ordinal;
      let coordination = sums[2 * ordinal + 1]!;
      if (coordinationCap > 0)
        coordination = Math.min(coordination, coordinationCap * clauseCoverage(compiled.coverage, bits, base, stride, weighted));
      matchScores[count] = documentScore(sums[2 * ordinal]!, coordination);
      count += 1;
    }
    sums[2 * ordinal] = 0;
    sums[2 * ordinal + 1] = 0;
    seen[ordinal] = 0;
    for (let at = base; at < base + width; at += 1) bits[at] = 0;
  };
  if (candidates !== null) {
    for (let i = 0; i < candidates.length; i += 1) if (seen[candidates[i]!] !== 0) visit(candidates[i]!);
  } else if (touchedCount * 16 >= size) {
    for (let ordinal = 0; ordinal < size; ordinal += 1) if (seen[ordinal] !== 0) visit(ordinal);
  } else {
    const order = touched.subarray(0, touchedCount).sort();
    for (let i = 0; i < order.length; i += 1) visit(order[i]!);
  }
  scratch.touchedCount = 0;
  return { ordinals: ordinals.subarray(0, count), scores: matchScores.subarray(0, count) };
}
