/**
 * The facets of the search page: labels, tick links, counts, and the ticked values as removable chips.
 *
 * Every count here is a count of results as the list shows them (identical statements folded into one), and it is
 * the promise of a tick: the number beside a value is the total the page (and /api/search) gives with that value as
 * the facet's only one, the other facets as they are. The engine's own facet counts count records before folding
 * (an identical statement in two years is one result but two records), so they only say which values to offer;
 * each count is the response's resultCounts (the page's search asks for them: the engine counts every value's
 * results in one pass over the matches), or, from an engine that does not count them, asked of it (a search with
 * limit 0 per value, which folds without shaping a page: 13-80 searches a page view).
 * 中項目 are listed under their 大項目, since item numbers repeat in every section.
 */
import type { FacetName, FacetValue, ResultCounts, SearchEngine, SearchResponse } from '../query/types';
import { selectedValues, toParams, toSearchRequest, toggleFacetHref, withFacetValues, type SearchState } from './search-state';

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
  /** The facet the checkbox belongs to (item for the 中項目 nested under a 大項目). */
  name: FacetName;
  value: string;
  label: string;
  /** The engine's full label, shown as a tooltip when `label` is shorter. */
  fullLabel: string;
  /** Results with this value (see the file comment). */
  count: number;
  checked: boolean;
  href: string;
  /** For a 大項目: its 中項目, each counted within that section. */
  children: FacetOptionView[];
}

export interface FacetView {
  name: FacetName;
  label: string;
  options: FacetOptionView[];
}

/** How many results the search gives with `facet` set to exactly `values`, the other filters as in `state`. */
export function countResults(engine: SearchEngine, state: SearchState, facet: FacetName, values: string[]): number {
  return engine.search({ ...toSearchRequest(withFacetValues(state, facet, values)), limit: 0, offset: 0 }).total;
}

/** Shortens a title for a facet list; the whole label stays in the option's tooltip. */
const clip = (title: string, length: number) => (title.length <= length ? title : `${title.slice(0, length)}…`);

/** The sections the results lie in. */
export function sectionsOf(response: SearchResponse): string[] {
  return response.facets.section.filter((f) => f.count > 0).map((f) => f.value);
}

/**
 * An item number stands for that item in every section: with one section in view its title there, otherwise each
 * section's title, clipped, so that "2" does not pretend to be one item.
 */
function itemLabel(value: string, sections: string[], engine: SearchEngine, fallback?: string): string {
  const item = Number(value);
  const titles = engine.templateItems().filter((t) => t.item === item && (sections.length !== 1 || t.section === sections[0]));
  if (titles.length === 1) return `${item} ${titles[0]!.title}`;
  if (titles.length === 0) return fallback ?? value;
  return `${item} ${titles.map((t) => clip(t.title, 10)).join(' / ')}`;
}

function labelOf(facet: FacetName, value: FacetValue, sections: string[], engine: SearchEngine): string {
  if (value.value === 'none') return NONE_LABELS[facet] ?? 'なし';
  return facet === 'item' ? itemLabel(value.value, sections, engine, value.label) : (value.label ?? value.value);
}

/** The values to offer for a facet: those the engine finds with the facet's own filter lifted, plus any ticked. */
function candidates(values: FacetValue[], selected: string[]): FacetValue[] {
  const missing = selected.filter((v) => !values.some((f) => f.value === v)).map((value): FacetValue => ({ value, count: 0 }));
  return [...values, ...missing];
}

function facetOptions(engine: SearchEngine, state: SearchState, facet: FacetName, response: SearchResponse): FacetOptionView[] {
  const selected = selectedValues(state, facet);
  const sections = sectionsOf(response);
  const counts = response.resultCounts;
  return candidates(response.facets[facet], selected).map((value) => {
    const label = labelOf(facet, value, sections, engine);
    return {
      name: facet,
      value: value.value,
      label,
      fullLabel: value.label ?? label,
      count: counts ? (counts.byValue[facet][value.value] ?? 0) : countResults(engine, state, facet, [value.value]),
      checked: selected.includes(value.value),
      href: toggleFacetHref(state, facet, value.value),
      children: facet === 'section' ? itemOptions(engine, state, value.value, counts) : [],
    };
  });
}

