/**
 * A faster way to load kuromoji's dictionary into the same objects its own builder makes.
 *
 * kuromoji 0.1.2's NodeDictionaryLoader already inflates with Node's native zlib, yet building the
 * tokenizer took ~1.5 s of a 2 s cold start. A CPU profile of the stock build showed where it goes:
 * - zlib.gunzip's default 16 KB output chunks: ~6,700 chunks for 110 MB, a Buffer.concat copy of all of
 *   it, then `new Uint8Array(decompressed)`, one more copy (~0.8 s together), and GC after both;
 * - the files are ByteBuffers saved without shrinking: 34 of their 110 MB are trailing zeros, which
 *   stay in memory, and unk_invoke.dat's 1 MB of zeros is parsed into ~150,000 empty character classes;
 * - tid_map.dat (325,871 entries) is read a byte at a time through ByteBuffer.readInt into lists grown
 *   by push from [] (room for 17 ids; 86% hold one): 65 MB of heap, and the GC copying it around.
 * Here each file is inflated once into a buffer of its exact size (the gzip trailer gives it), in
 * parallel on libuv's thread pool, trailing zeros are dropped where kuromoji reads through a ByteBuffer
 * (whose getters return 0 past the end, exactly what the zeros gave), and the target map is read as
 * 32-bit integers. The pieces go into kuromoji's own DynamicDictionaries and Tokenizer, so tokenising is
 * kuromoji's code on the same data: tests/analysis/load-tokenizer.test.ts compares every token with the
 * stock builder's.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type kuromoji from 'kuromoji';

/** The kuromoji release whose dictionary layout and internals this loader mirrors. */
export const FAST_LOADER_KUROMOJI_VERSION = '0.1.2';

type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

/** The parts of kuromoji's internal classes (src/dict, src/Tokenizer.js) that the loader fills in. */
interface ByteBufferInstance {
  buffer: Uint8Array;
}
interface TokenInfoDictionaryInstance {
  dictionary: ByteBufferInstance;
  /** Token info ids by trie id (a plain object in kuromoji; anything indexable by number will do). */
  target_map: Record<number, number[]>;
  loadDictionary(buffer: Uint8Array): unknown;
  loadPosVector(buffer: Uint8Array): unknown;
}
interface UnknownDictionaryInstance extends TokenInfoDictionaryInstance {
  loadUnknownDictionaries(
    unk: Uint8Array,
    unkPos: Uint8Array,
    unkMap: Uint8Array,
    catMap: Uint8Array,
    compatCatMap: Uint32Array,
    invokeDef: Uint8Array,
  ): void;
}
interface DynamicDictionariesInstance {
  token_info_dictionary: TokenInfoDictionaryInstance;
  unknown_dictionary: UnknownDictionaryInstance;
  loadTrie(base: Int32Array, check: Int32Array): unknown;
  loadConnectionCosts(costs: Int16Array): unknown;
}
type DynamicDictionariesClass = new () => DynamicDictionariesInstance;
type TokenizerClass = new (dictionaries: DynamicDictionariesInstance) => Tokenizer;

const inflate = promisify(gunzip);
/** The largest file, tid_pos.dat, is 40 MB; a trailer claiming more than this is damage. */
const MAX_INFLATED_BYTES = 256 * 2 ** 20;

/**
 * Builds a kuromoji tokenizer from the *.dat.gz files in dicPath, giving the same tokens as
 * `kuromoji.builder({ dicPath }).build()` in under half the time (~0.65 s instead of ~1.5 s here) and with
 * ~130 MB less RSS (the padding is gone and the target map takes 15 MB of heap instead of 65 MB).
 */
export async function loadKuromojiTokenizer(dicPath: string): Promise<Tokenizer> {
  const files = readDictionaryFiles(dicPath);
  // kuromoji's internal modules have no types and no package exports: required by path, typed here.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const DynamicDictionaries = require('kuromoji/src/dict/DynamicDictionaries') as DynamicDictionariesClass;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const TokenizerOfKuromoji = require('kuromoji/src/Tokenizer') as TokenizerClass;
  const dictionaries = new DynamicDictionaries();
  const tokenInfo = dictionaries.token_info_dictionary;
  // Each part is filled in as soon as its files are inflated, while the thread pool inflates the others.
  await Promise.all([
    Promise.all([files.base, files.check]).then(([base, check]) => dictionaries.loadTrie(int32View(base), int32View(check))),
    files.tid.then((buffer) => tokenInfo.loadDictionary(withoutTrailingZeros(buffer))),
    files.tid_pos.then((buffer) => tokenInfo.loadPosVector(withoutTrailingZeros(buffer))),
    files.tid_map.then((buffer) => (tokenInfo.target_map = readTargetMap(buffer))),
    files.cc.then((buffer) => dictionaries.loadConnectionCosts(new Int16Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 2))),
    loadUnknownWords(dictionaries.unknown_dictionary, files),
  ]);
  return new TokenizerOfKuromoji(dictionaries);
}

/** The files, largest first: the thread pool (4 threads) starts on the one that takes longest to inflate. */
const DICTIONARY_FILES = [
  'tid_pos',
  'tid',
  'unk',
  'unk_pos',
  'base',
  'check',
  'tid_map',
  'cc',
  'unk_map',
  'unk_invoke',
  'unk_compat',
  'unk_char',
] as const;
type DictionaryFile = (typeof DICTIONARY_FILES)[number];

