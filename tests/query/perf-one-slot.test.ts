import fc from 'fast-check';
import type { QueryPlan, VariantPlan } from '../../src/query/build-query';
import { compileClauses, satisfiesBits, satisfiesOneSlot } from '../../src/query/match-plan';

/** 20 terms and at most 12 texts to contain: every bit in one 32-bit slot. */
const TERMS = Array.from({ length: 20 }, (_, index) => `t${index}`);

const someTerms = fc.uniqueArray(fc.constantFrom(...TERMS), { maxLength: 3 });
const variant: fc.Arbitrary<VariantPlan> = fc.record({
  weight: fc.constant(1),
  words: someTerms,
  allWords: fc.boolean(),
  grams: someTerms,
  mustContain: fc.constantFrom(null, 'a', 'b', 'c'),
});
const plan: fc.Arbitrary<QueryPlan> = fc.record({
  terms: fc.constant(TERMS),
  termBoost: fc.constant(new Map<string, number>()),
  prefixTerms: fc.constant(new Set<string>()),
  clauses: fc.array(fc.array(variant, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  combineWith: fc.constantFrom<'AND' | 'OR'>('AND', 'OR'),
});
const slot = fc.integer({ min: 0, max: 2 ** 32 - 1 });

describe('satisfiesOneSlot', () => {
  test('for any plan of one slot and any word and n-gram bits, agrees with satisfiesBits', () => {
    fc.assert(
      fc.property(plan, slot, slot, (queryPlan, wordBits, gramBits) => {
        const compiled = compileClauses(queryPlan, 1);

        const oneSlot = satisfiesOneSlot(compiled.oneSlot!, wordBits, gramBits);

        expect(oneSlot).toBe(satisfiesBits(compiled, Uint32Array.of(wordBits), 0, Uint32Array.of(gramBits), 0));
      }),
      { numRuns: 5000 },
    );
  });

  test('plans of more than one slot have no one-slot form', () => {
    const queryPlan: QueryPlan = {
      terms: TERMS,
      termBoost: new Map(),
      prefixTerms: new Set(),
      clauses: [[{ weight: 1, words: ['t3'], allWords: true, grams: [], mustContain: null }]],
      combineWith: 'AND',
    };

    expect(compileClauses(queryPlan, 2).oneSlot).toBeNull();
  });
});
