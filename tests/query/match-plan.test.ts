import fc from 'fast-check';
import { satisfiesPlan, type QueryPlan, type VariantPlan } from '../../src/query/build-query';
import { clauseCoverage, compileClauses, satisfiesCompiled } from '../../src/query/match-plan';

/** 40 terms, so that the bit masks span two 32-bit slots. */
const TERMS = Array.from({ length: 40 }, (_, index) => `t${index}`);

const someTerms = fc.uniqueArray(fc.constantFrom(...TERMS), { maxLength: 3 });
const variant: fc.Arbitrary<VariantPlan> = fc.record({
  weight: fc.constant(1),
  words: someTerms,
  allWords: fc.boolean(),
  grams: someTerms,
  mustContain: fc.constantFrom(null, 'in-text', 'not-in-text'),
});
const plan: fc.Arbitrary<QueryPlan> = fc.record({
  terms: fc.constant(TERMS),
  termBoost: fc.constant(new Map<string, number>()),
  prefixTerms: fc.constant(new Set<string>()),
  clauses: fc.array(fc.array(variant, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  combineWith: fc.constantFrom<'AND' | 'OR'>('AND', 'OR'),
});

function bitsOf(matched: Set<string>): Uint32Array {
  const bits = new Uint32Array(2);
  for (const term of matched) {
    const index = TERMS.indexOf(term);
    bits[index >> 5]! |= 1 << (index & 31);
  }
  return bits;
}

describe('satisfiesCompiled', () => {
  test('for any plan and any matched words and grams, agrees with satisfiesPlan', () => {
    const matchedTerms = fc.uniqueArray(fc.constantFrom(...TERMS), { maxLength: 20 }).map((terms) => new Set(terms));
    fc.assert(
      fc.property(plan, matchedTerms, matchedTerms, (queryPlan, inWords, inGrams) => {
        const contains = (text: string) => text === 'in-text';

        const compiled = satisfiesCompiled(compileClauses(queryPlan, 2), bitsOf(inWords), bitsOf(inGrams), 0, contains);

        const reference = satisfiesPlan(queryPlan, { inWords: (t) => inWords.has(t), inGrams: (t) => inGrams.has(t), contains });
        expect(compiled).toBe(reference);
      }),
      { numRuns: 2000 },
    );
  });

  test('a word in the second 32-bit slot (term 33) satisfies a clause that needs only it', () => {
    const queryPlan: QueryPlan = {
      terms: TERMS,
      termBoost: new Map(),
      prefixTerms: new Set(),
      clauses: [[{ weight: 1, words: ['t33'], allWords: true, grams: [], mustContain: null }]],
      combineWith: 'AND',
    };

    const compiled = compileClauses(queryPlan, 2);

    expect(satisfiesCompiled(compiled, bitsOf(new Set(['t33'])), new Uint32Array(2), 0, () => true)).toBe(true);
    expect(satisfiesCompiled(compiled, bitsOf(new Set(['t1'])), new Uint32Array(2), 0, () => true)).toBe(false);
  });
});

describe('clauseCoverage (the clauses a document covers, for RankingWeights.coordinationCap)', () => {
  const boosts = fc.array(fc.constantFrom(1, 0.5, 0.2, 0.05), { minLength: TERMS.length, maxLength: TERMS.length });

  test('for any plan and matched terms, is the sum over clauses of the best boost among the clause terms the document holds', () => {
    const matchedTerms = fc.uniqueArray(fc.constantFrom(...TERMS), { maxLength: 20 }).map((terms) => new Set(terms));
    fc.assert(
      fc.property(plan, boosts, matchedTerms, matchedTerms, fc.boolean(), (queryPlan, termBoosts, inWords, inGrams, weighted) => {
        const withBoosts: QueryPlan = { ...queryPlan, termBoost: new Map(TERMS.map((term, i) => [term, termBoosts[i]!])) };
        const bits = new Uint32Array(4);
        bits.set(bitsOf(inWords), 0);
        bits.set(bitsOf(inGrams), 2);

        const covered = clauseCoverage(compileClauses(withBoosts, 2).coverage, bits, 0, 2, weighted);

        const reference = withBoosts.clauses
          .map((variants) => {
            const held = variants.flatMap((v) => [...v.words, ...v.grams]).filter((term) => inWords.has(term) || inGrams.has(term));
            if (held.length === 0) return 0;
            return weighted ? Math.max(...held.map((term) => withBoosts.termBoost.get(term)!)) : 1;
          })
          .reduce((a, b) => a + b, 0);
        expect(covered).toBeCloseTo(reference, 10);
      }),
      { numRuns: 2000 },
    );
  });

  test('a document holding three words of one clause covers it once, at its best word', () => {
    const queryPlan: QueryPlan = {
      terms: TERMS,
      termBoost: new Map([
        ['t0', 1],
        ['t1', 0.5],
        ['t2', 0.2],
        ['t3', 1],
      ]),
      prefixTerms: new Set(),
      clauses: [
        [
          { weight: 1, words: ['t0'], allWords: true, grams: [], mustContain: null },
          { weight: 0.5, words: ['t1'], allWords: true, grams: [], mustContain: null },
          { weight: 0.2, words: ['t2'], allWords: true, grams: [], mustContain: null },
        ],
        [{ weight: 1, words: ['t3'], allWords: true, grams: [], mustContain: null }],
      ],
      combineWith: 'OR',
    };
    const bits = new Uint32Array(4);
    bits.set(bitsOf(new Set(['t1', 't2'])), 0);

    expect(clauseCoverage(compileClauses(queryPlan, 2).coverage, bits, 0, 2, true)).toBeCloseTo(0.5, 10);
    bits.set(bitsOf(new Set(['t0', 't1', 't2', 't3'])), 0);
    expect(clauseCoverage(compileClauses(queryPlan, 2).coverage, bits, 0, 2, true)).toBeCloseTo(2, 10);
  });
});
