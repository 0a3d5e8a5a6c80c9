/**
 * Candidate retrieval for answers: every initiative in the question's scope, scored by how much of the subject its
 * title and text cover, with a bonus for the search engine's own ranking (which knows synonyms and word forms).
 */
import type { Initiative } from '../domain/types';
import type { SearchEngine } from '../query/types';
import { findDates, type JapaneseDate } from './japanese-dates';
import { findNumbers, type FoundNumber } from './japanese-numbers';
import { coverage, normalizeForMatch, toMatchTarget, type MatchTarget, type SubjectMatcher } from './relevance';

/** An initiative prepared once per engine: its normalised title and full text, its dates and numbers. */
export interface PreparedInitiative {
  initiative: Initiative;
  /** Item title, row title and label, normalised. */
  title: MatchTarget;
  /** Title and text, normalised. */
  full: MatchTarget;
  /** Dates of the text. */
  dates: JapaneseDate[];
  /** Numbers of the text outside its dates (「令和2年」 is a date, not a count of years). */
  counts: FoundNumber[];
}

export interface Candidate extends PreparedInitiative {
  /** 0..1: subject coverage of the full text, plus the search-rank bonus, capped at 1. */
  relevance: number;
  /** 0..1: subject coverage of the title alone. */
  titleRelevance: number;
}

export interface Scope {
  ministry: string | null;
  fiscalYear: number | null;
}

/** Weight of the search engine's rank: enough to break ties between equally covering candidates, never to outvote coverage. */
const SEARCH_RANK_BONUS = 0.05;
const SEARCH_LIMIT = 30;

const prepared = new WeakMap<SearchEngine, PreparedInitiative[]>();

/** Every initiative of the engine, prepared for matching; computed once per engine (the corpus does not change under it). */
export function preparedInitiatives(engine: SearchEngine): PreparedInitiative[] {
  const cached = prepared.get(engine);
  if (cached) return cached;
  const { items } = engine.list(Math.max(engine.size, 1), 0);
  const result = items.map((initiative) => {
    const title = normalizeForMatch(`${initiative.itemTitle ?? ''}${initiative.rowTitle}${initiative.label ?? ''}`);
    const dates = findDates(initiative.text);
    const counts = findNumbers(initiative.text).filter((n) => !dates.some((d) => n.start < d.end && n.end > d.start));
    return { initiative, title: toMatchTarget(title), full: toMatchTarget(title + normalizeForMatch(initiative.text)), dates, counts };
  });
  prepared.set(engine, result);
  return result;
}

function inScope(initiative: Initiative, scope: Scope): boolean {
  return (
    (scope.ministry === null || initiative.ministry === scope.ministry) &&
    (scope.fiscalYear === null || initiative.fiscalYear === scope.fiscalYear)
  );
}

const weights = new WeakMap<SearchEngine, Map<string, number>>();

/**
 * A unit's weight in this engine's corpus: 1 + ln((N + 1) / (df + 1)), where df counts the initiatives whose text
 * holds it. Units every statement has (職員) weigh about 1; rare ones (採用, 産休) several times more; units the corpus
 * lacks weigh most, so a subject the reports never mention stays unmatched.
 */
export function unitWeigher(engine: SearchEngine): (unit: string) => number {
  const all = preparedInitiatives(engine);
  let cache = weights.get(engine);
  if (!cache) weights.set(engine, (cache = new Map()));
  const known = cache;
  return (unit) => {
    let weight = known.get(unit);
    if (weight === undefined) {
      const df = all.reduce((count, p) => count + (p.full.grams.has(unit) ? 1 : 0), 0);
      weight = 1 + Math.log((all.length + 1) / (df + 1));
      known.set(unit, weight);
    }
    return weight;
  };
}

/** Rank bonus by id from the search engine, given to each hit and to the places its duplicates stand. */
function searchRankBonus(engine: SearchEngine, query: string, scope: Scope): Map<string, number> {
  const bonus = new Map<string, number>();
  if (query.trim() === '') return bonus;
  const filters = {
    ...(scope.ministry ? { ministry: [scope.ministry] } : {}),
    ...(scope.fiscalYear ? { year: [scope.fiscalYear] } : {}),
  };
  const { results } = engine.search({ q: query, filters, limit: SEARCH_LIMIT });
  results.forEach((hit, rank) => {
    const share = SEARCH_RANK_BONUS * (1 - rank / SEARCH_LIMIT);
    bonus.set(hit.id, share);
    for (const place of hit.alsoAt) bonus.set(place.id, share);
  });
  return bonus;
}

/**
 * Candidates for a subject within a scope, best first.
 * @param keep optional filter applied before scoring (e.g. only initiatives whose text holds a date)
 */
export function retrieveCandidates(
  engine: SearchEngine,
  query: string,
  matcher: SubjectMatcher,
  scope: Scope,
  keep: (prepared: PreparedInitiative) => boolean = () => true,
): Candidate[] {
  const bonus = searchRankBonus(engine, query, scope);
  const candidates: Candidate[] = [];
  for (const p of preparedInitiatives(engine)) {
    if (!inScope(p.initiative, scope) || !keep(p)) continue;
    const relevance = Math.min(1, coverage(matcher, p.full) + (bonus.get(p.initiative.id) ?? 0));
    if (relevance > 0) candidates.push({ ...p, relevance, titleRelevance: coverage(matcher, p.title) });
  }
  // Ties: the latest report first (a question naming no year asks about the present), then the shorter, more specific text.
  return candidates.sort(
    (a, b) => b.relevance - a.relevance || b.initiative.fiscalYear - a.initiative.fiscalYear || a.full.text.length - b.full.text.length,
  );
}
