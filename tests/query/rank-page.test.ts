import fc from 'fast-check';
import type { Scored } from '../../src/query/hits';
import { precedenceOf, rankPage, type Matches } from '../../src/query/rank-page';
import type { SortOrder } from '../../src/query/types';
import { makeInitiative } from './fixtures';

const DOCUMENTS = 40;
/** Enough for pages longer than the insertion-sorted selection and shorter than the matches (the heap). */
const MANY = 400;
const initiatives = Array.from({ length: MANY }, (_, ordinal) => makeInitiative({ fiscalYear: 2018 + (ordinal % 3) }));

/** The plain way: sort every match, keep the first of each group, slice the page. */
function sortFoldSlice(groupOf: Int32Array, matches: Scored[], sort: SortOrder, offset: number, limit: number, reportOrder = false) {
  const precedes = precedenceOf({ initiatives }, sort, reportOrder);
  const sorted = [...matches].sort((a, b) => (precedes(a.ordinal, a.score, b.ordinal, b.score) ? -1 : 1));
  const seen = new Set<number>();
  const folded = sorted.filter(({ ordinal }) => {
    const group = groupOf[ordinal]!;
    if (group < 0) return true;
    if (seen.has(group)) return false;
    seen.add(group);
    return true;
  });
  return { total: folded.length, page: folded.slice(offset, offset + limit) };
}

function asMatches(scored: Scored[]): Matches {
  return { ordinals: Int32Array.from(scored, (s) => s.ordinal), scores: Float64Array.from(scored, (s) => s.score) };
}

describe('rankPage', () => {
  test('for any matches, groups, sort and page, equals sorting everything, folding duplicates and slicing', () => {
    const match = fc.record({ ordinal: fc.integer({ min: 0, max: DOCUMENTS - 1 }), score: fc.integer({ min: 0, max: 5 }) });
    const matches = fc.uniqueArray(match, { selector: (m) => m.ordinal, maxLength: DOCUMENTS });
    const groups = fc.array(fc.integer({ min: -1, max: 5 }), { minLength: DOCUMENTS, maxLength: DOCUMENTS });
    const sort = fc.constantFrom<SortOrder>('relevance', 'year-desc', 'year-asc');
    fc.assert(
      fc.property(matches, groups, sort, fc.nat(30), fc.integer({ min: 0, max: 100 }), (scored, groupList, order, offset, limit) => {
        const groupOf = Int32Array.from(groupList);

        const ranked = rankPage({ groupOf, groupCount: 6 }, asMatches(scored), null, precedenceOf({ initiatives }, order, false), offset, limit);

        expect(ranked).toEqual(sortFoldSlice(groupOf, scored, order, offset, limit));
      }),
      { numRuns: 2000 },
    );
  });

  test('for many matches and pages of up to 200, equals sorting everything, folding duplicates and slicing', () => {
    const match = fc.record({ ordinal: fc.integer({ min: 0, max: MANY - 1 }), score: fc.integer({ min: 0, max: 20 }) });
    const matches = fc.uniqueArray(match, { selector: (m) => m.ordinal, minLength: 100, maxLength: MANY });
    const groups = fc.array(fc.integer({ min: -1, max: 30 }), { minLength: MANY, maxLength: MANY });
    const sort = fc.constantFrom<SortOrder>('relevance', 'year-desc', 'year-asc');
    fc.assert(
      fc.property(matches, groups, sort, fc.nat(60), fc.integer({ min: 0, max: 140 }), (scored, groupList, order, offset, limit) => {
        const groupOf = Int32Array.from(groupList);
        const corpus = { groupOf, groupCount: 31 };
        const precedes = precedenceOf({ initiatives }, order, false);

        const ranked = rankPage(corpus, asMatches(scored), null, precedes, offset, limit);
        const again = rankPage(corpus, asMatches(scored), null, precedes, offset, limit);

        expect(ranked).toEqual(sortFoldSlice(groupOf, scored, order, offset, limit));
        expect(again).toEqual(ranked);
      }),
      { numRuns: 300 },
    );
  });

  test('in report order (the empty query), in order or not, equals sorting everything, folding duplicates and slicing', () => {
    const match = fc.record({ ordinal: fc.integer({ min: 0, max: MANY - 1 }), score: fc.integer({ min: 0, max: 3 }) });
    const matches = fc.uniqueArray(match, { selector: (m) => m.ordinal, maxLength: MANY });
    const groups = fc.array(fc.integer({ min: -1, max: 30 }), { minLength: MANY, maxLength: MANY });
    fc.assert(
      fc.property(matches, groups, fc.boolean(), fc.nat(60), fc.integer({ min: 0, max: 140 }), (scored, groupList, sorted, offset, limit) => {
        const groupOf = Int32Array.from(groupList);
        // Matches come in report order from the index (the listing skips ordering them); shuffled ones are ordered.
        const given = sorted ? [...scored].sort((a, b) => a.ordinal - b.ordinal) : scored;

        const ranked = rankPage({ groupOf, groupCount: 31 }, asMatches(given), null, precedenceOf({ initiatives }, 'relevance', true), offset, limit);

        expect(ranked).toEqual(sortFoldSlice(groupOf, given, 'relevance', offset, limit, true));
      }),
      { numRuns: 500 },
    );
  });

  test('limit 0 › counts the folded results and returns an empty page', () => {
    const matches = [
      { ordinal: 0, score: 1 },
      { ordinal: 1, score: 2 },
    ];

    const ranked = rankPage(
      { groupOf: Int32Array.from([-1, -1]), groupCount: 0 },
      asMatches(matches),
      null,
      precedenceOf({ initiatives }, 'relevance', false),
      0,
      0,
    );

    expect(ranked).toEqual({ total: 2, page: [] });
  });

  test('filtered matches › a match failing a filter neither counts nor stands for its group', () => {
    const groupOf = Int32Array.from([0, 0, -1]);
    const matches = asMatches([
      { ordinal: 0, score: 1 },
      { ordinal: 1, score: 5 },
      { ordinal: 2, score: 3 },
    ]);

    const ranked = rankPage(
      { groupOf, groupCount: 1 },
      matches,
      Int8Array.from([-1, 2, -1]),
      precedenceOf({ initiatives }, 'relevance', false),
      0,
      10,
    );

    expect(ranked).toEqual({
      total: 2,
      page: [
        { ordinal: 2, score: 3 },
        { ordinal: 0, score: 1 },
      ],
    });
  });

  test('when two identical statements match, the better-scored one stands for both and is counted once', () => {
    const groupOf = Int32Array.from([0, -1, 0]);
    const matches = [
      { ordinal: 0, score: 1 },
      { ordinal: 1, score: 2 },
      { ordinal: 2, score: 3 },
    ];

    const ranked = rankPage({ groupOf, groupCount: 1 }, asMatches(matches), null, precedenceOf({ initiatives }, 'relevance', false), 0, 10);

    expect(ranked).toEqual({
      total: 2,
      page: [
        { ordinal: 2, score: 3 },
        { ordinal: 1, score: 2 },
      ],
    });
  });
});
