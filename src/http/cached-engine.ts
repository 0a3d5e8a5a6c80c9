/**
 * The index never changes while the service runs, so the answer to a search is a pure function of the request:
 * remembering recent answers (least recently used first out) serves repeated queries — a results page and its
 * next page, the popular topics — without searching again. Responses are shared, so callers must not mutate them.
 */
import type { SearchEngine, SearchRequest, SearchResponse, TimelineResponse } from '../query/types';

const DEFAULT_CAPACITY = 500;

/** A Map keeps insertion order, so re-inserting on use makes its first key the least recently used. */
function createLru<V>(capacity: number): (key: string, make: () => V) => V {
  const entries = new Map<string, V>();
  return (key, make) => {
    const cached = entries.get(key);
    if (cached !== undefined) {
      entries.delete(key);
      entries.set(key, cached);
      return cached;
    }
    const value = make();
    entries.set(key, value);
    if (entries.size > capacity) entries.delete(entries.keys().next().value as string);
    return value;
  };
}

/** The engine with search and timeline answers remembered; every other method is the engine's own. */
export function withResultCache(engine: SearchEngine, capacity = DEFAULT_CAPACITY): SearchEngine {
  const searches = createLru<SearchResponse>(capacity);
  const timelines = createLru<TimelineResponse>(capacity);
  const cached: Pick<SearchEngine, 'search' | 'timeline'> = {
    search: (request: SearchRequest) => searches(JSON.stringify(request), () => engine.search(request)),
    timeline: (request) => timelines(JSON.stringify(request), () => engine.timeline(request)),
  };
  // Inherit from the engine rather than spread it: its methods may live on a prototype or read `this`.
  return Object.assign(Object.create(engine) as SearchEngine, cached);
}
