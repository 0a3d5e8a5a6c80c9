/**
 * The second judged set (queries.json): loads and validates it, builds its corpus, resolves each judged statement key
 * to initiative ids, and scores an engine with nDCG@10 and Recall@100 per kind and overall on one split.
 * Written before the concept-search work of issue 10 and independently of it; see README.md beside this file.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Initiative } from '../../../src/domain/types';
import { projectRoot } from '../../../src/domain/paths';
import { ingestDirectory } from '../../../src/ingest';
import type { SearchEngine, SearchHit } from '../../../src/query/types';
import { dcg } from '../evaluate';

export const QUERY_KINDS = ['exact', 'synonym', 'abbreviation', 'concept', 'typo-kana', 'question', 'cross-year'] as const;
export const QueryKind = z.enum(QUERY_KINDS);
export type QueryKind = z.infer<typeof QueryKind>;

export const Split = z.enum(['dev', 'heldout']);
export type Split = z.infer<typeof Split>;

/** A statement named so that it survives id changes: its report file and its exact text or a prefix of it. */
export const StatementKey = z.object({ file: z.string().min(1), text: z.string().min(1) });
export type StatementKey = z.infer<typeof StatementKey>;

export const Judgment = StatementKey.extend({ grade: z.union([z.literal(1), z.literal(2), z.literal(3)]) });
export type Judgment = z.infer<typeof Judgment>;

export const JudgedQuery = z
  .object({
    id: z.string().regex(/^[a-z-]+-\d{2}$/),
    query: z.string().min(1),
    kind: QueryKind,
    split: Split,
    /** The reports never touch the topic: the right answer is no result. */
    expectNone: z.boolean().optional(),
    /** Who would type it and what they want, in a few words. */
    intent: z.string().optional(),
    relevant: z.array(Judgment),
  })
  .refine((q) => (q.expectNone === true ? q.relevant.length === 0 : q.relevant.length > 0), {
    message: 'a query expecting none has no judgments; every other query has at least one',
  });
export type JudgedQuery = z.infer<typeof JudgedQuery>;

export const JudgedSet = z.object({
  version: z.literal(1),
  /** Report files (repository-relative) ingested together; a sidecar <file>.meta.json beside one is copied with it. */
  corpus: z.array(z.string().min(1)).min(3),
  queries: z.array(JudgedQuery).min(60),
});
export type JudgedSet = z.infer<typeof JudgedSet>;

