/**
 * Query analysis: quoted phrases, one clause per concept (a concept label or synonym phrase, or a content
 * word), each with its word terms, n-grams and the alternatives expansion adds (synonyms, narrower and
 * related concepts), each marked with its relation.
 */
import { asksAcrossYears, asksForFigures, asksForReasons, asksWhichMinistry, withoutYearlyWording } from './figure-intent';
import type { AnalyzedQuery, QueryAlternative, QueryClause, QueryExpansion } from './types';
import type { KuromojiToken } from './load-tokenizer';
import { QUESTION_WORDS, pickContentWords } from './word-terms';
import type { Expansion, ExpansionIndex } from './expansion-index';
import { queryNgrams } from './ngram-terms';
import { foldLongVowels } from './normalize-text';

/** What query analysis needs from the analyser, so it can be tested with any tokenizer. */
export interface QueryAnalysisTools {
  /** Full normalisation (long vowels folded): the form surfaces and synonym keys take. */
  normalize(text: string): string;
  /** Normalisation without long-vowel folding: the form kuromoji reads best. */
  normalizeForTokens(text: string): string;
  tokenize(normalizedText: string): KuromojiToken[];
  expansions: ExpansionIndex;
}

type Alternative = QueryAlternative;

/** Double quotes (ASCII after NFKC, or typographic) mark exact phrases; 「」 are ordinary prose quotes. */
const QUOTED = /"([^"]*)"|“([^”]*)”/g;
/** A synonym phrase spans at most this many tokens (男の産休 is three; 妊娠・出産・育児休業等に関するハラスメント eleven). */
const MAX_PHRASE_TOKENS = 12;
/**
 * Analysed queries are remembered, most recently used last: people repeat queries (paging, facets, the same
 * example searches), and analysis was a quarter of a query's time at 1x. Bounded in entries, and a query longer
 * than MAX_CACHED_QUERY_LENGTH is not kept, so the cache holds at most ~1,000 × (256 characters + its clauses).
 */
export const MAX_CACHED_QUERIES = 1_000;
const MAX_CACHED_QUERY_LENGTH = 256;
/** An ASCII word (after normalisation): kuromoji reads it as one unknown token with itself as base form. */
const ASCII_WORD = /^[a-z]{2,}$/;

export interface QueryAnalysisOptions {
  /** How many analysed queries to remember (0: none); MAX_CACHED_QUERIES by default. */
  cacheSize?: number;
  /** Read a lone ASCII word without kuromoji (default true); false is the reference the shortcut is tested against. */
  asciiShortcut?: boolean;
}

/** Words for a measure in general, which say what kind of thing is asked for, not what about (see withoutGenericHeads). */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['対策', '施策', '方策']);

/**
 * Light nouns of help and outreach that, after への / に対する / に向けた / のための, name no topic of their own: 「子育て中の
 * 職員への支援」「管理職への働きかけ」 ask for what is done for those people, which the reports describe (セミナー,
 * 面談, 制度の周知) without the word. As a required clause such a head left out every statement not printing it.
 */
const LIGHT_HEADS: ReadonlySet<string> = new Set(['支援', '働きかけ', '働き掛け', 'サポート', 'フォロー', 'ケア', '配慮', '対応']);
/** The particles of 「XへのY」「Xに対するY」「Xに向けたY」「XのためのY」, as kuromoji cuts them. */
const TOWARDS = ['への', 'に対する', 'に対して', 'に向けた', 'に向けて', 'のための', 'のため'];

