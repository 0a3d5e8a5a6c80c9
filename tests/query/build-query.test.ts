import type { AnalyzedQuery } from '../../src/analysis/types';
import { DEFAULT_WEIGHTS, dropWeakClauses, planQuery, satisfiesPlan, type TermStats } from '../../src/query/build-query';

const FREQUENCY: Record<string, number> = {
  在宅: 2,
  宅勤: 2,
  勤務: 80,
  テレワーク: 3,
  取組: 90,
  育児: 20,
  男性: 25,
  テレ: 5,
  レワ: 3,
  ワー: 30,
  ーク: 40,
};
const stats: TermStats = {
  documentFrequency: (term) => FREQUENCY[term] ?? 0,
  gramFrequency: (gram) => FREQUENCY[gram] ?? 0,
  size: 100,
};

function query(clauses: AnalyzedQuery['clauses']): AnalyzedQuery {
  return { raw: '', normalized: '', clauses, phrases: [], expanded: [], expansions: [] };
}

const telework = {
  surface: 'テレワーク',
  words: ['テレワーク'],
  ngrams: ['テレ', 'レワ', 'ワー', 'ーク'],
  alternatives: [
    {
      surface: '在宅勤務',
      words: ['在宅', '勤務'],
      ngrams: ['在宅', '宅勤', '勤務'],
      source: 'test',
      relation: 'synonym' as const,
      concept: 'テレワーク',
    },
    { surface: '架空ワーク', words: ['架空', 'ワーク'], ngrams: [], source: 'test', relation: 'synonym' as const, concept: 'テレワーク' },
  ],
  concept: 'テレワーク',
};

describe('planQuery', () => {
  test('a synonym of several words is found by its rarest n-gram, must appear as written, and scores by its rarest word only', () => {
    const plan = planQuery(query([telework]), DEFAULT_WEIGHTS, stats)!;

    expect(plan.terms).toContain('在宅');
    expect(plan.terms).not.toContain('勤務');
    const synonym = plan.clauses[0]!.find((variant) => variant.mustContain === '在宅勤務')!;
    expect(synonym.grams).toHaveLength(1);
    expect(plan.termBoost.get('在宅')).toBe(DEFAULT_WEIGHTS.alternative);
  });

  test('when none of its words is in most statements, a synonym of several words also matches by them in any order, scoring by its rarest word', () => {
    const rarer: TermStats = { ...stats, documentFrequency: (term) => (term === '勤務' ? 10 : stats.documentFrequency(term)) };

    const plan = planQuery(query([telework]), DEFAULT_WEIGHTS, rarer)!;

    expect(plan.clauses[0]!.find((variant) => variant.words.join() === '在宅,勤務')?.allWords).toBe(true);
    expect(plan.termBoost.get('在宅')).toBe(DEFAULT_WEIGHTS.alternative);
    expect(plan.termBoost.get('勤務')).toBe(0);
    expect(planQuery(query([telework]), { ...DEFAULT_WEIGHTS, memberWords: 'none' }, rarer)!.terms).not.toContain('勤務');
  });

  test('a word of a synonym class and its synonyms match the same way (as written), so the group finds the same either way', () => {
    const plan = planQuery(query([telework]), DEFAULT_WEIGHTS, stats)!;

    expect(plan.clauses[0]!.map((variant) => variant.mustContain)).toEqual(expect.arrayContaining(['テレワーク', '在宅勤務']));
    expect(plan.termBoost.get('テレワーク')).toBe(1);
  });

  test('a synonym with a word no statement holds is dropped', () => {
    const plan = planQuery(query([telework]), DEFAULT_WEIGHTS, stats)!;

    expect(plan.terms).not.toContain('架空');
    expect(plan.clauses[0]!.some((variant) => variant.mustContain === '架空ワーク')).toBe(false);
  });

  test('a hit that has the rarest synonym word but not the synonym as written does not satisfy the plan', () => {
    const plan = planQuery(query([{ ...telework, words: [], ngrams: [] }]), DEFAULT_WEIGHTS, stats)!;
    const matched = (contains: boolean) => ({ inWords: () => false, inGrams: () => true, contains: () => contains });

    expect(satisfiesPlan(plan, matched(false))).toBe(false);
    expect(satisfiesPlan(plan, matched(true))).toBe(true);
  });

  test('in a sentence-like query, a clause whose word is in most statements is dropped', () => {
    const clause = (word: string) => ({ surface: word, words: [word], ngrams: [], alternatives: [], concept: null });

    const plan = planQuery(query([clause('男性'), clause('育児'), clause('取組')]), DEFAULT_WEIGHTS, stats)!;

    expect(plan.combineWith).toBe('OR');
    expect(plan.terms).toEqual(['男性', '育児']);
  });

  test('in a sentence-like query, a lone digit clause is dropped even when the other clauses match nothing', () => {
    const clause = (word: string) => ({ surface: word, words: [word], ngrams: [], alternatives: [], concept: null });

    const plan = planQuery(query([clause('script'), clause('alert'), clause('1')]), DEFAULT_WEIGHTS, stats)!;

    expect(plan.combineWith).toBe('OR');
    expect(plan.terms).toEqual(['script', 'alert']);
  });

  test('dropWeakClauses › keeps digit and one-character clauses when the query has nothing else', () => {
    const clauses = [{ surface: '2' }, { surface: 'ほ' }];

    expect(dropWeakClauses(clauses)).toEqual(clauses);
    expect(dropWeakClauses([{ surface: '休暇' }, { surface: '取' }, { surface: '100%' }])).toEqual([{ surface: '休暇' }]);
  });
});
