/**
 * kuromoji's tokenize, without the costs of its lattice builder: same dictionary, same Viterbi search,
 * same tokens.
 *
 * A CPU profile of kuromoji 0.1.2 tokenising the seed spent ~45% of the time in ViterbiBuilder.build,
 * which, at every position of a sentence, slices off the rest of the sentence, wraps it in a
 * SurrogateAwareString, encodes all of it to UTF-8 into a fresh buffer four times its length, and
 * decodes each dictionary match back into a string: quadratic in the sentence length. A further ~15%
 * went to decoding and splitting a token's features from the dictionary for every token, and ~10% to
 * garbage collecting all of that. Here each position walks the double-array trie straight from the
 * sentence's characters, character classes are looked up once per character, the lattice is a few
 * typed arrays, and a word's features are decoded once per process.
 *
 * What a token is stays kuromoji's decision: the search follows its ViterbiSearcher step by step,
 * including the quirks that shape its output (the first of equal-cost paths wins; a node with no
 * reachable predecessor inherits the previous node's; a sentence whose best path breaks gives no
 * tokens; word_position adds up sentence by sentence). Sentences with surrogate pairs, where kuromoji
 * mixes code-point and UTF-16 lengths, go to kuromoji itself. tests/analysis/lattice-tokenizer.test.ts
 * compares every token with kuromoji's over the seed, every BMP character and random text.
 */
import type kuromoji from 'kuromoji';

type KuromojiToken = kuromoji.IpadicFeatures;
type StockTokenizer = kuromoji.Tokenizer<KuromojiToken>;

/** The parts of kuromoji 0.1.2's internal objects (src/Tokenizer.js, src/dict, doublearray) read here. */
interface ByteBufferInternals {
  buffer: Uint8Array;
}
interface CharacterClassInternals {
  class_id: number;
  class_name: string;
  is_always_invoke: number | boolean;
  is_grouping: number | boolean;
}
interface DictionaryInternals {
  dictionary: ByteBufferInternals;
  target_map: ArrayLike<number[] | undefined> | Record<number, number[] | undefined>;
  getFeatures(tokenInfoId: number): string;
}
interface UnknownDictionaryInternals extends DictionaryInternals {
  lookup(ch: string): CharacterClassInternals;
}
interface TokenizerInternals {
  token_info_dictionary: DictionaryInternals;
  unknown_dictionary: UnknownDictionaryInternals;
  viterbi_builder: { trie: { bc: { getBaseBuffer(): Int32Array; getCheckBuffer(): Int32Array } } };
  viterbi_searcher: { connection_costs: { buffer: Int16Array; backward_dimension: number } };
  tokenizeForSentence(sentence: string, tokens: KuromojiToken[]): KuromojiToken[];
}

/** The tokenizer the analyser uses: kuromoji's interface, so either implementation can stand behind it. */
export interface Tokenizer {
  tokenize(text: string): KuromojiToken[];
}

const KNOWN = 0;
const UNKNOWN = 1;
const NO_NODE = -1;
/**
 * Decoded features kept per process. The reports use a few thousand dictionary words; the cap keeps a
 * long-running service that is sent arbitrary queries from holding the whole dictionary (392,126 words) twice.
 */
const MAX_CACHED_WORDS = 50_000;

/** A token's dictionary features, decoded and split once (the part of a token that does not depend on where it stands). */
type Features = readonly (string | undefined)[];

/**
 * A tokenizer over the dictionaries of a kuromoji tokenizer (built by kuromoji's builder or
 * ./kuromoji-dictionary.ts), giving exactly its tokens, several times faster.
 */
export function createLatticeTokenizer(stock: StockTokenizer): Tokenizer {
  return new LatticeTokenizer(stock as unknown as TokenizerInternals);
}

class LatticeTokenizer implements Tokenizer {
  private readonly base: Int32Array;
  private readonly check: Int32Array;
  private readonly knownInfo: Uint8Array;
  private readonly knownTargets: DictionaryInternals['target_map'];
  private readonly unknownInfo: Uint8Array;
  private readonly unknownTargets: DictionaryInternals['target_map'];
  private readonly costs: Int16Array;
  private readonly costColumns: number;
  private readonly knownFeatures = new Map<number, Features>();
  private readonly unknownFeatures = new Map<number, Features>();
  /** Character class by UTF-16 code, looked up from kuromoji's character definition on first use. */
  private readonly classOfCode: (CharacterClassInternals | undefined)[] = [];
  private lattice = new Lattice(64);