/** Creates analyzeQuery; alternatives are analysed once per expansion and cached, and so are whole queries. */
export function createQueryAnalysis(tools: QueryAnalysisTools, options: QueryAnalysisOptions = {}): (query: string) => AnalyzedQuery {
  const cacheSize = options.cacheSize ?? MAX_CACHED_QUERIES;
  const asciiShortcut = options.asciiShortcut ?? true;
  const alternativeCache = new WeakMap<Expansion, Alternative>();
  // Alternatives carry normalised surfaces (for matching); the user is shown the data file's spelling.
  const displayForms = new WeakMap<Alternative, string>();
  const queryCache = new Map<string, AnalyzedQuery>();
  /** Set while analysing one query: whether a part of it reads as a sentence (see isSentenceToken). */
  let sentenceLike = false;

  return function analyzeQueryCached(raw: string): AnalyzedQuery {
    const cached = queryCache.get(raw);
    if (cached !== undefined) {
      queryCache.delete(raw);
      queryCache.set(raw, cached);
      return cached;
    }
    const analyzed = deepFreeze(analyzeQuery(raw));
    if (cacheSize > 0 && raw.length <= MAX_CACHED_QUERY_LENGTH) {
      if (queryCache.size >= cacheSize) queryCache.delete(queryCache.keys().next().value!);
      queryCache.set(raw, analyzed);
    }
    return analyzed;
  };

  function analyzeQuery(raw: string): AnalyzedQuery {
    const phrases: string[] = [];
    const rest = withoutYearlyWording(raw).replace(QUOTED, (_match, ascii?: string, typographic?: string) => {
      const phrase = tools.normalize(ascii ?? typographic ?? '');
      if (phrase !== '' && !phrases.includes(phrase)) phrases.push(phrase);
      return ' ';
    });
    // Split before normalising: a space the user typed between two words separates them, unlike a PDF's stray space.
    const parts = rest
      .split(/[\s"“”]+/)
      .map((part) => tools.normalizeForTokens(part))
      .filter((part) => part !== '');
    const clauses = phrases.map((phrase) => clauseOf(phrase, tokenTerms(phrase), [], null));
    sentenceLike = false;
    for (const part of parts) clauses.push(...clausesOfPart(part));
    if (clauses.length === 0) clauses.push(...fallbackClauses(parts));
    const unique = withoutGenericHeads(dedupeClauses(clauses));
    const expansions: QueryExpansion[] = unique.flatMap((clause) =>
      clause.alternatives.map((alt) => ({
        surface: displayForms.get(alt) ?? alt.surface,
        clause: clause.surface,
        relation: alt.relation,
        concept: alt.concept,
      })),
    );
    const expanded = [...new Set(expansions.map((expansion) => expansion.surface))];
    const normalized = [...phrases.map((phrase) => `"${phrase}"`), ...parts.map((part) => tools.normalize(part))].join(' ');
    return {
      raw,
      normalized,
      clauses: unique,
      phrases,
      expanded,
      expansions,
      sentenceLike,
      asksForFigures: asksForFigures(raw),
      asksAcrossYears: asksAcrossYears(raw),
      asksForReasons: asksForReasons(raw),
      asksWhichMinistry: asksWhichMinistry(raw),
    };
  }

  /**
   * 「残業対策」「テレワークの施策」: 対策, 施策 and 方策 name measures in general — what the query asks for is the rest.
   * The reports call every measure a 取組 and never print these words, so a query that needed them found nothing.
   * Kept when nothing else is left (a query of 対策 alone) and when part of a concept's label (ハラスメント対策).
   */
  function withoutGenericHeads(clauses: QueryClause[]): QueryClause[] {
    const rest = clauses.filter((clause) => !(GENERIC_HEADS.has(clause.surface) && clause.alternatives.length === 0));
    return rest.length > 0 ? rest : clauses;
  }

  /** Greedy left to right: the longest token span that is a synonym key, else one content word. */
  function clausesOfPart(part: string): QueryClause[] {
    const ascii = asciiShortcut ? asciiWordClause(part) : null;
    if (ascii !== null) return [ascii];
    const tokens = tools.tokenize(part);
    const words = pickContentWords(tokens, { extraStopWords: QUESTION_WORDS });
    const clauses: QueryClause[] = [];
    let covered = 0;
    let lastStart = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (i < covered) continue;
      lastStart = i;
      const span = longestSynonymSpan(tokens, i);
      // A verb inside a concept's label (見える化, 働き方) does not make the query a sentence.
      if (span === null && isSentenceToken(tokens[i]!)) sentenceLike = true;
      if (span !== null) {
        const terms = words.filter((w) => w.from >= i && w.to <= span.end).map((w) => w.term);
        clauses.push(clauseOf(span.key, terms, alternativesOf(span.key), conceptOf(span.key)));
        covered = span.end;
        continue;
      }
      const word = words.find((w) => w.from === i);
      if (!word) continue;
      const surface = foldLongVowels(
        tokens
          .slice(word.from, word.to)
          .map((t) => t.surface_form)
          .join(''),
      );
      const bySurface = alternativesOf(surface);
      const key = bySurface.length > 0 ? surface : word.term;
      const synonyms = bySurface.length > 0 ? bySurface : alternativesOf(word.term);
      clauses.push(clauseOf(surface, [word.term], synonyms, conceptOf(key), stem(surface)));
      covered = word.to;
    }
    return withoutLightHead(clauses, tokens, lastStart);
  }

  /**
   * The part's last clause dropped when it is a light head after への and the like (LIGHT_HEADS), others being left. In
   * a sentence (「子育て中の職員を部下に持つ上司への支援」) every clause is optional and ranks: there it stays.
   */
  function withoutLightHead(clauses: QueryClause[], tokens: KuromojiToken[], lastStart: number): QueryClause[] {
    const last = clauses[clauses.length - 1];
    if (sentenceLike || clauses.length < 2 || last === undefined || !LIGHT_HEADS.has(last.surface)) return clauses;
    let before = '';
    for (let i = lastStart - 1; i >= 0 && i >= lastStart - 3; i--) {
      before = tokens[i]!.surface_form + before;
      if (TOWARDS.includes(before)) return clauses.slice(0, -1);
    }
    return clauses;
  }

  /**
   * One ASCII word (WLB, rpa, 2024) without a kuromoji pass: kuromoji gives it as one token, its own base form,
   * so the clause is the word itself with its synonyms (tests/analysis/analyze-query.test.ts checks the two agree).
   */
  function asciiWordClause(part: string): QueryClause | null {
    const word = tools.normalize(part);
    if (!ASCII_WORD.test(word) || word !== part) return null;
    return clauseOf(word, [word], alternativesOf(word), conceptOf(word), stem(word));
  }

  function longestSynonymSpan(tokens: KuromojiToken[], start: number): { key: string; end: number } | null {
    let text = '';
    let best: { key: string; end: number } | null = null;
    for (const [offset, token] of tokens.slice(start, start + MAX_PHRASE_TOKENS).entries()) {
      const end = start + offset + 1;
      text += token.surface_form;
      // Token surfaces are normalised already but for the long-vowel step, which may drop a ー here.
      const key = foldLongVowels(text);
      if (!tools.expansions.hasKeyStartingWith(key) && !tools.expansions.hasKeyStartingWith(text)) break;
      if (tools.expansions.isSpan(key)) best = { key, end };
    }
    return best;
  }

  function conceptOf(key: string): string | null {
    return tools.expansions.conceptOf(key)?.prefLabel ?? null;
  }

  function alternativesOf(key: string): Alternative[] {
    return tools.expansions.lookup(key).map(analyseAlternative);
  }

  function analyseAlternative(expansion: Expansion): Alternative {
    // The index's Expansion objects are stable, so they key the cache without building a string per query.
    const cached = alternativeCache.get(expansion);
    if (cached) return cached;
    const display = expansion.surface;
    const surface = tools.normalize(display);
    const alternative: Alternative = {
      surface,
      words: tokenTerms(display),
      ngrams: queryNgrams(surface),
      source: expansion.source,
      relation: expansion.relation,
      concept: expansion.concept,
    };
    alternativeCache.set(expansion, alternative);
    displayForms.set(alternative, display);
    return alternative;
  }

  function tokenTerms(text: string): string[] {
    return pickContentWords(tools.tokenize(tools.normalizeForTokens(text))).map((word) => word.term);
  }

  /** When a query holds nothing but function words (「どう？」), search its characters rather than nothing. */
  function fallbackClauses(parts: string[]): QueryClause[] {
    return parts
      .map((part) => tools.normalize(part))
      .filter((part) => queryNgrams(part).length > 0)
      .map((part) => clauseOf(part, [], [], null));
  }
}

/** A verb, adjective, auxiliary or question word: the query is a sentence or question, not a list of terms. */
function isSentenceToken(token: KuromojiToken): boolean {
  return (
    token.pos === '動詞' ||
    token.pos === '形容詞' ||
    token.pos === '助動詞' ||
    QUESTION_WORDS.has(token.basic_form) ||
    QUESTION_WORDS.has(token.surface_form)
  );
}

function clauseOf(surface: string, words: string[], alternatives: Alternative[], concept: string | null, ngramSource = surface): QueryClause {
  return { surface, words: [...new Set(words)], ngrams: queryNgrams(ngramSource), alternatives, concept };
}

/** 働い → 働: an inflected surface's n-grams should not demand its ending (働き方 has no 働い). */
function stem(surface: string): string {
  const stripped = surface.replace(/[\u3041-\u3096]+$/, '');
  return stripped === '' ? surface : stripped;
}

/** Cached analyses are shared between callers: frozen, so that none can change another's. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function dedupeClauses(clauses: QueryClause[]): QueryClause[] {
  const seen = new Set<string>();
  return clauses.filter((clause) => {
    if (seen.has(clause.surface)) return false;
    seen.add(clause.surface);
    return true;
  });
}
