import { bundledConceptScheme, labelsOf, parseConceptScheme } from '../../src/analysis/concept-scheme';
import { normalize } from '../../src/analysis/normalize-text';
import conceptsData from '../../src/analysis/data/concepts.json';
import { SECTIONS } from '../../src/domain/types';

const concept = (id: string, extra: Record<string, unknown> = {}) => ({ id, prefLabel: id, ...extra });

describe('parseConceptScheme', () => {
  test('when the bundled scheme is loaded, it validates, covers every listed topic and gives each label one concept', () => {
    const scheme = parseConceptScheme(conceptsData, (text) => normalize(text));

    expect(scheme.concepts.length).toBeGreaterThan(60);
    for (const topic of scheme.topics) expect(scheme.concepts.some((c) => c.topic === topic)).toBe(true);
  });

  test('when a concept names a 大項目, it is one of the template’s, and each section but その他 is named by one concept', () => {
    const scheme = parseConceptScheme(conceptsData, (text) => normalize(text));
    const named = scheme.concepts.flatMap((c) => (c.section === undefined ? [] : [c.section]));

    for (const section of named) expect(SECTIONS).toContain(section);
    expect(new Set(named)).toEqual(new Set(SECTIONS.filter((section) => section !== 'その他')));
    expect(named).toHaveLength(new Set(named).size);
  });

  test('when only one side of a link is written, completes broader ⇄ narrower and related both ways', () => {
    const scheme = parseConceptScheme({ topics: [], concepts: [concept('a', { narrower: ['b'] }), concept('b', { related: ['c'] }), concept('c')] });

    expect(scheme.get('b')?.broader).toEqual(['a']);
    expect(scheme.get('c')?.related).toEqual(['b']);
  });

  test('when a link names an unknown concept, throws naming the concept and the link', () => {
    expect(() => parseConceptScheme({ topics: [], concepts: [concept('a', { related: ['zz'] })] })).toThrow('a.related names unknown concept zz');
  });

  test('when two concepts share a label after normalisation, throws naming both', () => {
    const data = { topics: [], concepts: [concept('a', { altLabels: ['ＷＬＢ'] }), concept('b', { altLabels: ['wlb'] })] };

    expect(() => parseConceptScheme(data, (text) => normalize(text))).toThrow(/belongs to both a and b/);
  });

  test('when the hierarchy has a cycle, or a concept is both narrower and related, throws', () => {
    expect(() => parseConceptScheme({ topics: [], concepts: [concept('a', { broader: ['b'] }), concept('b', { broader: ['a'] })] })).toThrow(/cycle/);
    expect(() => parseConceptScheme({ topics: [], concepts: [concept('a', { narrower: ['b'], related: ['b'] }), concept('b')] })).toThrow(/both/);
  });

  test('when a record is malformed or names an unlisted topic, throws a zod-derived message naming the field', () => {
    expect(() => parseConceptScheme({ topics: [], concepts: [{ id: 'a' }] })).toThrow(/concepts\.0\.prefLabel/);
    expect(() => parseConceptScheme({ topics: [], concepts: [concept('a', { topic: 'x' })] })).toThrow(/topic x/);
  });

  test('when the bundled scheme is asked for childcare, it has 子育て as a synonym and 保育 below its support concept', () => {
    const scheme = bundledConceptScheme();
    const childcare = scheme.concepts.find((c) => c.prefLabel === '育児')!;

    expect(labelsOf(childcare)).toContain('子育て');
    expect(scheme.get('childcare-support')?.narrower).toContain('daycare');
  });
});
