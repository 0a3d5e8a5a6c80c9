/** The template items known to the corpus, in template order, for the compare page's chooser. */
import { SECTIONS } from '../domain/types';
import type { Corpus } from './corpus';
import type { TemplateItemRef } from './types';

export function listTemplateItems(corpus: Corpus): TemplateItemRef[] {
  const items = new Map<string, TemplateItemRef>();
  for (const initiative of corpus.initiatives) {
    if (initiative.item === null) continue;
    const key = `${initiative.section}:${initiative.item}`;
    if (!items.has(key)) {
      items.set(key, { section: initiative.section, item: initiative.item, title: initiative.itemTitle ?? initiative.rowTitle });
    }
  }
  return [...items.values()].sort((a, b) => SECTIONS.indexOf(a.section) - SECTIONS.indexOf(b.section) || a.item - b.item);
}
