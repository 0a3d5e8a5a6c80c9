/**
 * Synonyms work both ways: over the seed, a query for any word of a synonym group (a concept's labels, a
 * Sudachi group) finds exactly the statements a query for any other word of the group finds. Words that the
 * analyser does not read as one term (a law's full name of a dozen tokens) are left out and counted, and so are
 * Sudachi groups merged into a class larger than the expansion cap (16 synonyms), where each word gets a different 16.
 */
import { bundledConceptScheme, labelsOf } from '../../src/analysis/concept-scheme';
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import { bundledSudachiGroups } from '../../src/analysis/expansion-index';
import type { Analyzer } from '../../src/analysis/types';
import type { SearchEngine } from '../../src/query/types';
import { engineOver, seedInitiatives } from '../quality/quality-engine';

let engine: SearchEngine;
let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
  engine = engineOver(await seedInitiatives(), analyzer);
});

const found = (q: string): Set<string> => {
  const response = engine.search({ q, limit: 1000 });
  return new Set([...response.results.flatMap((hit) => [hit.id, ...hit.alsoAt.map((place) => place.id)])]);
};

/** For each group, every ordered pair of words where the first finds fewer statements than the second. */
function asymmetries(groups: string[][]): { fewer: string[]; compared: number } {
  const fewer: string[] = [];
  let compared = 0;
  for (const group of groups) {
    const words = group.filter((word) => analyzer.analyzeQuery(word).clauses.length === 1);
    const results = words.map((word) => ({ word, ids: found(word) }));
    if (results.every((r) => r.ids.size === 0)) continue;
    compared += 1;
    for (const a of results) {
      for (const b of results) {
        const missing = [...b.ids].filter((id) => !a.ids.has(id)).length;
        if (missing > 0) fewer.push(`${a.word} finds ${missing} fewer than ${b.word}`);
      }
    }
  }
  return { fewer, compared };
}

test('concept groups › every label of every concept finds the same statements as every other label of it', () => {
  const { fewer, compared } = asymmetries(bundledConceptScheme().concepts.map(labelsOf));

  expect(compared).toBeGreaterThan(30);
  expect(fewer).toEqual([]);
});

// Known open: 33 pairs in 12 Sudachi groups (午後休 / 午後休暇, レシート / 領収書, 勤怠表 / 勤怠管理表 …) still differ;
// when this starts passing, make it a plain test.
test.failing('Sudachi groups › every word of every group finds the same statements as every other word of it', () => {
  const groups = bundledSudachiGroups().map((group) => group.words.filter((word) => !(group.noTrigger ?? []).includes(word)));

  expect(asymmetries(groups).fewer).toEqual([]);
});
