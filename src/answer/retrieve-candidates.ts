/**
 * Candidate retrieval for answers: every initiative in the question's scope — and the results (column D) and reason
 * (column B) of each row, read as texts of their own — scored by how much of the subject its title and text cover,
 * with a bonus for the search engine's own ranking (which knows synonyms and word forms).
 */
import type { Initiative } from '../domain/types';
import type { SourceField } from './types';
import type { SearchEngine, SearchHit } from '../query/types';
import { contradictionTest } from './contrasts';
import { findDates, type JapaneseDate } from './japanese-dates';
import { findNumbers, type FoundNumber } from './japanese-numbers';
import { coverage, normalizeForMatch, toMatchTarget, type MatchTarget, type SubjectMatcher } from './relevance';

/** An initiative prepared once per engine: its normalised title and full text, its dates and numbers. */
export interface PreparedInitiative {
  initiative: Initiative;
  /** Which text this entry reads: the record's own (statement, metric, reason, title) or its row's results or reason. */
  field: SourceField;
  /** The text read: the initiative's text, or the row's results or reason. */
  text: string;
  /** Item title, row title and label, normalised. */
  title: MatchTarget;
  /** Title and text, normalised. */
  full: MatchTarget;
  /** For a row's results or reason: the row's statements, normalised — what the results' figures are the results of. */
  context: string;
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

interface PreparedCorpus {
  all: PreparedInitiative[];
  /** The entries of each ministry, and of each ministry's year (`ministry\tyear`), so a scoped answer reads only those. */
  byScope: Map<string, PreparedInitiative[]>;
}

const prepared = new WeakMap<SearchEngine, PreparedCorpus>();

function fieldOf(initiative: Initiative): SourceField {
  return initiative.kind === 'metric' ? 'metric' : initiative.kind === 'reason' ? 'reason' : 'statement';
}

function prepare(initiative: Initiative, field: SourceField, text: string, context = ''): PreparedInitiative {
  const title = normalizeForMatch(`${initiative.itemTitle ?? ''}${initiative.rowTitle}${initiative.label ?? ''}`);
  const dates = findDates(text);
  const counts = findNumbers(text).filter((n) => !dates.some((d) => n.start < d.end && n.end > d.start));
  const full = toMatchTarget(title + context + normalizeForMatch(text));
  return { initiative, field, text, context, title: toMatchTarget(title), full, dates, counts };
}

/** A row's results, and its reason when no record of the row carries it as text, quoted from the row's first record. */
function rowTexts(rows: Map<string, Initiative[]>): PreparedInitiative[] {
  const entries: PreparedInitiative[] = [];
  for (const records of rows.values()) {
    const [first] = records;
    if (first === undefined) continue;
    // A result rarely repeats what it is the result of (「受講率は98.0%であった」 of an eラーニング): its row says.
    const context = normalizeForMatch(
      records
        .filter((r) => r.kind === 'statement')
        .map((r) => r.text)
        .join(''),
    );
    if (first.results) entries.push(prepare(first, 'results', first.results, context));
    if (first.reason && !records.some((r) => r.kind === 'reason')) entries.push(prepare(first, 'reason', first.reason, context));
  }
  return entries;
}

/** 「…の一環として、次の取組を実施した。」: a statement that introduces the list printed under it. */
const LEAD_IN = /(次の|以下の)[^。]{0,12}(実施し(た|ている)|行っ(た|ている)|取り組んだ|とおり|通り)?[。:：]$/;

/**
 * The lead-in of each list item (an untagged statement printed under a statement that introduces a list, up to the next
 * tagged one), normalised: 「財務省再生プロジェクト」 is named by the lead-in only, what was done by its items only.
 */
function listLeadIns(rows: Map<string, Initiative[]>): Map<string, string> {
  const leadIns = new Map<string, string>();
  for (const records of rows.values()) {
    let leadIn: string | null = null;
    for (const record of [...records].sort((a, b) => a.position - b.position)) {
      if (record.kind !== 'statement') continue;
      if (record.tag !== null || leadIn === null) leadIn = LEAD_IN.test(record.text) ? normalizeForMatch(record.text) : null;
      else leadIns.set(record.id, leadIn);
    }
  }
  return leadIns;
}

function preparedCorpus(engine: SearchEngine): PreparedCorpus {
  const cached = prepared.get(engine);
  if (cached) return cached;
  const { items } = engine.list(Math.max(engine.size, 1), 0);
  const rows = new Map<string, Initiative[]>();
  for (const initiative of items) rows.set(initiative.rowKey, [...(rows.get(initiative.rowKey) ?? []), initiative]);
  const leadIns = listLeadIns(rows);
  const all = [
    ...items.map((initiative) => prepare(initiative, fieldOf(initiative), initiative.text, leadIns.get(initiative.id))),
    ...rowTexts(rows),
  ];
  const byScope = new Map<string, PreparedInitiative[]>();
  for (const p of all) {
    for (const key of [p.initiative.ministry, `${p.initiative.ministry}\t${p.initiative.fiscalYear}`, `\t${p.initiative.fiscalYear}`]) {
      const list = byScope.get(key);
      if (list) list.push(p);
      else byScope.set(key, [p]);
    }
  }
  const corpus = { all, byScope };
  prepared.set(engine, corpus);
  return corpus;
}

/** Every initiative of the engine (and every row's results and reason), prepared for matching; computed once per engine. */
export function preparedInitiatives(engine: SearchEngine): PreparedInitiative[] {
  return preparedCorpus(engine).all;
}

/** The prepared entries of a scope. */
export function preparedInScope(engine: SearchEngine, scope: Scope): PreparedInitiative[] {
  const corpus = preparedCorpus(engine);
  if (scope.ministry === null && scope.fiscalYear === null) return corpus.all;
  const key = scope.fiscalYear === null ? (scope.ministry ?? '') : `${scope.ministry ?? ''}\t${scope.fiscalYear}`;
  return corpus.byScope.get(key) ?? [];
}

/** Every record of one loaded report (statements, targets, reasons, titles), in report order; computed from the prepared entries. */
export function recordsOfReport(engine: SearchEngine, ministry: string, fiscalYear: number): Initiative[] {
  return preparedInScope(engine, { ministry, fiscalYear })
    .filter((p) => p.text === p.initiative.text && p.field !== 'results')
    .map((p) => p.initiative)
    .sort((a, b) => a.order - b.order);
}

function inScope(initiative: Pick<Initiative, 'ministry' | 'fiscalYear'>, scope: Scope): boolean {
  return (
    (scope.ministry === null || initiative.ministry === scope.ministry) && (scope.fiscalYear === null || initiative.fiscalYear === scope.fiscalYear)
  );
}

const frequencies = new WeakMap<SearchEngine, Map<string, number>>();

/** How many initiatives' texts hold a unit (df), counted once per engine and unit. */
function documentFrequency(engine: SearchEngine): (unit: string) => number {
  const all = preparedInitiatives(engine);
  let cache = frequencies.get(engine);
  if (!cache) frequencies.set(engine, (cache = new Map()));
  const known = cache;
  return (unit) => {
    let df = known.get(unit);
    if (df === undefined) {
      df = all.reduce((count, p) => count + (p.full.grams.has(unit) ? 1 : 0), 0);
      known.set(unit, df);
    }
    return df;
  };
}

/**
 * A unit's weight in this engine's corpus: 1 + ln((N + 1) / (df + 1)), where df counts the initiatives whose text
 * holds it. Units every statement has (職員) weigh about 1; rare ones (採用, 産休) several times more; units the corpus
 * lacks weigh most, so a subject the reports never mention stays unmatched.
 */
export function unitWeigher(engine: SearchEngine): (unit: string) => number {
  const n = preparedInitiatives(engine).length;
  const df = documentFrequency(engine);
  return (unit) => 1 + Math.log((n + 1) / (df(unit) + 1));
}

/** Whether some initiative's text of this engine holds the unit. */
export function unitOccurs(engine: SearchEngine): (unit: string) => boolean {
  const df = documentFrequency(engine);
  return (unit) => df(unit) > 0;
}

/**
 * One search for all scopes of a question, ranked within each scope afterwards: a search costs milliseconds on a large
 * corpus (it counts facets), and a question may be answered for ten ministries. Only the last query is kept, so a
 * question reuses its own search and never another question's. Wide enough to hold each scope's first hits.
 */
const lastSearch = new WeakMap<SearchEngine, { query: string; hits: SearchHit[] }>();
const WIDE_LIMIT = 300;

function searchOnce(engine: SearchEngine, query: string): SearchHit[] {
  const last = lastSearch.get(engine);
  if (last && last.query === query) return last.hits;
  const { results } = engine.search({ q: query, limit: WIDE_LIMIT });
  lastSearch.set(engine, { query, hits: results });
  return results;
}

/** Rank bonus by id from the search engine, ranked within the scope, given to each hit and to its duplicates' places. */
function searchRankBonus(engine: SearchEngine, query: string, scope: Scope): Map<string, number> {
  const bonus = new Map<string, number>();
  if (query.trim() === '') return bonus;
  let rank = 0;
  for (const hit of searchOnce(engine, query)) {
    const places = [hit, ...hit.alsoAt].filter((place) => inScope(place, scope));
    if (places.length === 0) continue;
    const share = SEARCH_RANK_BONUS * (1 - rank / SEARCH_LIMIT);
    for (const place of places) bonus.set(place.id, share);
    if (++rank === SEARCH_LIMIT) break;
  }
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
  const contradicts = contradictionTest(query);
  const candidates: Candidate[] = [];
  for (const p of preparedInScope(engine, scope)) {
    if (!inScope(p.initiative, scope) || !keep(p) || contradicts(p.full.text)) continue;
    const relevance = Math.min(1, coverage(matcher, p.full) + (bonus.get(p.initiative.id) ?? 0));
    if (relevance > 0) candidates.push({ ...p, relevance, titleRelevance: coverage(matcher, p.title) });
  }
  // Ties: the latest report first (a question naming no year asks about the present), then the shorter, more specific text.
  return candidates.sort(
    (a, b) => b.relevance - a.relevance || b.initiative.fiscalYear - a.initiative.fiscalYear || a.full.text.length - b.full.text.length,
  );
}