/** Whether item `item` is ticked for `section`: ticked with that section, or ticked with no section at all. */
function itemChecked(state: SearchState, section: string, item: string): boolean {
  const sections = selectedValues(state, 'section');
  return selectedValues(state, 'item').includes(item) && (sections.length === 0 || sections.includes(section));
}

/** Ticking an item under a section ticks that section too (the item number alone would mean every section's item). */
function itemToggleHref(state: SearchState, section: string, item: string): string {
  if (itemChecked(state, section, item)) return toggleFacetHref(state, 'item', item);
  const sections = selectedValues(state, 'section');
  const next = withFacetValues(state, 'section', sections.includes(section) ? sections : [...sections, section]);
  const params = toParams(withFacetValues(next, 'item', [...selectedValues(state, 'item'), item]));
  return `/?${params}`;
}

/**
 * The 中項目 of one 大項目, counted as results within that section (the other filters as they are): from the result
 * counts when the response has them (the items with results there, by number), else asked of the engine.
 */
function itemOptions(engine: SearchEngine, state: SearchState, section: string, counts: ResultCounts | undefined): FacetOptionView[] {
  const inSection = withFacetValues(withFacetValues(state, 'item', []), 'section', [section]);
  const inCounts = counts?.sections[section]?.items ?? {};
  const found: FacetValue[] = counts
    ? Object.entries(inCounts)
        .map(([value, count]) => ({ value, count, label: itemLabels(engine).get(value) }))
        .sort((a, b) => Number(a.value) - Number(b.value))
    : engine.search({ ...toSearchRequest(inSection), limit: 0, offset: 0 }).facets.item;
  const ticked = selectedValues(state, 'item').filter(() => selectedValues(state, 'section').includes(section));
  return candidates(found, ticked).map((value) => {
    const label = itemLabel(value.value, [section], engine, value.label);
    return {
      name: 'item' as const,
      value: value.value,
      label,
      fullLabel: label,
      count: counts
        ? (inCounts[value.value] ?? 0)
        : engine.search({ ...toSearchRequest(withFacetValues(inSection, 'item', [value.value])), limit: 0, offset: 0 }).total,
      checked: itemChecked(state, section, value.value),
      href: itemToggleHref(state, section, value.value),
      children: [],
    };
  });
}

const itemLabelsOf = new WeakMap<SearchEngine, Map<string, string | undefined>>();

/** The engine's label of every item value (its facets over the whole corpus), once per engine. */
function itemLabels(engine: SearchEngine): Map<string, string | undefined> {
  let labels = itemLabelsOf.get(engine);
  if (labels === undefined) itemLabelsOf.set(engine, (labels = new Map(engine.facets().item.map((value) => [value.value, value.label]))));
  return labels;
}

/** The facet lists of the page, in FACET_ORDER; 中項目 are nested in 大項目 rather than listed on their own. */
export function buildFacetLists(engine: SearchEngine, state: SearchState, response: SearchResponse): FacetView[] {
  return FACET_ORDER.filter((name) => name !== 'item').map((name) => ({
    name,
    label: name === 'section' ? '大項目・中項目' : FACET_LABELS[name],
    options: facetOptions(engine, state, name, response),
  }));
}

/** The ticked values as removable chips, so the filters show above the results (and on paper, where facets do not). */
export function buildActiveFilters(engine: SearchEngine, state: SearchState, response: SearchResponse) {
  const sections = selectedValues(state, 'section').length > 0 ? selectedValues(state, 'section') : sectionsOf(response);
  return FACET_ORDER.flatMap((facet) =>
    selectedValues(state, facet).map((value) => {
      const known = response.facets[facet].find((f) => f.value === value) ?? { value, count: 0 };
      return { facet: FACET_LABELS[facet], label: labelOf(facet, known, sections, engine), removeHref: toggleFacetHref(state, facet, value) };
    }),
  );
}
