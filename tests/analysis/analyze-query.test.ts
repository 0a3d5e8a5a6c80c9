import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { AnalyzedQuery, Analyzer, QueryClause } from '../../src/analysis/types';
import { createQueryAnalysis, type QueryAnalysisTools } from '../../src/analysis/analyze-query';
import { bundledConceptScheme } from '../../src/analysis/concept-scheme';
import { buildExpansionIndex, bundledSudachiGroups } from '../../src/analysis/expansion-index';
import { loadTokenizer } from '../../src/analysis/load-tokenizer';
import { normalize } from '../../src/analysis/normalize-text';

let analyzer: Analyzer;

beforeAll(async () => {
  analyzer = await createAnalyzer();
});

const alternativeSurfaces = (clause: QueryClause): string[] => clause.alternatives.map((alt) => alt.surface);
const surfaces = (query: AnalyzedQuery): string[] => query.clauses.map((clause) => clause.surface);
/** The query's first clause; the test fails here when the query has none. */
function firstClause(query: AnalyzedQuery): QueryClause {
  const [clause] = query.clauses;
  if (clause === undefined) throw new Error(`no clause in the analysis of ${JSON.stringify(query.raw)}`);
  return clause;
}

describe('analyzeQuery and the view across years', () => {
  test('when a query asks for 年度ごとの変化, the words 年度, ごと and 変化 are not searched, and it still asks across years', () => {
    const query = analyzer.analyzeQuery('面談を使った取組の年度ごとの変化');

    expect(surfaces(query)).not.toEqual(expect.arrayContaining(['年度']));
    expect(surfaces(query)).not.toEqual(expect.arrayContaining(['ごと']));
    expect(surfaces(query)).not.toEqual(expect.arrayContaining(['変化']));
    expect(surfaces(query)).toEqual(expect.arrayContaining(['面談']));
    expect(query.asksAcrossYears).toBe(true);
  });

  test('when 年度 or ごと stands for itself (課ごとの休暇計画, 年度末), it is searched', () => {
    expect(surfaces(analyzer.analyzeQuery('課ごとの休暇計画'))).toEqual(expect.arrayContaining(['ごと']));
    expect(surfaces(analyzer.analyzeQuery('年度末の超過勤務'))).toEqual(expect.arrayContaining(['年度', '超過勤務']));
  });
});

describe('analyzeQuery and concept labels', () => {
  test('when the query is a concept’s label with no other label (育児時間), it is one clause, not 育児 and 時間 apart', () => {
    const query = analyzer.analyzeQuery('育児時間の取得');

    expect(surfaces(query)).toEqual(['育児時間', '取得']);
    expect(firstClause(query).concept).toBe('育児時間');
  });
});

