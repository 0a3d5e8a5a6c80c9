/**
 * `search "<query>" [--json] [--limit N] [--section S] [--item N] [--ministry M] [--year Y] [--tag T] [--status S]
 * [--topic T] [--sort S] [--typed]`: searches the index (rebuilt first when stale) and prints the hits, or the SearchResponse
 * as JSON. Options are checked by the same schema as GET /api/search (src/http/schemas.ts), and a ministry or topic
 * the corpus does not hold is refused as over HTTP, so `--ministry 財務相` says so instead of finding nothing. A query
 * that finds little is searched with its spelling fixed, as on the page, and the output says so first; `--typed`
 * searches the words as typed.
 */
import { AppError, isAppError } from '../domain/errors';
import { openSearchEngine } from '../app/open-engine';
import type { SearchHit, SearchRequest, SearchResponse } from '../query/types';
import { SearchQuery } from '../http/schemas';
import { toSearchRequest } from '../http/search-state';
import { checkKnownValues, parseInput } from '../http/validate-input';

const USAGE =
  'usage: torikumi search "<query>" [--json] [--limit N] [--section S] [--item N] [--ministry M] [--year Y] [--tag T] [--status S] [--topic T] [--sort relevance|year-desc|year-asc] [--typed]';

/** Options that may repeat (as the API's parameters may) and the one-valued ones. */
const REPEATED = new Set(['section', 'item', 'ministry', 'year', 'tag', 'status', 'topic']);
const SINGLE = new Set(['limit', 'sort']);

export async function run(args: string[]): Promise<number> {
  let parsed: { request: SearchRequest; json: boolean };
  try {
    parsed = parseSearchArgs(args);
  } catch (error) {
    console.error(`torikumi search: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { engine } = await openSearchEngine();
  try {
    checkKnownValues(parsed.request.filters ?? {}, engine.facets());
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(`torikumi search: --${error.details.field}: ${error.message}\n${USAGE}`);
    return 2;
  }
  const response = engine.search(parsed.request);
  console.log(parsed.json ? JSON.stringify(response, null, 2) : formatResponse(response));
  return 0;
}

/** Reads the query and options into the API's parameters, then through its schema; INVALID_INPUT names the option. */
export function parseSearchArgs(args: string[]): { request: SearchRequest; json: boolean } {
  const words: string[] = [];
  const params: Record<string, string | string[]> = { limit: '10' };
  let json = false;
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i]!;
    if (flag === '--json') {
      json = true;
      continue;
    }
    if (flag === '--typed') {
      params.typed = '1';
      continue;
    }
    if (!flag.startsWith('--')) {
      words.push(flag);
      continue;
    }
    const name = flag.slice(2);
    if (!REPEATED.has(name) && !SINGLE.has(name)) throw new AppError('INVALID_INPUT', `unknown option ${flag}`, { field: flag });
    const value = args[(i += 1)];
    if (value === undefined) throw new AppError('INVALID_INPUT', `${flag} needs a value`, { field: flag });
    if (REPEATED.has(name)) params[name] = [...((params[name] as string[] | undefined) ?? []), value];
    else params[name] = value;
  }
  params.q = words.join(' ');
  let query: SearchQuery;
  try {
    query = parseInput(SearchQuery, params);
  } catch (error) {
    if (!isAppError(error)) throw error;
    const field = error.details.field ? `--${error.details.field}` : undefined;
    throw new AppError('INVALID_INPUT', field ? `${field}: ${error.message}` : error.message, field ? { field } : {});
  }
  const request = toSearchRequest(query);
  return { request, json };
}

function formatResponse(response: SearchResponse): string {
  const { corrected } = response;
  const lines = corrected
    ? [
        `${corrected.originalTotal} results for 「${corrected.original}」 as typed; searched 「${corrected.query}」 instead (--typed searches as typed)`,
        `${response.total} results for 「${corrected.query}」`,
      ]
    : [`${response.total} results for 「${response.query}」`];
  if (response.partsApart)
    lines.push(`few statements hold it as one word; its parts were searched apart: ${response.partsApart.map((p) => `「${p}」`).join(' ')}`);
  if (response.scopedBy)
    lines.push(
      response.scopedBy.rest === ''
        ? `listed every initiative of ${response.scopedBy.named.join(' ')} (--typed: the words as typed)`
        : `searched the reports of ${response.scopedBy.named.join(' ')} for 「${response.scopedBy.rest}」 (--typed: the words as typed)`,
    );
  if (response.partsPrintedNowhere)
    lines.push(`no report prints ${response.partsPrintedNowhere.map((w) => `「${w}」`).join(' ')}: the results hold the other words only`);
  if (response.withoutWords)
    lines.push(
      `no report prints ${response.withoutWords.map((w) => `「${w}」`).join(' ')}: searched without it, ministries with several years first`,
    );
  if (response.onlyRelated)
    lines.push(`no report prints ${response.onlyRelated.map((w) => `「${w}」`).join(' ')} or a synonym: found by related words only`);
  if (response.expanded.length > 0) lines.push(`also searched: ${response.expanded.join(', ')}`);
  response.results.forEach((hit, rank) => lines.push('', ...formatHit(hit, rank + 1)));
  return lines.join('\n');
}

function formatHit(hit: SearchHit, rank: number): string[] {
  const where = [hit.ministry, hit.fiscalYearLabel, hit.section, hit.item ?? '', hit.sub ?? '', hit.rowTitle].filter((p) => p !== '').join(' › ');
  const lines = [
    `${rank}. [${hit.tag ?? '-'}] ${where}  (score ${hit.score.toFixed(2)})`,
    `   ${markHighlights(hit.snippet, hit.snippetHighlights)}`,
  ];
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
