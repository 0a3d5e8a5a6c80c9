/**
 * Similar initiatives: the statement's own content words searched as one OR query, so BM25 weighs
 * each shared word by how distinctive it is in the corpus; never the statement itself or a copy of it.
 */
import { AppError } from '../domain/errors';
import { ordinalOfHit, TERM_SEPARATOR } from '../indexing/index-options';
import type { Corpus } from './corpus';
import { groupDuplicates, toSearchHit } from './hits';
import type { EngineContext } from './search';
import type { SearchHit, SimilarOptions } from './types';

const DEFAULT_SIMILAR_LIMIT = 5;

export function findSimilar(context: EngineContext, id: string, options: SimilarOptions = {}): SearchHit[] {
  const { corpus, analyzer, miniSearch } = context;
  const ordinal = requireOrdinal(corpus, id);
  const self = corpus.initiatives[ordinal]!;
  const terms = [...new Set(analyzer.wordTerms(self.text))];
  if (terms.length === 0) return [];
  const results = miniSearch.search(
    { queries: [terms.join(TERM_SEPARATOR)], combineWith: 'OR' },
    { fields: ['text', 'rowTitle'], boost: { text: 2, rowTitle: 0.5 } },
  );
  const ownText = corpus.normalizedText(ordinal);
  const candidates = results
    .map((result) => ({ ordinal: ordinalOfHit(result), score: result.score }))
    .filter(({ ordinal: other }) => other !== ordinal)
    .filter(({ ordinal: other }) => !isCopy(corpus, other, self.duplicateGroup, ownText))
    .filter(({ ordinal: other }) => {
      const initiative = corpus.initiatives[other]!;
      if (options.otherMinistries && initiative.ministry === self.ministry) return false;
      if (options.otherYears && initiative.fiscalYear === self.fiscalYear) return false;
      return true;
    });
  const limit = options.limit ?? DEFAULT_SIMILAR_LIMIT;
  const needles = terms.filter((term) => term.length > 1);
  return groupDuplicates(corpus, candidates)
    .slice(0, limit)
    .map((hit) => toSearchHit(corpus, hit, needles));
}

function isCopy(corpus: Corpus, other: number, group: string | null, ownText: string): boolean {
  const initiative = corpus.initiatives[other]!;
  if (group !== null && initiative.duplicateGroup === group) return true;
  return corpus.normalizedText(other) === ownText;
}

/** The ordinal of an initiative id, or INITIATIVE_NOT_FOUND naming it. */
export function requireOrdinal(corpus: Corpus, id: string): number {
  const ordinal = corpus.ordinalOf.get(id);
  if (ordinal === undefined) throw new AppError('INITIATIVE_NOT_FOUND', `no initiative with id ${id}`, { field: 'id' });
  return ordinal;
}
