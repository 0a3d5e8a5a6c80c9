import fc from 'fast-check';
import { satisfiesPlan, type QueryPlan, type VariantPlan } from '../../src/query/build-query';
import { compileClauses, satisfiesCompiled } from '../../src/query/match-plan';

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
