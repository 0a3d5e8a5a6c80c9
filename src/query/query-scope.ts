/**
 * A ministry or fiscal year typed into the query (「テスト省 テレワーク」「模擬省の取組の年度ごとの進み具合」「令和3年度の
 * 超過勤務」) is where to look, not a word to find: a report does not print its own ministry's name beside every
 * statement, so as words they found little or nothing. They become the ministry and year filters when the request sets
 * none of its own, and the rest of the query is searched.
 */
import type { Corpus } from './corpus';
import type { SearchRequest } from './types';
import { escapeRegExp } from '../domain/escape-regexp';

export interface QueryScope {
  /** The ministries and fiscal years read from the query, as the filters they became. */
  ministry?: string[];
  year?: number[];
  /** How the query named them, as typed (「テスト省」「令和3年度」). */
  named: string[];
  /** The rest of the query, which was searched (「テレワーク」); empty when it named nothing else. */
  rest: string;
}

/** A particle that links a name to the rest (テスト省の…, 令和3年度における…). */
const LINK = '(?:における|において|では|での|の|で|は|が|に)?';
/** 令和3年度, 令和元年度, 平成31年度, R3年度, 2021年度 (after NFKC). */
const FISCAL_YEAR = new RegExp(`(令和|平成|R)(元|\\d{1,2})年度${LINK}|(20\\d{2})年度${LINK}`, 'g');
const ERA_START: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988 };

interface KnownScopes {
  /** Each loaded ministry with the pattern of its name and linking particle, longest name first. */
  ministries: { name: string; named: RegExp }[];
  years: Set<number>;
}

const known = new WeakMap<Corpus, KnownScopes>();

function scopesOf(corpus: Corpus): KnownScopes {
  let scopes = known.get(corpus);
  if (scopes === undefined) {
    const names = [...new Set(corpus.initiatives.map((initiative) => initiative.ministry))];
    // Longest first: a name that holds another (架空省庁 and 架空省) is read whole.
    names.sort((a, b) => b.length - a.length);
    const ministries = names.map((name) => ({ name, named: new RegExp(`${escapeRegExp(name)}${LINK}`, 'g') }));
    scopes = { ministries, years: new Set(corpus.initiatives.map((initiative) => initiative.fiscalYear)) };
    known.set(corpus, scopes);
  }
  return scopes;
}

/**
 * The request with the ministries and fiscal years its query names moved into its filters, and what was read; null
 * when the query names none, or names only ones the request already filters by, or is to be searched as typed.
 * A name no loaded report has (経済産業省) stays a word of the query.
 */
export function scopeFromQuery(corpus: Corpus, request: SearchRequest): { request: SearchRequest; scope: QueryScope } | null {
  if (request.asTyped === true || request.q.trim() === '') return null;
  const { ministries, years } = scopesOf(corpus);
  let q = request.q.normalize('NFKC');
  const scope: QueryScope = { named: [], rest: '' };
  if ((request.filters?.ministry ?? []).length === 0) {
    for (const { name, named } of ministries) {
      if (!q.includes(name)) continue;
      q = q.replace(named, ' ');
      (scope.ministry ??= []).push(name);
      scope.named.push(name);
    }
  }
  if ((request.filters?.year ?? []).length === 0 && q.includes('年度')) {
    q = q.replace(FISCAL_YEAR, (said, era?: string, number?: string, western?: string) => {
      const year = western !== undefined ? Number(western) : ERA_START[era!]! + (number === '元' ? 1 : Number(number));
      if (!years.has(year)) return said;
      if (!(scope.year ??= []).includes(year)) scope.year.push(year);
      scope.named.push(said.replace(new RegExp(`${LINK}$`), ''));
      return ' ';
    });
  }
  if (scope.named.length === 0) return null;
  const filters = { ...request.filters, ...(scope.ministry ? { ministry: scope.ministry } : {}), ...(scope.year ? { year: scope.year } : {}) };
  scope.rest = q.replace(/\s+/g, ' ').trim();
  return { request: { ...request, q: scope.rest, filters }, scope };
}
