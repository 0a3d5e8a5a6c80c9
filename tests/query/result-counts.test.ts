import { buildIndex } from '../../src/indexing/build-index';
import { createSearchEngine, type CountingSearchEngine } from '../../src/query/search-engine';
import { FACET_NAMES, type FacetName, type SearchFilters } from '../../src/query/types';
import { makeFixtureCorpus, makeInitiative } from './fixtures';
import { createTestAnalyzer } from './test-analyzer';

function fixtureEngine(): CountingSearchEngine {
  const analyzer = createTestAnalyzer();
  const corpus = [
    ...makeFixtureCorpus(),
    // The same statement in another year: one result where both match, one in each year.
    makeInitiative({ text: '【継続】超過勤務の縮減を図った。', fiscalYear: 2021, fiscalYearLabel: '令和3年度', duplicateGroup: 'dup-b' }),
    makeInitiative({ text: '【継続】超過勤務の縮減を図った。', duplicateGroup: 'dup-b' }),
  ];
  const built = buildIndex(corpus, analyzer, (i) => (i.text.includes('ワーク') ? ['テレワーク・デジタル化'] : []));
  return createSearchEngine({ ...built, analyzer });
}

const asFilter = (facet: FacetName, value: string) => (facet === 'item' || facet === 'year' ? Number(value) : value);

/** Every count as the search page asked it before: a search per value, with the value as its facet's only one. */
function countsBySearching(engine: CountingSearchEngine, q: string, filters: SearchFilters) {
  const total = (with_: SearchFilters) => engine.search({ q, filters: { ...filters, ...with_ }, limit: 0 }).total;
  const all = engine.facets();
  const byValue = Object.fromEntries(
    FACET_NAMES.map((facet) => [
      facet,
      Object.fromEntries(all[facet].map(({ value }) => [value, total({ [facet]: [asFilter(facet, value)] })]).filter(([, count]) => count !== 0)),
    ]),
  );
  const sections = Object.fromEntries(
    all.section
      .map(({ value: section }) => {
        const inSection = (item: number[] | undefined) => total({ section: [section] as SearchFilters['section'], item });
        const items = Object.fromEntries(all.item.map(({ value }) => [value, inSection([Number(value)])]).filter(([, count]) => count !== 0));
        return [section, { total: inSection(undefined), items }] as const;
      })
      .filter(([, counts]) => counts.total !== 0),
  );
  return { byValue, sections };
}

describe('search › resultCounts', () => {
  const engine = fixtureEngine();

  test.each([
    ['', {}],
    ['超過勤務', {}],
    ['超過勤務', { year: [2021] }],
    ['休暇', { item: [6] }],
    ['環境', { tag: ['新規'], ministry: ['架空庁'] }],
    ['テレワーク', { section: ['働き方改革'], item: [4] }],
  ] as [string, SearchFilters][])('for %j with filters %j, each count equals the total of a search with that value', (q, filters) => {
    const response = engine.search({ q, filters, limit: 0, resultCounts: true });

    expect(response.resultCounts).toEqual(countsBySearching(engine, q, filters));
  });

  test('an identical statement in two years is one result overall and one in each year', () => {
    const response = engine.search({ q: '超過勤務', resultCounts: true });

    const years = response.resultCounts!.byValue.year;
    expect(years['2020']! + years['2021']!).toBe(response.total + 1);
  });

  test('without resultCounts in the request, the response has none and its other fields are unchanged', () => {
    const plain = engine.search({ q: '休暇' });

    const counted = engine.search({ q: '休暇', resultCounts: true });

    expect(plain.resultCounts).toBeUndefined();
    expect({ ...counted, resultCounts: undefined }).toEqual(plain);
  });
});
