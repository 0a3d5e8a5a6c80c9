/**
 * nDCG@10 and Recall@10 of a search engine over the judged queries. Judged substrings are resolved to
 * initiative ids at run time; a hit counts for a judgment when it, or a place it folds in (alsoAt), is one of them.
 */
import type { Initiative } from '../../src/domain/types';
import type { SearchEngine, SearchHit } from '../../src/query/types';
import type { Judgment } from './judgments';

export const CUTOFF = 10;

export interface QueryScore {
  query: string;
  kind: Judgment['kind'];
  ndcg: number;
  recall: number;
}

export interface Evaluation {
  ndcg: number;
  recall: number;
  perQuery: QueryScore[];
}

/** The ids each judged substring stands for; throws when one matches nothing or two different texts. */
export function resolveJudgment(judgment: Judgment, initiatives: Initiative[]): { ids: Set<string>; grade: number }[] {
  return Object.entries(judgment.relevant).map(([substring, grade]) => {
    const matches = initiatives.filter((initiative) => initiative.text.includes(substring));
    const texts = new Set(matches.map((initiative) => initiative.text));
    if (texts.size !== 1) {
      throw new Error(`judgment "${judgment.query}": "${substring}" matches ${texts.size} different statements`);
    }
    return { ids: new Set(matches.map((initiative) => initiative.id)), grade };
  });
}

export function dcg(grades: number[]): number {
  return grades.slice(0, CUTOFF).reduce((sum, grade, rank) => sum + (2 ** grade - 1) / Math.log2(rank + 2), 0);
}

/** nDCG@10 and Recall@10 of one ranked list against resolved judgments. */
export function scoreRanking(hits: SearchHit[], relevant: { ids: Set<string>; grade: number }[]): { ndcg: number; recall: number } {
  const unused = new Set(relevant);
  const grades = hits.slice(0, CUTOFF).map((hit) => {
    const places = [hit.id, ...hit.alsoAt.map((place) => place.id)];
    const judged = [...unused].find((entry) => places.some((id) => entry.ids.has(id)));
    if (!judged) return 0;
    unused.delete(judged);
    return judged.grade;
  });
  const ideal = dcg(relevant.map((entry) => entry.grade).sort((a, b) => b - a));
  const found = relevant.length - unused.size;
  return { ndcg: ideal === 0 ? 0 : dcg(grades) / ideal, recall: relevant.length === 0 ? 0 : found / relevant.length };
}

export function evaluate(engine: SearchEngine, judgments: Judgment[], initiatives: Initiative[]): Evaluation {
  const perQuery = judgments.map((judgment) => {
    const relevant = resolveJudgment(judgment, initiatives);
    const hits = engine.search({ q: judgment.query, limit: CUTOFF }).results;
    return { query: judgment.query, kind: judgment.kind, ...scoreRanking(hits, relevant) };
  });
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return { ndcg: mean(perQuery.map((q) => q.ndcg)), recall: mean(perQuery.map((q) => q.recall)), perQuery };
}

export function formatEvaluation(name: string, evaluation: Evaluation): string {
  return `${name.padEnd(18)} nDCG@10 ${evaluation.ndcg.toFixed(3)}  Recall@10 ${evaluation.recall.toFixed(3)}`;
}