  constructor(private readonly kuromojiTokenizer: TokenizerInternals) {
    const { token_info_dictionary: known, unknown_dictionary: unknown } = kuromojiTokenizer;
    const bc = kuromojiTokenizer.viterbi_builder.trie.bc;
    this.base = bc.getBaseBuffer();
    this.check = bc.getCheckBuffer();
    this.knownInfo = known.dictionary.buffer;
    this.knownTargets = known.target_map;
    this.unknownInfo = unknown.dictionary.buffer;
    this.unknownTargets = unknown.target_map;
    this.costs = kuromojiTokenizer.viterbi_searcher.connection_costs.buffer;
    this.costColumns = kuromojiTokenizer.viterbi_searcher.connection_costs.backward_dimension;
  }

  tokenize(text: string): KuromojiToken[] {
    const tokens: KuromojiToken[] = [];
    // kuromoji's sentences: each ends just after 、 or 。 (Tokenizer.splitByPunctuation).
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x3001 || code === 0x3002) {
        this.tokenizeSentence(text.slice(start, i + 1), tokens);
        start = i + 1;
      }
    }
    if (start < text.length) this.tokenizeSentence(text.slice(start), tokens);
    return tokens;
  }

  private tokenizeSentence(sentence: string, tokens: KuromojiToken[]): void {
    if (hasSurrogate(sentence)) {
      this.kuromojiTokenizer.tokenizeForSentence(sentence, tokens);
      return;
    }
    const lattice = this.buildLattice(sentence);
    const path = this.bestPath(lattice);
    const lastPosition = tokens.length > 0 ? tokens[tokens.length - 1]!.word_position : 0;
    for (const node of path) tokens.push(this.token(lattice, node, sentence, lastPosition));
  }

  /** ViterbiBuilder.build: at each position, every dictionary word starting there, then the unknown word if due. */
  private buildLattice(sentence: string): Lattice {
    const length = sentence.length;
    const lattice = this.lattice.reset(length);
    const classes = this.classesOf(sentence);
    const { base, check } = this;
    for (let pos = 0; pos < length; pos++) {
      let found = false;
      let parent = 0;
      walk: for (let at = pos; at < length; at++) {
        // The trie is keyed by UTF-8 bytes (no surrogates here: those sentences went to kuromoji).
        const code = sentence.charCodeAt(at);
        let child: number;
        if (code < 0x80) {
          // U+0000 is the trie's terminal code, which no word holds (kuromoji throws on it).
          if (code === 0) break walk;
          child = base[parent]! + code;
          if (check[child] !== parent) break walk;
          parent = child;
        } else {
          const bytes = code < 0x800 ? 2 : 3;
          for (let b = bytes - 1; b >= 0; b--) {
            const byte = b === bytes - 1 ? leadByte(code, bytes) : 0x80 | ((code >> (6 * b)) & 0x3f);
            child = base[parent]! + byte;
            if (check[child] !== parent) break walk;
            parent = child;
          }
        }
        const terminal = base[parent]!; // + TERM_CODE (0)
        if (check[terminal] === parent && base[terminal]! <= 0) {
          found = this.appendEntries(lattice, KNOWN, this.knownTargets, this.knownInfo, -base[terminal]! - 1, pos, at - pos + 1) || found;
        }
      }
      const headClass = classes[pos]!;
      if (!found || headClass.is_always_invoke === 1) {
        let wordLength = 1;
        if (headClass.is_grouping === 1) {
          while (pos + wordLength < length && classes[pos + wordLength]!.class_name === headClass.class_name) wordLength++;
        }
        this.appendEntries(lattice, UNKNOWN, this.unknownTargets, this.unknownInfo, headClass.class_id, pos, wordLength);
      }
    }
    return lattice;
  }

  private appendEntries(
    lattice: Lattice,
    type: number,
    targets: DictionaryInternals['target_map'],
    info: Uint8Array,
    target: number,
    pos: number,
    length: number,
  ): boolean {
    const ids = (targets as Record<number, number[] | undefined>)[target];
    // kuromoji throws on a trie match without entries; the shipped dictionary has none.
    if (ids === undefined) return false;
    for (const id of ids) {
      lattice.append(id, type, readShort(info, id + 4), pos + 1, length, readShort(info, id), readShort(info, id + 2));
    }
    return ids.length > 0;
  }

  /** ViterbiSearcher.search: forward over the nodes by end position in insertion order, then back from EOS. */
  private bestPath(lattice: Lattice): number[] {
    const { costs, costColumns } = this;
    // Adding EOS may grow the lattice's arrays, so they are read after it: read before, a sentence of exactly as many
    // nodes as the lattice held (64 for ブラザーシスター制度 in a new tokenizer) wrote EOS past the old arrays and
    // walked back from an undefined node for ever.
    lattice.groupByEnd();
    const { start, leftId, rightId, wordCost, prev, shortest } = lattice;
    const { byEnd, endOffset } = lattice;
    // kuromoji declares the best predecessor once per search (a `var`), so a node none of whose
    // predecessors is reachable keeps the one found for the node before it; so does this.
    let bestPrevious = NO_NODE;
    const eos = lattice.eos;
    for (let end = 1; end <= lattice.eosEnd; end++) {
      for (let k = endOffset[end]!; k < endOffset[end + 1]!; k++) {
        const node = byEnd[k]!;
        const before = start[node]! - 1;
        const from = endOffset[before]!;
        const to = endOffset[before + 1]!;
        if (from === to) continue;
        let cost = Number.MAX_VALUE;
        const left = leftId[node]!;
        for (let p = from; p < to; p++) {
          const candidate = byEnd[p]!;
          const total = shortest[candidate]! + costs[rightId[candidate]! * costColumns + left + 2]! + wordCost[node]!;
          if (total < cost) {
            bestPrevious = candidate;
            cost = total;
          }
        }
        prev[node] = bestPrevious;
        shortest[node] = cost;
      }
    }
    const path: number[] = [];
    let node = prev[eos]!;
    if (node === NO_NODE) return path;
    while (node !== 0) {
      // A path visits each node once: more means a broken lattice, which must fail here rather than loop for ever.
      if (path.length === lattice.count) throw new Error('lattice tokenizer: the best path does not lead back to BOS');
      path.push(node);
      if (prev[node] === NO_NODE) return [];
      node = prev[node]!;
    }
    return path.reverse();
  }

  /**
   * IpadicFormatter.formatEntry / formatUnknownEntry, with the features decoded once per word: an unknown
   * word's surface is the text it covers, and it has no reading or pronunciation.
   */
  private token(lattice: Lattice, node: number, sentence: string, lastPosition: number): KuromojiToken {
    const wordId = lattice.wordId[node]!;
    const known = lattice.type[node] === KNOWN;
    const features = known
      ? this.features(this.knownFeatures, this.kuromojiTokenizer.token_info_dictionary, wordId)
      : this.features(this.unknownFeatures, this.kuromojiTokenizer.unknown_dictionary, wordId);
    const from = lattice.start[node]! - 1;
    const token = {
      word_id: wordId,
      word_type: known ? 'KNOWN' : 'UNKNOWN',
      word_position: lastPosition + lattice.start[node]!,
      surface_form: known ? features[0] : sentence.slice(from, from + lattice.size[node]!),
      pos: features[1],
      pos_detail_1: features[2],
      pos_detail_2: features[3],
      pos_detail_3: features[4],
      conjugated_type: features[5],
      conjugated_form: features[6],
      basic_form: features[7],
    } as KuromojiToken;
    if (known) {
      token.reading = features[8]!;
      token.pronunciation = features[9]!;
    }
    return token;
  }

  private features(cache: Map<number, Features>, dictionary: DictionaryInternals, wordId: number): Features {
    let features = cache.get(wordId);
    if (features === undefined) {
      const line = dictionary.getFeatures(wordId);
      features = line == null ? [] : line.split(',');
      if (cache.size < MAX_CACHED_WORDS) cache.set(wordId, features);
    }
    return features;
  }

  private classesOf(sentence: string): CharacterClassInternals[] {
    const classes = new Array<CharacterClassInternals>(sentence.length);
    for (let i = 0; i < sentence.length; i++) {
      const code = sentence.charCodeAt(i);
      let characterClass = this.classOfCode[code];
      if (characterClass === undefined) {
        characterClass = this.kuromojiTokenizer.unknown_dictionary.lookup(sentence[i]!);
        this.classOfCode[code] = characterClass;
      }
      classes[i] = characterClass;
    }
    return classes;
  }
}

