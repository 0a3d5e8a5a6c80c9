/**
 * The common follow-up template (template.json): the four 大項目, their numbered 中項目 and known 小項目.
 * Used to recognise mangled section labels, to name items, and to check a report's numbering.
 */
import { z } from 'zod';
import { SECTIONS, type Section } from '../domain/types';
import templateData from './template.json';

export const TemplateSub = z.object({ label: z.string().min(1), titles: z.array(z.string().min(1)).min(1) });
export type TemplateSub = z.infer<typeof TemplateSub>;

export const TemplateItem = z.object({
  number: z.number().int().positive(),
  title: z.string().min(1),
  metric: z.boolean().optional(),
  subs: z.array(TemplateSub).optional(),
});
export type TemplateItem = z.infer<typeof TemplateItem>;

const TemplateSection = z.object({ name: z.enum(SECTIONS), items: z.array(TemplateItem) });
export const Template = z.object({ sections: z.array(TemplateSection).length(SECTIONS.length) });
export type Template = z.infer<typeof Template>;

/** The template, validated once when the module loads (a broken template.json is a build error, not a runtime surprise). */
export const TEMPLATE: Template = Template.parse(templateData);

/** 小項目 labels in template order. */
export const SUB_LABELS = ['ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ'] as const;

/** The label after `label` (ア → イ); ア when there is none yet. */
export function nextSubLabel(label: string | null): string {
  if (label === null) return SUB_LABELS[0];
  const index = SUB_LABELS.indexOf(label as (typeof SUB_LABELS)[number]);
  return index >= 0 ? (SUB_LABELS[index + 1] ?? label) : label;
}

/** Position of a label in template order, or -1. */
export function subLabelIndex(label: string | null): number {
  return label === null ? -1 : SUB_LABELS.indexOf(label as (typeof SUB_LABELS)[number]);
}

/** The template's 中項目 `item` of `section`, or undefined. */
export function findTemplateItem(section: Section, item: number | null): TemplateItem | undefined {
  if (item === null) return undefined;
  return TEMPLATE.sections.find((s) => s.name === section)?.items.find((i) => i.number === item);
}

/** Comparison form of a title: width-folded, without spaces, markup or punctuation. */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/<[^>]*>/gu, '')
    .replace(/[\s・、。,.()「」『』【】:：]/gu, '');
}

function bigrams(text: string): string[] {
  const chars = [...text];
  return chars.length < 2 ? chars : chars.slice(1).map((ch, i) => chars[i] + ch);
}

/** Dice coefficient of two bigram lists, 0…1. */
function dice(left: string[], right: string[]): number {
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const gram of right) pool.set(gram, (pool.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of left) {
    const count = pool.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      pool.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** Bigrams of the template's own titles, computed once: every table line is compared with them. */
const templateGrams = new Map<string, string[]>();
function gramsOfTemplateTitle(title: string): string[] {
  let grams = templateGrams.get(title);
  if (!grams) templateGrams.set(title, (grams = bigrams(titleKey(title))));
  return grams;
}

/** Dice similarity of two titles' character bigrams, 0…1. */
export function titleSimilarity(a: string, b: string): number {
  return dice(bigrams(titleKey(a)), bigrams(titleKey(b)));
}

/** Similarity of a printed title (already reduced to bigrams) to a template title. */
function similarToTemplate(printed: string[], templateTitle: string): boolean {
  return dice(gramsOfTemplateTitle(templateTitle), printed) >= TITLE_MATCH;
}

const TITLE_MATCH = 0.8;

/** The template item of `section` whose title the printed title matches, if any. */
export function matchItemTitle(section: Section, title: string): TemplateItem | undefined {
  if (titleKey(title) === titleKey('その他')) return undefined; // every section ends with its own その他: number decides
  const items = TEMPLATE.sections.find((s) => s.name === section)?.items ?? [];
  const printed = bigrams(titleKey(title));
  return items.find((item) => similarToTemplate(printed, item.title));
}

/** The sub-item label the template gives `title` under `section`/`item`, if any. */
export function matchSubTitle(section: Section, item: number | null, title: string): string | undefined {
  const subs = findTemplateItem(section, item)?.subs ?? [];
  const printed = bigrams(titleKey(title));
  return subs.find((sub) => sub.titles.some((t) => similarToTemplate(printed, t)))?.label;
}

/** The template's title for a sub-item (its first printed line). */
export function findTemplateSubTitle(section: Section, item: number | null, sub: string): string | undefined {
  return findTemplateItem(section, item)?.subs?.find((s) => s.label === sub)?.titles[0];
}

function charSet(text: string): Set<string> {
  return new Set([...text.normalize('NFKC')].filter((ch) => !/[\s・、,.]/u.test(ch)));
}

/**
 * Recognises a section label broken by vertical text, by character overlap with the canonical names:
 * 「活躍で・ きる等と 両立して」 → 育児・介護等と両立して活躍できるための改革. Undefined when nothing fits well.
 */
export function matchSection(text: string): Section | undefined {
  const chars = charSet(text);
  if (chars.size === 0) return undefined;
  let best: { section: Section; score: number; overlap: number } | undefined;
  for (const section of SECTIONS) {
    const canonical = charSet(section);
    const overlap = [...chars].filter((ch) => canonical.has(ch)).length;
    const score = overlap / chars.size + overlap / canonical.size / 10; // tie-break: covers more of the name
    if (!best || score > best.score) best = { section, score, overlap };
  }
  if (!best) return undefined;
  const exact = titleKey(text) === titleKey(best.section);
  const enough = best.overlap >= Math.min(3, charSet(best.section).size) && best.overlap / chars.size >= 0.7;
  return exact || enough ? best.section : undefined;
}
