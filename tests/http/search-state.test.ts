import { SearchPageQuery } from '../../src/http/schemas';
import { exportHrefs, searchHref, toggleFacetHref } from '../../src/http/search-state';

const stateOf = (query: Record<string, string | string[]>) => SearchPageQuery.parse(query);

describe('search state in the URL', () => {
  it('when only defaults are set, links to the bare search page', () => {
    expect(searchHref(stateOf({}))).toBe('/');
  });

  it('when ticking a facet value, adds it and goes back to the first page', () => {
    const state = stateOf({ q: 'テレワーク', tag: '新規', offset: '20' });

    const href = toggleFacetHref(state, 'tag', '拡充');

    const params = new URLSearchParams(href.slice(2));
    expect(params.getAll('tag')).toEqual(['新規', '拡充']);
    expect(params.get('q')).toBe('テレワーク');
    expect(params.has('offset')).toBe(false);
  });

  it('when unticking the only value of a facet, removes the facet from the URL', () => {
    const state = stateOf({ q: 'テレワーク', year: '2020' });

    expect(toggleFacetHref(state, 'year', '2020')).toBe(`/?q=${encodeURIComponent('テレワーク')}`);
  });

  it('when exporting, CSV keeps the filters but not the page, JSON asks for 100', () => {
    const state = stateOf({ q: 'x', ministry: 'テスト省', offset: '40', limit: '10' });

    const { csv, json } = exportHrefs(state);

    expect(csv).toBe(`/api/search.csv?q=x&ministry=${encodeURIComponent('テスト省')}`);
    expect(json).toBe(`/api/search?q=x&ministry=${encodeURIComponent('テスト省')}&limit=100`);
  });
});