/**
 * The lattice of one sentence as parallel typed arrays, reused from sentence to sentence. Node 0 is BOS
 * (ending at 0); the sentence's nodes follow in the order kuromoji appends them; EOS is added last.
 */
class Lattice {
  wordId: Int32Array;
  type: Uint8Array;
  wordCost: Int32Array;
  /** 1-based start position, as kuromoji's ViterbiNode.start_pos. */
  start: Int32Array;
  size: Int32Array;
  leftId: Int32Array;
  rightId: Int32Array;
  prev: Int32Array;
  shortest: Float64Array;
  count = 0;
  eos = 0;
  /** The end position of EOS (kuromoji's eos_pos). */
  eosEnd = 0;
  byEnd = new Int32Array(0);
  /** Nodes ending at e are byEnd[endOffset[e]] … byEnd[endOffset[e + 1] - 1]. */
  endOffset = new Int32Array(0);
  private maxEnd = 1;

  constructor(private capacity: number) {
    this.wordId = new Int32Array(capacity);
    this.type = new Uint8Array(capacity);
    this.wordCost = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
    this.size = new Int32Array(capacity);
    this.leftId = new Int32Array(capacity);
    this.rightId = new Int32Array(capacity);
    this.prev = new Int32Array(capacity);
    this.shortest = new Float64Array(capacity);
  }