describe('analyzeQuery synonyms', () => {
  test('when the query is an abbreviation, expands it to the full form, and the full form back to the abbreviation', () => {
    const short = analyzer.analyzeQuery('育休');
    const long = analyzer.analyzeQuery('育児休業');

    expect(alternativeSurfaces(firstClause(short))).toContain('育児休業');
    expect(alternativeSurfaces(firstClause(long))).toContain('育休');
  });

  test('when the query is テレワーク, also searches リモートワーク and 在宅勤務 and lists them for the user', () => {
    const query = analyzer.analyzeQuery('テレワーク');

    expect(query.expanded).toEqual(expect.arrayContaining(['リモートワーク', '在宅勤務']));
    const remote = firstClause(query).alternatives.find((alt) => alt.surface === '在宅勤務');
    expect(remote?.words).toEqual(['在宅', '勤務']);
    expect(remote?.source).toBe('domain');
  });

  test('when the query is 超勤, also searches 超過勤務 and 残業, each analysed into words and n-grams', () => {
    const clause = firstClause(analyzer.analyzeQuery('超勤'));

    const overtime = clause.alternatives.find((alt) => alt.surface === '超過勤務');

    expect(alternativeSurfaces(clause)).toEqual(expect.arrayContaining(['超過勤務', '残業']));
    expect(overtime?.words).toEqual(['超過', '勤務']);
    expect(overtime?.ngrams).toEqual(['超過', '過勤', '勤務']);
  });

  test('when a synonym phrase spans a particle (男の産休), treats it as one clause expanded to the leave names', () => {
    const query = analyzer.analyzeQuery('男の産休の取得率');

    expect(surfaces(query)).toEqual(['男の産休', '取得']);
    expect(alternativeSurfaces(firstClause(query))).toEqual(expect.arrayContaining(['配偶者出産休暇', '育児参加のための休暇']));
  });

  test('when WLB is typed in full width or lower case, expands it like WLB', () => {
    const expected = analyzer.analyzeQuery('WLB').expanded;

    expect(expected).toContain('ワークライフバランス');
    expect(analyzer.analyzeQuery('ｗｌｂ').expanded).toEqual(expected);
  });

  test('when a word has a Sudachi-only synonym, expands it and names the source', () => {
    const clause = firstClause(analyzer.analyzeQuery('アウトソーシング'));

    expect(clause.alternatives).toContainEqual(expect.objectContaining({ surface: '外部委託', source: 'sudachi' }));
  });

  test('when a word only has loose relatives in Sudachi (介護 ~ 看護), does not expand to them, only to its narrower and related concepts', () => {
    const query = analyzer.analyzeQuery('介護');

    expect(query.expanded).not.toContain('看護');
    expect(query.expansions).toContainEqual({ surface: '介護休暇', clause: '介護', relation: 'narrower', concept: '介護休暇' });
    expect(query.expansions).toContainEqual(expect.objectContaining({ surface: '両立支援', relation: 'related' }));
  });
});

describe('analyzeQuery clauses and phrases', () => {
  test('when the query has double-quoted text, requires it as a phrase and searches it without synonyms', () => {
    const query = analyzer.analyzeQuery('"定時退庁" 超勤');

    expect(query.phrases).toEqual(['定時退庁']);
    expect(query.clauses[0]).toEqual({
      surface: '定時退庁',
      words: ['定時', '退庁'],
      ngrams: ['定時', '時退', '退庁'],
      alternatives: [],
      concept: null,
    });
    expect(surfaces(query)).toEqual(['定時退庁', '超勤']);
  });

  test('when the quotes are full-width or typographic, still reads a phrase; 「」 are ordinary quotes', () => {
    expect(analyzer.analyzeQuery('＂定時退庁＂').phrases).toEqual(['定時退庁']);
    expect(analyzer.analyzeQuery('“定時退庁”').phrases).toEqual(['定時退庁']);
    expect(analyzer.analyzeQuery('「定時退庁」').phrases).toEqual([]);
  });

  test('when the query is a natural-language question, keeps only its content words', () => {
    const query = analyzer.analyzeQuery('女性の登用目標は達成できているか？');

    expect(query.clauses.flatMap((clause) => clause.words)).toEqual(['女性', '登用', '目標', '達成']);
  });

  test('when the user separates words with a space, keeps them apart even between two kanji', () => {
    const query = analyzer.analyzeQuery('ｗｅｂ会議　研修');

    expect(surfaces(query)).toEqual(['web会議', '研修']);
    expect(query.normalized).toBe('web会議 研修');
  });

  test('when a query word is inflected, its n-grams keep only the stem so 働き方 can match 働いている', () => {
    const clause = firstClause(analyzer.analyzeQuery('働いている'));

    expect(clause.words).toEqual(['働く']);
    expect(clause.ngrams).toEqual(['働']);
  });

  test('when the query is empty or blank, returns no clauses, phrases or expansions', () => {
    for (const blank of ['', '　 ', '""']) {
      expect(analyzer.analyzeQuery(blank)).toEqual({
        raw: blank,
        normalized: '',
        clauses: [],
        phrases: [],
        expanded: [],
        expansions: [],
        sentenceLike: false,
        asksForFigures: false,
        asksAcrossYears: false,
        asksForReasons: false,
        asksWhichMinistry: false,
      });
    }
  });

  test('when a quote is left open, searches the text as an ordinary clause, synonyms included', () => {
    const query = analyzer.analyzeQuery('"定時退庁');

    expect(query.phrases).toEqual([]);
    expect(surfaces(query)).toEqual(['定時退庁']);
    expect(query.expanded).toContain('ノー残業デー');
  });

  test('when the query holds only function words, falls back to searching its characters', () => {
    const query = analyzer.analyzeQuery('どうする');

    expect(query.clauses).toHaveLength(1);
    expect(firstClause(query).ngrams).toEqual(['どう', 'うす', 'する']);
  });
});