function readDictionaryFiles(dicPath: string): Record<DictionaryFile, Promise<Buffer>> {
  const files = {} as Record<DictionaryFile, Promise<Buffer>>;
  for (const name of DICTIONARY_FILES) files[name] = readDictionaryFile(join(dicPath, `${name}.dat.gz`));
  return files;
}

async function loadUnknownWords(unknown: UnknownDictionaryInstance, files: Record<DictionaryFile, Promise<Buffer>>): Promise<void> {
  const [unk, unkPos, unkMap, catMap, compatCatMap, invokeDef] = await Promise.all([
    files.unk,
    files.unk_pos,
    files.unk_map,
    files.unk_char,
    files.unk_compat,
    files.unk_invoke,
  ]);
  unknown.loadUnknownDictionaries(
    withoutTrailingZeros(unk),
    withoutTrailingZeros(unkPos),
    withoutTrailingZeros(unkMap),
    // Read by code point as a typed array (not through a ByteBuffer): the zeros are values here, keep them.
    catMap,
    new Uint32Array(compatCatMap.buffer, compatCatMap.byteOffset, compatCatMap.byteLength / 4),
    withoutTrailingZeros(invokeDef),
  );
}

/** One gzipped dictionary file, inflated into a buffer of exactly its size (one chunk, no concatenation). */
async function readDictionaryFile(path: string): Promise<Buffer> {
  const gzipped = await readFile(path);
  // The gzip trailer's last four bytes are the inflated size modulo 2^32 (every file is far smaller);
  // a damaged file's trailer can say anything, so the size is bounded before it sizes a buffer.
  const size = gzipped.length >= 18 ? gzipped.readUInt32LE(gzipped.length - 4) : 0;
  if (size === 0 || size > MAX_INFLATED_BYTES) throw new Error(`${path}: not a kuromoji dictionary file (gzip trailer says ${size} bytes)`);
  const inflated = await inflate(gzipped, { chunkSize: Math.max(size, 64) }).catch((error: unknown) => {
    throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (inflated.length !== size) throw new Error(`${path}: inflated to ${inflated.length} bytes, its gzip trailer says ${size}`);
  return inflated;
}

const ZERO_BLOCK = Buffer.alloc(64 * 1024);

/**
 * The buffer without its zero padding, for data kuromoji reads through a ByteBuffer: past the end its
 * getters return 0, as the zeros did. Eight zeros are kept, because a getter that would run past the end
 * returns 0 for the whole value (an int whose high bytes are zeros must still find them). Copied when the
 * padding is most of the buffer, so that its memory is freed.
 */
function withoutTrailingZeros(buffer: Buffer): Uint8Array {
  const end = Math.min(buffer.length, contentLength(buffer) + 8);
  return end * 2 < buffer.length ? Uint8Array.prototype.slice.call(buffer, 0, end) : buffer.subarray(0, end);
}

/** Length without trailing zeros; whole blocks are compared natively (a byte loop takes ~0.2 s on 30 MB). */
function contentLength(buffer: Buffer): number {
  let end = buffer.length;
  while (end >= ZERO_BLOCK.length && buffer.compare(ZERO_BLOCK, 0, ZERO_BLOCK.length, end - ZERO_BLOCK.length, end) === 0) {
    end -= ZERO_BLOCK.length;
  }
  while (end > 0 && buffer[end - 1] === 0) end -= 1;
  return end;
}

function int32View(buffer: Buffer): Int32Array {
  // A fresh inflate output starts its own ArrayBuffer, so the view is aligned; copy if it ever is not.
  if (buffer.byteOffset % 4 !== 0) return new Int32Array(new Uint8Array(buffer).buffer);
  return new Int32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4);
}

/**
 * tid_map.dat as kuromoji's TokenInfoDictionary.loadTargetMap reads it: a count, then for each trie id
 * its id, n and n token info ids, all little-endian int32 (this loader assumes a little-endian host,
 * as every platform Node supports is). The ViterbiBuilder only indexes the result by trie id, so an
 * array does: the ids run 0…392,125 with 83% present, which V8 keeps as a fast array of 3 MB. kuromoji's
 * own reader grows every id list from [] by push (room for 17) and took 65 MB of heap for the same map.
 */
function readTargetMap(buffer: Buffer): number[][] {
  const ints = int32View(buffer);
  const targetMap: number[][] = [];
  let at = 1; // ints[0] is the entry count; read to the end like kuromoji does (the zero padding adds nothing)
  while (at + 1 < ints.length) {
    const key = ints[at]!;
    const count = ints[at + 1]!;
    at += 2;
    if (count === 0) continue;
    const ids = readIds(ints, at, count);
    at += count;
    targetMap[key] = targetMap[key] === undefined ? ids : targetMap[key]!.concat(ids);
  }
  return targetMap;
}

/** An exactly sized array; 86% of the lists hold one id, 11% two. */
function readIds(ints: Int32Array, at: number, count: number): number[] {
  if (count === 1) return [ints[at]!];
  if (count === 2) return [ints[at]!, ints[at + 1]!];
  const ids = new Array<number>(count);
  for (let i = 0; i < count; i += 1) ids[i] = ints[at + i]!;
  return ids;
}