  /** Empties the lattice for a sentence of `length` characters and adds BOS. */
  reset(length: number): this {
    this.count = 0;
    this.maxEnd = 1;
    if (this.endOffset.length < length + 3) this.endOffset = new Int32Array(Math.max(length + 3, this.endOffset.length * 2));
    this.add(NO_NODE, KNOWN, 0, 1, 0, 0, 0);
    this.shortest[0] = 0;
    return this;
  }

  append(wordId: number, type: number, cost: number, start: number, size: number, leftId: number, rightId: number): void {
    this.add(wordId, type, cost, start, size, leftId, rightId);
    this.maxEnd = Math.max(this.maxEnd, start + size - 1);
  }

  /** Adds EOS and sorts the nodes by end position, keeping insertion order within an end (a stable counting sort). */
  groupByEnd(): void {
    this.eosEnd = this.maxEnd + 1;
    this.eos = this.add(NO_NODE, KNOWN, 0, this.eosEnd, 0, 0, 0);
    const endOffset = this.endOffset;
    endOffset.fill(0, 0, this.eosEnd + 2);
    const endOf = (node: number): number => (node === 0 ? 0 : node === this.eos ? this.eosEnd : this.start[node]! + this.size[node]! - 1);
    for (let node = 0; node < this.count; node++) endOffset[endOf(node) + 1]! += 1;
    for (let e = 1; e <= this.eosEnd + 1; e++) endOffset[e]! += endOffset[e - 1]!;
    if (this.byEnd.length < this.count) this.byEnd = new Int32Array(this.capacity);
    const fill = endOffset.slice(0, this.eosEnd + 1);
    for (let node = 0; node < this.count; node++) this.byEnd[fill[endOf(node)]!++] = node;
  }

  private add(wordId: number, type: number, cost: number, start: number, size: number, leftId: number, rightId: number): number {
    if (this.count === this.capacity) this.grow();
    const node = this.count++;
    this.wordId[node] = wordId;
    this.type[node] = type;
    this.wordCost[node] = cost;
    this.start[node] = start;
    this.size[node] = size;
    this.leftId[node] = leftId;
    this.rightId[node] = rightId;
    this.prev[node] = NO_NODE;
    this.shortest[node] = Number.MAX_VALUE;
    return node;
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(array: T): T => {
      const copy = new (array.constructor as new (length: number) => T)(this.capacity);
      copy.set(array);
      return copy;
    };
    this.wordId = grown(this.wordId);
    this.type = grown(this.type);
    this.wordCost = grown(this.wordCost);
    this.start = grown(this.start);
    this.size = grown(this.size);
    this.leftId = grown(this.leftId);
    this.rightId = grown(this.rightId);
    this.prev = grown(this.prev);
    this.shortest = grown(this.shortest);
  }
}

function hasSurrogate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

/** The first UTF-8 byte of a BMP character encoded in `bytes` bytes. */
function leadByte(code: number, bytes: number): number {
  return bytes === 2 ? 0xc0 | (code >> 6) : 0xe0 | (code >> 12);
}

/** ByteBuffer.getShort: little-endian, signed, 0 past the end. */
function readShort(buffer: Uint8Array, at: number): number {
  if (buffer.length < at + 2) return 0;
  const value = buffer[at]! | (buffer[at + 1]! << 8);
  return value & 0x8000 ? value - 0x10000 : value;
}