describe('analyzeQuery › light heads after への', () => {
  test('drops 支援 or 働きかけ after への / に対する, which name what is done for the people before them', () => {
    expect(surfaces(analyzer.analyzeQuery('子育て中の職員への支援'))).toEqual(['子育て中の職員']);
    expect(surfaces(analyzer.analyzeQuery('管理職に対する働きかけ'))).toEqual(['管理職']);
  });

  test('keeps them when they are all the query says, part of a label, not after への, or in a sentence', () => {
    expect(surfaces(analyzer.analyzeQuery('支援'))).toEqual(['支援']);
    expect(surfaces(analyzer.analyzeQuery('両立支援'))).toEqual(['両立支援']);
    expect(surfaces(analyzer.analyzeQuery('職員の支援'))).toContain('支援');
    expect(surfaces(analyzer.analyzeQuery('子育て中の職員を部下に持つ上司への支援'))).toContain('支援');
  });
});

describe('analyzeQuery › sentence-like queries', () => {
  test('a question or a query with a verb is sentence-like; a list of terms or a noun phrase is not', () => {
    expect(analyzer.analyzeQuery('男性の育休を増やすために何をしているか').sentenceLike).toBe(true);
    expect(analyzer.analyzeQuery('テレワークはどう').sentenceLike).toBe(true);
    expect(analyzer.analyzeQuery('女性の登用目標').sentenceLike).toBe(false);
    expect(analyzer.analyzeQuery('超過勤務 見える化').sentenceLike).toBe(false);
  });
});

describe('analyzeQuery › cache and shortcuts', () => {
  let tools: QueryAnalysisTools;
  beforeAll(async () => {
    const tokenizer = await loadTokenizer();
    const normalizeFolded = (text: string) => normalize(text, { foldLongVowels: true });
    tools = {
      normalize: normalizeFolded,
      normalizeForTokens: (text) => normalize(text, { foldLongVowels: false }),
      tokenize: (text) => tokenizer.tokenize(text),
      expansions: buildExpansionIndex(bundledConceptScheme(), bundledSudachiGroups(), normalizeFolded),
    };
  });

  test('a lone ASCII word read without kuromoji gives the same analysis as through kuromoji', () => {
    const fast = createQueryAnalysis(tools, { cacheSize: 0 });
    const reference = createQueryAnalysis(tools, { cacheSize: 0, asciiShortcut: false });

    for (const q of ['WLB', 'wlb', 'ＲＰＡ', 'DX', 'ict', 'web', 'PC', 'AI', 'it', 'teams', 'zoom', 'ok']) {
      expect({ q, analyzed: fast(q) }).toEqual({ q, analyzed: reference(q) });
    }
  });

  test('a repeated query is analysed once and returned frozen, and the cache keeps at most cacheSize queries', () => {
    let calls = 0;
    const counting = { ...tools, tokenize: (text: string) => (calls++, tools.tokenize(text)) };
    const analyze = createQueryAnalysis(counting, { cacheSize: 2 });

    const first = analyze('育児休業');
    const callsAfterFirst = calls;
    const again = analyze('育児休業');
    analyze('超過勤務');
    analyze('テレワーク');
    analyze('育児休業');

    expect(again).toBe(first);
    expect(Object.isFrozen(first.clauses[0])).toBe(true);
    expect(callsAfterFirst).toBeGreaterThan(0);
    expect(calls).toBeGreaterThan(callsAfterFirst * 3 - 1);
  });
});
