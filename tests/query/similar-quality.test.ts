/**
 * Similar initiatives judged on 25 anchors (similar-judgments.json, written from reading the reports before
 * similar.ts was tuned): nDCG@10 of engine.similar over the seed and the twelve fixture reports of five ministries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../../src/analysis/create-analyzer';
import type { Initiative } from '../../src/domain/types';
import type { SearchEngine } from '../../src/query/types';
import { engineOver } from '../quality/quality-engine';
import { loadCorpus, matchKey, resolveJudgments, scoreHits, type JudgedSet, type Judgment, type StatementKey } from '../quality/v2/judged-set';

interface SimilarJudgments {
  corpus: string[];
  anchors: { id: string; anchor: StatementKey; note: string; similar: Judgment[] }[];
}

const judgments = JSON.parse(readFileSync(join(__dirname, 'similar-judgments.json'), 'utf8')) as SimilarJudgments;
/** Just below the measured figure (0.859 with the weights of src/query/similar.ts; the target is 0.8). */
const FLOOR = 0.84;

let initiatives: Initiative[];
let engine: SearchEngine;
beforeAll(async () => {
  initiatives = await loadCorpus({ corpus: judgments.corpus } as JudgedSet);
  engine = engineOver(initiatives, await createAnalyzer());
});

const unitsOf = (anchor: SimilarJudgments['anchors'][number]) =>
  resolveJudgments({ id: 'similar-01', query: anchor.id, kind: 'exact', split: 'dev', relevant: anchor.similar }, initiatives);
const anchorId = (key: StatementKey) => matchKey(key, initiatives)[0]!.id;

describe('similar initiatives › judged anchors', () => {
  test('the judgments have at least 20 anchors, each naming one statement, none expecting the anchor or a copy of it', () => {
    expect(judgments.anchors.length).toBeGreaterThanOrEqual(20);
    for (const anchor of judgments.anchors) {
      expect({ anchor: anchor.id, texts: new Set(matchKey(anchor.anchor, initiatives).map((i) => i.text)).size }).toEqual({
        anchor: anchor.id,
        texts: 1,
      });
      const self = matchKey(anchor.anchor, initiatives).map((i) => i.id);
      expect({ anchor: anchor.id, expectsItself: unitsOf(anchor).some((unit) => self.some((id) => unit.ids.has(id))) }).toEqual({
        anchor: anchor.id,
        expectsItself: false,
      });
    }
  });

  test(`nDCG@10 over the anchors is at least ${FLOOR} (target 0.8)`, () => {
    const scored = judgments.anchors.map((anchor) => ({
      id: anchor.id,
      ...scoreHits(engine.similar(anchorId(anchor.anchor), { limit: 10 }), unitsOf(anchor)),
    }));
    const ndcg = scored.reduce((sum, s) => sum + s.ndcg, 0) / scored.length;
    console.log(
      [`similar: nDCG@10 ${ndcg.toFixed(3)} over ${scored.length} anchors`, ...scored.map((s) => `  ${s.id.padEnd(22)} ${s.ndcg.toFixed(3)}`)].join(
        '\n',
      ),
    );

    expect(ndcg).toBeGreaterThanOrEqual(FLOOR);
  });
});

describe('similar initiatives › the list', () => {
  test('one list without repeats, never the anchor or a copy of it, each hit with a reason and its shared concepts', () => {
    for (const anchor of judgments.anchors) {
      const self = matchKey(anchor.anchor, initiatives)[0]!;

      const hits = engine.similar(self.id, { limit: 10 });

      expect(new Set(hits.map((hit) => hit.text)).size).toBe(hits.length);
      expect(hits.some((hit) => hit.text === self.text)).toBe(false);
      for (const hit of hits) {
        expect(hit.reason).not.toBe('');
        expect(hit.sameItem).toBe(hit.item !== null && hit.section === self.section && hit.item === self.item);
      }
    }
  });

  test('when the statement names a concept, the reason says which concepts are shared (テレワーク for telework devices)', () => {
    const self = matchKey({ file: 'shiken-cho-r2.txt', text: 'テレワーク用の端末を100台調達した。' }, initiatives)[0]!;

    const [first] = engine.similar(self.id, { limit: 3 });

    expect(first!.sharedConcepts).toContain('テレワーク');
    expect(first!.reason).toMatch(/共通の概念：.*テレワーク/);
  });

  test('a nursery opening is never similar to hiring targets (metrics only resemble metrics)', () => {
    const self = matchKey({ file: 'mof-fy2020-followup.txt', text: '財務省本庁舎内保育所を2020年4月に開設し' }, initiatives)[0]!;

    const hits = engine.similar(self.id, { limit: 10 });

    expect(hits.length).toBeGreaterThan(0);
    expect(hits.filter((hit) => hit.kind === 'metric' || hit.kind === 'title')).toEqual([]);
  });
});
