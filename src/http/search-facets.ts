/**
 * The facets of the search page: labels, tick links, OR-within-a-facet counts, and the ticked values as
 * removable chips. Item numbers repeat in every section, which is why several helpers look at the sections.
 */
import type { FacetName, FacetValue, Facets, SearchEngine, SearchResponse } from '../query/types';
import { selectedValues, toSearchRequest, toggleFacetHref, type SearchState } from './search-state';

/** Facets in the order an officer narrows down: who, when, where in the template, what kind. */
export const FACET_ORDER: FacetName[] = ['ministry', 'year', 'section', 'item', 'tag', 'status', 'topic'];

export const FACET_LABELS: Record<FacetName, string> = {
  ministry: '府省',
  year: '年度',
  section: '大項目',
  item: '中項目',
  tag: '区分（新規・拡充・継続）',
  status: '実施状況',
  topic: 'トピック',
};

const NONE_LABELS: Partial<Record<FacetName, string>> = { tag: '区分なし', status: '記載なし' };

export interface FacetOptionView {
  value: string;
  label: string;
  /** The engine's full label, shown as a tooltip when `label` is shorter. */
  fullLabel: string;
  count: number;
  checked: boolean;
  href: string;
}

/** The sections the current results lie in. */
export function sectionsOf(facets: Facets): string[] {
  return facets.section.filter((f) => f.count > 0).map((f) => f.value);
}

/** Shortens a title for a facet list; the whole label stays in the option's tooltip. */
const clip = (title: string, length: number) => (title.length <= length ? title : `${title.slice(0, length)}…`);

/**
 * An item number stands for that item in every section. When the results lie in one section, the label is that
 * section's item title; otherwise each section's title, clipped, so that "2" does not pretend to be one item.
 */
function itemLabel(value: FacetValue, sections: string[], engine: SearchEngine): string {
  const item = Number(value.value);
  const titles = engine.templateItems().filter((t) => t.item === item && (sections.length !== 1 || t.section === sections[0]));
  if (titles.length === 1) return `${item} ${titles[0].title}`;
  if (titles.length === 0) return value.label ?? value.value;
  return `${item} ${titles.map((t) => clip(t.title, 10)).join(' / ')}`;
}

function labelOf(facet: FacetName, value: FacetValue, sections: string[], engine: SearchEngine): string {
  if (value.value === 'none') return NONE_LABELS[facet] ?? 'なし';
  return facet === 'item' ? itemLabel(value, sections, engine) : (value.label ?? value.value);
}

/** A facet's options, keeping ticked values listed (count 0) even when the other filters leave none of them. */
function facetOptions(state: SearchState, facet: FacetName, values: FacetValue[], sections: string[], engine: SearchEngine): FacetOptionView[] {
  const selected = selectedValues(state, facet);
  const missing = selected.filter((v) => !values.some((f) => f.value === v)).map((value): FacetValue => ({ value, count: 0 }));
  return [...values, ...missing].map((value) => {
    const label = labelOf(facet, value, sections, engine);
    return {
      value: value.value,
      label,
      fullLabel: value.label ?? label,
      count: value.count,
      checked: selected.includes(value.value),
      href: toggleFacetHref(state, facet, value.value),
    };
  });
}

/**
 * Item numbers repeat in every section (4 is 超過勤務 in one, 中途採用 in another), so the item facet is offered once
 * the results lie in one section, or when an item is already ticked.
 */
export function showsItemFacet(state: SearchState, sections: string[]): boolean {
  return selectedValues(state, 'item').length > 0 || sections.length === 1;
}

/**
 * Facet counts as a user expects them when values of one facet combine with OR: a facet with ticked values is
 * counted without its own filter (one extra search per such facet), so its other values stay listed to add.
 */
function disjunctiveFacets(engine: SearchEngine, state: SearchState, response: SearchResponse): Facets {
  const facets: Facets = { ...response.facets };
  for (const name of FACET_ORDER) {
    if (selectedValues(state, name).length === 0) continue;
    const withoutOwnFilter: SearchState = { ...state, [name]: undefined, limit: 1, offset: 0 };
    facets[name] = engine.search(toSearchRequest(withoutOwnFilter)).facets[name];
  }
  return facets;
}

/** The facet lists of the page, in FACET_ORDER. */
export function buildFacetLists(engine: SearchEngine, state: SearchState, response: SearchResponse) {
  const sections = sectionsOf(response.facets);
  const counts = disjunctiveFacets(engine, state, response);
  return FACET_ORDER.filter((name) => name !== 'item' || showsItemFacet(state, sections)).map((name) => ({
    name,
    label: FACET_LABELS[name],
    options: facetOptions(state, name, counts[name], sections, engine),
  }));
}

/** The ticked values as removable chips, so the filters show above the results (and on paper, where facets do not). */
export function buildActiveFilters(engine: SearchEngine, state: SearchState, response: SearchResponse) {
  const sections = sectionsOf(response.facets);
  return FACET_ORDER.flatMap((facet) =>
    selectedValues(state, facet).map((value) => {
      const known = response.facets[facet].find((f) => f.value === value) ?? { value, count: 0 };
      return { facet: FACET_LABELS[facet], label: labelOf(facet, known, sections, engine), removeHref: toggleFacetHref(state, facet, value) };
    }),
  );
}
