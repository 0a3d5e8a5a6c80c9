/**
 * kuromoji's dictionary takes time and ~300 MB to load, so it is built once per process and shared.
 */
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import { FAST_LOADER_KUROMOJI_VERSION, loadKuromojiTokenizer } from './kuromoji-dictionary';
import { createLatticeTokenizer, type Tokenizer } from './lattice-tokenizer';

/** kuromoji's own tokenizer object (its dictionaries, its tokenize). */
export type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
export type KuromojiToken = kuromoji.IpadicFeatures;
export type { Tokenizer } from './lattice-tokenizer';

let kuromojiPromise: Promise<KuromojiTokenizer> | null = null;
let tokenizerPromise: Promise<Tokenizer> | null = null;

/**
 * The process-wide tokenizer the analyser uses: kuromoji's tokens from ./lattice-tokenizer.ts when the
 * installed kuromoji is the release whose internals it reads, otherwise kuromoji's own tokenize.
 */
export function loadTokenizer(): Promise<Tokenizer> {
  if (!tokenizerPromise) {
    tokenizerPromise = loadKuromoji().then((stock) => (isMirroredRelease() ? createLatticeTokenizer(stock) : stock));
    // A failed build (missing dictionary) must not poison later attempts.
    tokenizerPromise.catch(() => {
      tokenizerPromise = null;
    });
  }
  return tokenizerPromise;
}

/** The process-wide kuromoji tokenizer itself, over the same dictionaries (the reference the benchmarks compare with). */
export function loadKuromoji(): Promise<KuromojiTokenizer> {
  if (!kuromojiPromise) {
    kuromojiPromise = buildTokenizer(kuromojiDictionaryPath(), isMirroredRelease());
    kuromojiPromise.catch(() => {
      kuromojiPromise = null;
    });
  }
  return kuromojiPromise;
}

/** The version of the kuromoji package, whose dictionary decides the tokens. */
export function kuromojiVersion(): string {
  // A package.json found at run time (the installed kuromoji's), not a module of this project.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const manifest = require(join(dirname(require.resolve('kuromoji')), '..', 'package.json')) as { version: string };
  return manifest.version;
}

/** Where the kuromoji package keeps its dictionary (*.dat.gz). */
export function kuromojiDictionaryPath(): string {
  return join(dirname(require.resolve('kuromoji')), '..', 'dict');
}

/** Whether the installed kuromoji is the release whose internals the fast loader and the lattice tokenizer mirror. */
function isMirroredRelease(): boolean {
  return kuromojiVersion() === FAST_LOADER_KUROMOJI_VERSION;
}

/**
 * Builds the tokenizer with the fast loader when the installed kuromoji is the release it mirrors,
 * otherwise with kuromoji's own builder (slower, always right).
 */
async function buildTokenizer(dicPath: string, fast: boolean): Promise<KuromojiTokenizer> {
  try {
    return await (fast ? loadKuromojiTokenizer(dicPath) : buildStockTokenizer(dicPath));
  } catch (error) {
    throw new Error(`kuromoji: cannot load the dictionary at ${dicPath}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

/** kuromoji's own builder: the reference the fast loader is tested against. */
export function buildStockTokenizer(dicPath: string): Promise<KuromojiTokenizer> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) reject(error);
      else resolve(tokenizer);
    });
  });
}
