/**
 * kuromoji's dictionary takes seconds and ~300 MB to load, so it is built once per process and shared.
 */
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';

export type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
export type KuromojiToken = kuromoji.IpadicFeatures;

let tokenizerPromise: Promise<KuromojiTokenizer> | null = null;

/** The process-wide kuromoji tokenizer, built on first call from the dictionary shipped with the kuromoji package. */
export function loadTokenizer(): Promise<KuromojiTokenizer> {
  if (!tokenizerPromise) {
    tokenizerPromise = buildTokenizer(kuromojiDictionaryPath());
    // A failed build (missing dictionary) must not poison later attempts.
    tokenizerPromise.catch(() => {
      tokenizerPromise = null;
    });
  }
  return tokenizerPromise;
}

/** The version of the kuromoji package, whose dictionary decides the tokens. */
export function kuromojiVersion(): string {
  const manifest = require(join(dirname(require.resolve('kuromoji')), '..', 'package.json')) as { version: string };
  return manifest.version;
}

function kuromojiDictionaryPath(): string {
  return join(dirname(require.resolve('kuromoji')), '..', 'dict');
}

function buildTokenizer(dicPath: string): Promise<KuromojiTokenizer> {
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) reject(new Error(`kuromoji: cannot load the dictionary at ${dicPath}: ${error.message}`));
      else resolve(tokenizer);
    });
  });
}
