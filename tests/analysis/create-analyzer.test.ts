import { parseConceptScheme } from '../../src/analysis/concept-scheme';
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import { loadTokenizer } from '../../src/analysis/load-tokenizer';
import type { Analyzer } from '../../src/analysis/types';
import { seedStatement } from './seed-text';

let analyzer: Analyzer;

beforeAll(async () => {
  analyzer = await createAnalyzer();
});

describe('createAnalyzer', () => {
  test('when called twice, reuses the one kuromoji build and gives the same version', async () => {
    const again = await createAnalyzer();

    // The one build is shared: the same promise every time, not a wall-clock bound that a loaded machine breaks.
    expect(loadTokenizer()).toBe(loadTokenizer());
    expect(await loadTokenizer()).toBe(await loadTokenizer());
    expect(again.version).toBe(analyzer.version);
    expect(analyzer.dictionaryVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('when the concept scheme or the synonym data differs, reports a different version', async () => {
    const concepts = parseConceptScheme({ topics: [], concepts: [{ id: 'childcare-leave', prefLabel: '育児休業', altLabels: ['育休'] }] });
    const other = await createAnalyzer({ concepts });
    const noSudachi = await createAnalyzer({ sudachiGroups: [] });

    expect(other.version).not.toBe(analyzer.version);
    expect(noSudachi.version).not.toBe(analyzer.version);

    expect(other.version).not.toBe(analyzer.version);
  });
});

describe('wordTerms', () => {
  test('when a verb is inflected, gives its base form and drops する and the auxiliaries', () => {
    expect(analyzer.wordTerms('休暇を取得した')).toEqual(['休暇', '取得']);
    expect(analyzer.wordTerms('業務の効率化を図った')).toEqual(['業務', '効率', '図る']);
  });

  test('when a seed statement is analysed, keeps its content words and drops particles and symbols', () => {
    const statement = seedStatement('超過勤務の縮減を図った。');

    const terms = analyzer.wordTerms(statement);

    expect(terms).toEqual(expect.arrayContaining(['一斉', '定時', '退庁', '管理', '巡回', '超過', '勤務', '縮減']));
    for (const dropped of ['を', 'の', 'に', 'た', '、', '。', '【', 'する', '等']) expect(terms).not.toContain(dropped);
  });

  test('when text is written in full width or with a long-vowel variant, gives the same terms as the usual spelling', () => {
    expect(analyzer.wordTerms('ＷＥＢ会議を５日に')).toEqual(analyzer.wordTerms('Web会議を5日に'));
    expect(analyzer.wordTerms('サーバーの更新')).toEqual(analyzer.wordTerms('サーバの更新'));
    expect(analyzer.wordTerms('実施未 定')).toEqual(['実施', '未定']);
  });

  test('when numerals are written in several tokens, keeps the number as one term', () => {
    expect(analyzer.wordTerms('二十人の職員')).toContain('二十');
    expect(analyzer.wordTerms('休暇取得日数が5日に満たない')).toContain('5');
  });
});

describe('wordTerms decompounding', () => {
  test('when kuromoji keeps テレワークマネジメント whole, adds its known head and tail as words after it', () => {
    const statement = seedStatement('「テレワークマネジメント研修」を創設');

    const terms = analyzer.wordTerms(statement);

    const at = terms.indexOf('テレワークマネジメント');
    expect(terms.slice(at, at + 4)).toEqual(['テレワークマネジメント', 'テレワーク', 'マネジメント', '研修']);
  });

  test('when a known word is only a folded look-alike of the head (メンター / メンタルヘルスケア), does not split there', () => {
    expect(analyzer.wordTerms('メンタルヘルスケア')).toEqual(['メンタルヘルスケア', 'メンタルヘルス']);
  });

  test('when a katakana word is in the dictionary or has no known part, leaves it whole', () => {
    expect(analyzer.wordTerms('マネジメント')).toEqual(['マネジメント']);
    expect(analyzer.wordTerms('シッターサービス')).toEqual(['シッターサービス']);
  });
});

describe('ngramTerms', () => {
  test('when kuromoji keeps an unknown katakana compound whole, the n-grams of テレワーク still all occur in it', () => {
    const statement = seedStatement('「テレワークマネジメント研修」を創設');
    const queryGrams = analyzer.analyzeQuery('テレワーク').clauses[0]?.ngrams ?? [];

    const indexed = new Set(analyzer.ngramTerms(statement));

    expect(queryGrams.length).toBeGreaterThan(0);
    for (const gram of queryGrams) expect(indexed).toContain(gram);
  });

  test('when text has punctuation and spaces, n-grams do not cross them and each run ends with its last character', () => {
    expect(analyzer.ngramTerms('介護休暇、育休')).toEqual(['介護', '護休', '休暇', '暇', '育休', '休']);
  });

  test('when text is written in full width, gives the same n-grams as half width', () => {
    expect(analyzer.ngramTerms('ｗｅｂ会議')).toEqual(analyzer.ngramTerms('Web会議'));
  });
});
