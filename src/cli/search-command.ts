/**
 * `search "<query>" [--json] [--limit N] [--section S] [--ministry M] [--year Y] [--tag T] [--topic T]`:
 * searches the index (rebuilt first when stale) and prints the hits, or the SearchResponse as JSON.
 */
import { AppError } from '../domain/errors';
import { SECTIONS, TAGS, type Section, type Tag } from '../domain/types';
import { openSearchEngine } from '../app/open-engine';
import type { SearchHit, SearchRequest, SearchResponse } from '../query/types';

const USAGE = 'usage: torikumi search "<query>" [--json] [--limit N] [--section S] [--ministry M] [--year Y] [--tag T] [--topic T]';

export async function run(args: string[]): Promise<number> {
  let parsed: { request: SearchRequest; json: boolean };
  try {
    parsed = parseSearchArgs(args);
  } catch (error) {
    console.error(`torikumi search: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { engine } = await openSearchEngine();
  const response = engine.search(parsed.request);
  console.log(parsed.json ? JSON.stringify(response, null, 2) : formatResponse(response));
  return 0;
}

/** Reads the query and options; throws INVALID_INPUT naming the bad option. */
export function parseSearchArgs(args: string[]): { request: SearchRequest; json: boolean } {
  const words: string[] = [];
  const request: SearchRequest = { q: '', filters: {}, limit: 10 };
  const filters = request.filters!;
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i]!;
    if (flag === '--json') {
      json = true;
      continue;
    }
    if (!flag.startsWith('--')) {
      words.push(flag);
      continue;
    }
    const value = args[(i += 1)];
    if (value === undefined) throw new AppError('INVALID_INPUT', `${flag} needs a value`, { field: flag });
    if (flag === '--limit') request.limit = positiveInteger(flag, value);
    else if (flag === '--section') filters.section = [oneOf(flag, value, SECTIONS) as Section];
    else if (flag === '--ministry') filters.ministry = [value];
    else if (flag === '--year') filters.year = [positiveInteger(flag, value)];
    else if (flag === '--tag') filters.tag = [oneOf(flag, value, TAGS) as Tag];
    else if (flag === '--topic') filters.topic = [value];
    else throw new AppError('INVALID_INPUT', `unknown option ${flag}`, { field: flag });
  }
  request.q = words.join(' ');
  return { request, json };
}

function positiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new AppError('INVALID_INPUT', `${flag} must be a positive integer, got '${value}'`, { field: flag });
  return number;
}

function oneOf(flag: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new AppError('INVALID_INPUT', `${flag} must be one of ${allowed.join(', ')}, got '${value}'`, { field: flag });
  return value;
}

function formatResponse(response: SearchResponse): string {
  const lines = [`${response.total} results for 「${response.query}」`];
  if (response.expanded.length > 0) lines.push(`also searched: ${response.expanded.join(', ')}`);
  response.results.forEach((hit, rank) => lines.push('', ...formatHit(hit, rank + 1)));
  return lines.join('\n');
}

function formatHit(hit: SearchHit, rank: number): string[] {
  const where = [hit.ministry, hit.fiscalYearLabel, hit.section, hit.item ?? '', hit.sub ?? '', hit.rowTitle].filter((p) => p !== '').join(' › ');
  const lines = [`${rank}. [${hit.tag ?? '-'}] ${where}  (score ${hit.score.toFixed(2)})`, `   ${markHighlights(hit.snippet, hit.snippetHighlights)}`];
  for (const place of hit.alsoAt) lines.push(`   also at: ${place.section} › ${place.item ?? ''} ${place.sub ?? ''} ${place.rowTitle}`);
  return lines;
}

/** Marks highlights with 《》 (a terminal has no <mark>). */
function markHighlights(text: string, spans: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += `${text.slice(at, start)}《${text.slice(start, end)}》`;
    at = end;
  }
  return out + text.slice(at);
}
