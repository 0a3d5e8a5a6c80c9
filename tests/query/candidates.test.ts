import fc from 'fast-check';
import { DEFAULT_WEIGHTS, satisfiesPlan, type QueryPlan, type VariantPlan } from '../../src/query/build-query';
import { seek } from '../../src/query/candidates';
import { buildGramPostings } from '../../src/indexing/gram-postings';
import { PostingIndex } from '../../src/indexing/posting-index';
import { createPostingReader } from '../../src/indexing/posting-reader';
import { createPlanRunner } from '../../src/query/match-plan';

/** Terms of skewed frequency: t0 in most statements, t9 in few. */
const TERMS = Array.from({ length: 10 }, (_, index) => `t${index}`);
const split = (text: string) => text.split(' ').filter(Boolean);

const statement = fc
  .array(
    fc.integer({ min: 0, max: 9 }).chain((max) => fc.integer({ min: 0, max })),
    { minLength: 1, maxLength: 8 },
  )
  .map((indexes) => indexes.map((index) => TERMS[index]!).join(' '));
const someTerms = fc.uniqueArray(fc.constantFrom(...TERMS), { minLength: 1, maxLength: 2 });
const variant: fc.Arbitrary<VariantPlan> = fc.record({
  weight: fc.constantFrom(1, 0.5),
  words: someTerms,
  allWords: fc.boolean(),
  grams: fc.constantFrom<string[]>([], ['t3'], ['t7']),
  mustContain: fc.constantFrom(null, 't1', 't8'),
});
const andPlan: fc.Arbitrary<QueryPlan> = fc
  .record({
    clauses: fc.array(fc.array(variant, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
    scoringOnly: fc.uniqueArray(fc.constantFrom(...TERMS), { maxLength: 3 }),
    boosts: fc.array(fc.constantFrom(1, 0.5, 0.2, 0.05), { minLength: 10, maxLength: 10 }),
  })
  .map(({ clauses, scoringOnly, boosts }) => {
    const terms = [...new Set([...clauses.flat().flatMap((v) => [...v.words, ...v.grams]), ...scoringOnly])];
    return {
      terms,
      termBoost: new Map(terms.map((term) => [term, boosts[TERMS.indexOf(term)]!])),
      prefixTerms: new Set<string>(),
      clauses,
      combineWith: 'AND' as const,
    };
  });

/** The same plans with their clauses OR-ed (a sentence-like query): the candidates are every clause's drivers. */
const orPlan: fc.Arbitrary<QueryPlan> = andPlan.map((plan) => ({ ...plan, combineWith: 'OR' as const }));

describe.each([
  ['an AND plan from its rarest clause', andPlan],
  ['an OR plan from every clause', orPlan],
])('matching %s', (_name, plans) => {
  test('for any corpus and plan, the matches and their scores are those of reading every posting', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 60 }), plans, (texts, plan) => {
        const index = new PostingIndex({ fields: ['text', 'rowTitle', 'itemTitle'], tokenize: split });
        index.addAll(texts.map((text, id) => ({ id, text, rowTitle: id % 3 === 0 ? 't9' : 't0', itemTitle: '' })));
        const corpus = { grams: buildGramPostings(texts, split), size: texts.length, normalizedText: (ordinal: number) => texts[ordinal]! };
        const weights = { ...DEFAULT_WEIGHTS, grams: 0.3 };

        const fast = createPlanRunner(createPostingReader(index), corpus)(plan, weights);

        const reference = createPlanRunner(createPostingReader(index), corpus, { candidates: false })(plan, weights);
        expect(fast).toEqual(reference);
        // The matches, ascending, are the statements satisfiesPlan accepts given the terms each holds.
        const rowTitleOf = (id: number) => (id % 3 === 0 ? 't9' : 't0');
        const satisfied = texts.flatMap((text, id) => {
          const words = new Set([...split(text), rowTitleOf(id)]);
          const grams = new Set(split(text));
          const matched = { inWords: (t: string) => words.has(t), inGrams: (t: string) => grams.has(t), contains: (s: string) => text.includes(s) };
          return satisfiesPlan(plan, matched) ? [id] : [];
        });
        expect(Array.from(fast.ordinals)).toEqual(satisfied);
      }),
      { numRuns: 500 },
    );
  });
});

describe('seek', () => {
  test('for any ascending ordinals, target and start, finds the first position from the start holding at least the target', () => {
    const ascending = fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 80 }).map((values) => Int32Array.from(values).sort());
    fc.assert(
      fc.property(ascending, fc.integer({ min: -5, max: 210 }), fc.nat(90), (ordinals, target, start) => {
        const from = Math.min(start, ordinals.length);

        const found = seek(ordinals, target, from);

        let expected = from;
        while (expected < ordinals.length && ordinals[expected]! < target) expected += 1;
        expect(found).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('texts to contain, remembered between plans', () => {
  test('a text found through a one-character gram in one plan is still checked against its word in the next', () => {
    // 'zx y' contains the text 'x y' but not the word x: only a plan matching x by prefix may find it.
    const texts = ['x y', 'y', 'x', 'zx y'];
    const index = new PostingIndex({ fields: ['text', 'rowTitle', 'itemTitle'], tokenize: split });
    index.addAll(texts.map((text, id) => ({ id, text, rowTitle: 'xy', itemTitle: '' })));
    const corpus = { grams: buildGramPostings(texts, split), size: texts.length, normalizedText: (ordinal: number) => texts[ordinal]! };
    const weights = { ...DEFAULT_WEIGHTS, grams: 0.3 };
    const variant: VariantPlan = { weight: 1, words: ['x'], allWords: true, grams: [], mustContain: 'x y' };
    const plan = (prefix: boolean): QueryPlan => ({
      terms: ['x', 'y'],
      termBoost: new Map([
        ['x', 1],
        ['y', 1],
      ]),
      prefixTerms: new Set(prefix ? ['x'] : []),
      clauses: [[variant, ...(prefix ? [{ weight: 1, words: [], allWords: true, grams: ['x'], mustContain: 'x y' }] : [])]],
      combineWith: 'AND',
    });
    const shared = createPlanRunner(createPostingReader(index), corpus);

    shared(plan(true), weights);
    const after = shared(plan(false), weights);

    expect(after).toEqual(createPlanRunner(createPostingReader(index), corpus)(plan(false), weights));
    expect(Array.from(after.ordinals)).toEqual([0]);
  });
});
