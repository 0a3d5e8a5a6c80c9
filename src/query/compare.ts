/**
 * Compare: what each ministry and year did for one template item (or for a query), as a
 * ministry × year matrix with the 新規/拡充/継続 counts of each cell.
 */
import type { AnalyzedQuery } from '../analysis/types';
import { AppError } from '../domain/errors';
import { TAGS, type Section, type Tag } from '../domain/types';
import { groupDuplicates, type Scored } from './hits';
import { matchList, shapeHits, type EngineContext } from './search';
import type { CompareCell, CompareRequest, CompareResponse } from './types';

export function compare(context: EngineContext, request: CompareRequest): CompareResponse {
  const q = request.q?.trim() ?? '';
  if (request.item === undefined && q === '') {
    throw new AppError('INVALID_INPUT', 'compare needs an item (section and item number) or a query q', { field: 'item' });
  }
  const section = request.item === undefined ? (request.section ?? null) : resolveSection(context, request.item, request.section);
  const analyzed = q === '' ? null : context.analyzer.analyzeQuery(q);
  const inItem = (ordinal: number) => {
    const initiative = context.corpus.initiatives[ordinal]!;
    return (section === null || initiative.section === section) && (request.item === undefined || initiative.item === request.item);
  };
  const matched = matchList(context, analyzed).filter(({ ordinal }) => inItem(ordinal));
  const { ministries, years, reports } = reportsOf(context);
  const cells = ministries.flatMap((ministry) =>
    years.filter((year) => reports.has(`${ministry}|${year}`)).map((year) => cellOf(context, matched, ministry, year, analyzed)),
  );
  return {
    section,
    item: request.item ?? null,
    itemTitle: itemTitleOf(context, section, request.item),
    q: q === '' ? null : q,
    ministries,
    years,
    cells,
  };
}

function cellOf(
  context: EngineContext,
  matched: Scored[],
  ministry: string,
  year: number,
  analyzed: AnalyzedQuery | null,
): CompareCell {
  const inCell = matched.filter(({ ordinal }) => {
    const initiative = context.corpus.initiatives[ordinal]!;
    return initiative.ministry === ministry && initiative.fiscalYear === year;
  });
  const hits = shapeHits(context, groupDuplicates(context.corpus, inCell), analyzed);
  const tagCounts = Object.fromEntries([...TAGS, 'none'].map((tag) => [tag, 0])) as Record<Tag | 'none', number>;
  for (const hit of hits) tagCounts[hit.tag ?? 'none'] += 1;
  return { ministry, fiscalYear: year, hits, tagCounts };
}

/** The section of an item number: as given, or the only one that has it (INVALID_INPUT when ambiguous). */
function resolveSection(context: EngineContext, item: number, section: Section | undefined): Section {
  if (section) return section;
  const sections = new Set(context.corpus.initiatives.filter((i) => i.item === item).map((i) => i.section));
  if (sections.size !== 1) {
    throw new AppError('INVALID_INPUT', `item ${item} is ambiguous or unknown: give its section too`, { field: 'section' });
  }
  return [...sections][0]!;
}

/** The ministries and years of the corpus, and which ministry|year reports exist (cells exist only for those). */
function reportsOf(context: EngineContext): { ministries: string[]; years: number[]; reports: Set<string> } {
  const ministries = new Set<string>();
  const years = new Set<number>();
  const reports = new Set<string>();
  for (const initiative of context.corpus.initiatives) {
    ministries.add(initiative.ministry);
    years.add(initiative.fiscalYear);
    reports.add(`${initiative.ministry}|${initiative.fiscalYear}`);
  }
  return { ministries: [...ministries].sort(), years: [...years].sort((a, b) => a - b), reports };
}

function itemTitleOf(context: EngineContext, section: Section | null, item: number | undefined): string | null {
  if (item === undefined) return null;
  const initiative = context.corpus.initiatives.find((i) => i.item === item && (section === null || i.section === section));
  return initiative?.itemTitle ?? null;
}
