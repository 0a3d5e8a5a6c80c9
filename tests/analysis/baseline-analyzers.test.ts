import { createBigramAnalyzer, createPlainKuromojiAnalyzer } from '../../src/analysis/baseline-analyzers';
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { Analyzer } from '../../src/analysis/types';

let plain: Analyzer;
let bigram: Analyzer;

beforeAll(async () => {
  [plain, bigram] = await Promise.all([createPlainKuromojiAnalyzer(), createBigramAnalyzer()]);
});

describe('createPlainKuromojiAnalyzer', () => {
  test('when given text, returns kuromoji surface tokens as printed, particles included, and no n-grams', () => {
    expect(plain.wordTerms('休暇を取得した')).toEqual(['休暇', 'を', '取得', 'し', 'た']);
    expect(plain.ngramTerms('休暇を取得した')).toEqual([]);
  });

  test('when queried with an abbreviation, expands nothing', () => {
    expect(plain.analyzeQuery('育休').expanded).toEqual([]);
  });
});

describe('createBigramAnalyzer', () => {
  test('when given text, returns character bigrams of the width-normalised text as its word terms', () => {
    expect(bigram.wordTerms('ＷＬＢ定員')).toEqual(['wl', 'lb', 'b定', '定員']);
    expect(bigram.analyzeQuery('超勤').clauses[0]).toEqual({ surface: '超勤', words: ['超勤'], ngrams: [], alternatives: [], concept: null });
  });
});

describe('analyser versions', () => {
  test('when the three analysers are compared, each has its own version so an index built with one is not served by another', async () => {
    const full = await createAnalyzer();

    expect(new Set([full.version, plain.version, bigram.version]).size).toBe(3);
  });
});