/** The judged set as committed, validated; throws naming the first bad field. */
export function loadJudgedSet(path = join(projectRoot(), 'tests/quality/v2/queries.json')): JudgedSet {
  return JudgedSet.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The set's corpus: its report files copied (with their sidecars) into one temporary folder and ingested together. */
export async function loadCorpus(set: JudgedSet): Promise<Initiative[]> {
  const folder = mkdtempSync(join(tmpdir(), 'torikumi-v2-'));
  try {
    for (const file of set.corpus) {
      const source = join(projectRoot(), file);
      copyFileSync(source, join(folder, basename(file)));
      if (existsSync(`${source}.meta.json`)) copyFileSync(`${source}.meta.json`, join(folder, `${basename(file)}.meta.json`));
    }
    const { reports, failures } = await ingestDirectory(folder);
    if (failures.length > 0) throw new Error(`v2 corpus failed to ingest: ${failures.map((f) => f.error.message).join('; ')}`);
    return reports.flatMap((report) => report.initiatives);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The initiatives a key names: those of its file whose text is the key's text, else those whose text starts with it. */
export function matchKey(key: StatementKey, initiatives: Initiative[]): Initiative[] {
  const ofFile = initiatives.filter((i) => i.source === key.file);
  const exact = ofFile.filter((i) => i.text === key.text);
  return exact.length > 0 ? exact : ofFile.filter((i) => i.text.startsWith(key.text));
}

/** One unit of relevance: a statement with every identical copy the engine folds into one hit (corpus-wide). */
export interface RelevantUnit {
  ids: Set<string>;
  grade: number;
}

/** Keys of a set that do not name exactly one statement of the corpus (identical copies count as one), as 「id file 「text」」. */
export function unresolvedKeys(set: JudgedSet, initiatives: Initiative[]): string[] {
  return set.queries.flatMap((q) =>
    q.relevant.filter((j) => new Set(matchKey(j, initiatives).map((i) => i.text)).size !== 1).map((j) => `${q.id} ${j.file} 「${j.text}」`),
  );
}

/** Keys judged twice within one query, as 「id file\ttext」. */
export function repeatedKeys(set: JudgedSet): string[] {
  return set.queries.flatMap((q) => {
    const keys = q.relevant.map((j) => `${j.file}\t${j.text}`);
    return keys.filter((k, i) => keys.indexOf(k) !== i).map((k) => `${q.id} ${k}`);
  });
}

/**
 * The units a query's judgments stand for. A key must name exactly one distinct text; keys whose statements are
 * identical (same duplicate group, e.g. a 【継続】 paragraph repeated over years) merge into one unit at the higher
 * grade, because the engine shows them as one hit with `alsoAt`.
 */
export function resolveJudgments(query: JudgedQuery, initiatives: Initiative[]): RelevantUnit[] {
  const byGroup = new Map<string, string[]>();
  for (const i of initiatives) if (i.duplicateGroup) byGroup.set(i.duplicateGroup, [...(byGroup.get(i.duplicateGroup) ?? []), i.id]);
  const units: RelevantUnit[] = [];
  for (const judgment of query.relevant) {
    const matches = matchKey(judgment, initiatives);
    const texts = new Set(matches.map((i) => i.text));
    if (texts.size !== 1) throw new Error(`${query.id} 「${query.query}」: ${judgment.file} 「${judgment.text}」 names ${texts.size} statements`);
    const ids = new Set(matches.flatMap((i) => (i.duplicateGroup ? byGroup.get(i.duplicateGroup)! : [i.id])));
    const same = units.find((unit) => [...ids].some((id) => unit.ids.has(id)));
    if (same) {
      ids.forEach((id) => same.ids.add(id));
      same.grade = Math.max(same.grade, judgment.grade);
    } else units.push({ ids, grade: judgment.grade });
  }
  return units;
}

export const NDCG_CUTOFF = 10;
export const RECALL_CUTOFF = 100;

/** nDCG@10 and Recall@100 of one ranked list; a hit counts for the unit holding it or a place it folds in. */
export function scoreHits(hits: SearchHit[], units: RelevantUnit[]): { ndcg: number; recall: number } {
  const unused = new Set(units);
  const grades = hits.slice(0, RECALL_CUTOFF).map((hit) => {
    const places = [hit.id, ...hit.alsoAt.map((place) => place.id)];
    const unit = [...unused].find((u) => places.some((id) => u.ids.has(id)));
    if (!unit) return 0;
    unused.delete(unit);
    return unit.grade;
  });
  const ideal = dcg(units.map((u) => u.grade).sort((a, b) => b - a));
  return {
    ndcg: ideal === 0 ? 0 : dcg(grades.slice(0, NDCG_CUTOFF)) / ideal,
    recall: units.length === 0 ? 0 : (units.length - unused.size) / units.length,
  };
}

export interface QueryResult {
  id: string;
  query: string;
  kind: QueryKind;
  total: number;
  ndcg: number;
  recall: number;
}

export interface Figures {
  queries: number;
  ndcg: number;
  recall: number;
}

export interface SetEvaluation {
  split: Split | 'all';
  overall: Figures;
  perKind: Record<QueryKind, Figures>;
  /** Answerable queries for which the engine returned nothing at all. */
  emptyAnswerable: QueryResult[];
  /** Queries expecting none: how many returned nothing, of how many. */
  expectNone: { empty: number; of: number; returned: { query: string; total: number }[] };
  perQuery: QueryResult[];
}

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
const figuresOf = (results: QueryResult[]): Figures => ({
  queries: results.length,
  ndcg: mean(results.map((r) => r.ndcg)),
  recall: mean(results.map((r) => r.recall)),
});

/** Scores an engine on one split (or all) of the set; queries expecting none are counted apart, not in the means. */
export function evaluateSet(engine: SearchEngine, set: JudgedSet, initiatives: Initiative[], split: Split | 'all'): SetEvaluation {
  const chosen = set.queries.filter((q) => split === 'all' || q.split === split);
  const answerable = chosen.filter((q) => !q.expectNone);
  const perQuery = answerable.map((q): QueryResult => {
    const response = engine.search({ q: q.query, limit: RECALL_CUTOFF });
    return { id: q.id, query: q.query, kind: q.kind, total: response.total, ...scoreHits(response.results, resolveJudgments(q, initiatives)) };
  });
  const perKind = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, figuresOf(perQuery.filter((r) => r.kind === kind))])) as Record<
    QueryKind,
    Figures
  >;
  const none = chosen.filter((q) => q.expectNone).map((q) => ({ query: q.query, total: engine.search({ q: q.query, limit: 1 }).total }));
  return {
    split,
    overall: figuresOf(perQuery),
    perKind,
    emptyAnswerable: perQuery.filter((r) => r.total === 0),
    expectNone: { empty: none.filter((n) => n.total === 0).length, of: none.length, returned: none.filter((n) => n.total > 0) },
    perQuery,
  };
}

/** A table of the figures: one line per kind and the overall line, then empty answerable queries. */
export function formatSetEvaluation(name: string, evaluation: SetEvaluation): string {
  const line = (label: string, f: Figures) =>
    `  ${label.padEnd(13)} n=${String(f.queries).padStart(2)}  nDCG@10 ${f.ndcg.toFixed(3)}  Recall@100 ${f.recall.toFixed(3)}`;
  return [
    `${name} — ${evaluation.split}`,
    ...QUERY_KINDS.map((kind) => line(kind, evaluation.perKind[kind])),
    line('overall', evaluation.overall),
    `  answerable queries with no result: ${evaluation.emptyAnswerable.length}${evaluation.emptyAnswerable.length ? ` (${evaluation.emptyAnswerable.map((r) => r.query).join('、')})` : ''}`,
    `  expect-none queries returning nothing: ${evaluation.expectNone.empty}/${evaluation.expectNone.of}${evaluation.expectNone.returned.length ? ` (returned: ${evaluation.expectNone.returned.map((r) => `${r.query} ${r.total}`).join('、')})` : ''}`,
  ].join('\n');
}
