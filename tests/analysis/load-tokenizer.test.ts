import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKuromojiTokenizer } from '../../src/analysis/kuromoji-dictionary';
import { buildStockTokenizer, kuromojiDictionaryPath, loadTokenizer, type KuromojiTokenizer } from '../../src/analysis/load-tokenizer';
import { seedText } from './seed-text';
import { CHARACTER_CLASSES_TEXT, firstDifference } from './token-comparison';

const DICTIONARY_FILE_NAMES = [
  'base',
  'check',
  'tid',
  'tid_pos',
  'tid_map',
  'cc',
  'unk',
  'unk_pos',
  'unk_map',
  'unk_char',
  'unk_compat',
  'unk_invoke',
].map((name) => `${name}.dat.gz`);

let stock: KuromojiTokenizer;
let fast: KuromojiTokenizer;

beforeAll(async () => {
  [stock, fast] = await Promise.all([buildStockTokenizer(kuromojiDictionaryPath()), loadKuromojiTokenizer(kuromojiDictionaryPath())]);
});

describe('loadKuromojiTokenizer', () => {
  test('when tokenising the whole seed report, gives exactly the tokens of kuromoji’s own builder', () => {
    const text = seedText();

    const tokens = fast.tokenize(text);

    expect(tokens.length).toBeGreaterThan(5_000);
    expect(firstDifference(tokens, stock.tokenize(text))).toBeNull();
  });

  test('when the text holds every character class (widths, symbols, surrogate pairs), gives the stock tokens', () => {
    const tokens = fast.tokenize(CHARACTER_CLASSES_TEXT);

    expect(tokens.map((token) => token.word_type)).toContain('UNKNOWN');
    expect(firstDifference(tokens, stock.tokenize(CHARACTER_CLASSES_TEXT))).toBeNull();
  });

  test('when any BMP character stands alone or repeated, tokenises it as the stock tokenizer does', () => {
    const differing: string[] = [];

    for (let code = 0x20; code < 0xd800; code += 1) {
      const text = `${String.fromCharCode(code)}の${String.fromCharCode(code).repeat(2)}`;
      if (firstDifference(fast.tokenize(text), stock.tokenize(text)) !== null) differing.push(code.toString(16));
    }

    expect(differing).toEqual([]);
  });

  test('when a dictionary file is truncated, rejects naming the file', async () => {
    const dicPath = mkdtempSync(join(tmpdir(), 'torikumi-dict-'));
    try {
      for (const name of DICTIONARY_FILE_NAMES) {
        writeFileSync(join(dicPath, name), readFileSync(join(kuromojiDictionaryPath(), name)));
      }
      const broken = readFileSync(join(dicPath, 'cc.dat.gz'));
      writeFileSync(join(dicPath, 'cc.dat.gz'), broken.subarray(0, broken.length / 2));

      await expect(loadKuromojiTokenizer(dicPath)).rejects.toThrow(/cc\.dat\.gz/);
    } finally {
      rmSync(dicPath, { recursive: true, force: true });
    }
  });
});

describe('loadTokenizer', () => {
  test('when called twice, returns the one tokenizer of the process', async () => {
    const first = await loadTokenizer();

    const second = await loadTokenizer();

    expect(second).toBe(first);
    expect(first.tokenize('育休を取得した').map((token) => token.basic_form)).toEqual(
      stock.tokenize('育休を取得した').map((token) => token.basic_form),
    );
  });
});
