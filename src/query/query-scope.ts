/**
 * A ministry or fiscal year typed into the query (「テスト省 テレワーク」「模擬省の取組の年度ごとの進み具合」「令和3年度の
 * 超過勤務」) is where to look, not a word to find: a report does not print its own ministry's name beside every
 * statement, so as words they found little or nothing. They become the ministry and year filters when the request sets
 * none of its own, and the rest of the query is searched.
 *
 * What is left may ask for everything there (「架空省の取組の年度ごとの変化」: 取組 and the across-years wording name no
 * subject), or for one 大項目 by its everyday name (「テスト省の女性活躍の取組の移り変わり」, 「働き方改革の取組」): then the
 * scope is listed whole, the section as its filter, instead of searching words that match a few statements by chance
 * (年度 in every target's dates) or none (試験庁 prints 女性活躍 nowhere, though a third of its report is that section).
 */
import type { ConceptScheme } from '../analysis/concept-scheme';
import { labelsOf } from '../analysis/concept-scheme';
import { acrossYearsWordingRemoved } from '../analysis/figure-intent';
import type { Corpus } from './corpus';
import type { SearchRequest } from './types';
import type { Section, Tag } from '../domain/types';
import { escapeRegExp } from '../domain/escape-regexp';
import { SHORT_FISCAL_YEAR } from '../domain/short-fiscal-year';

export interface QueryScope {
  /** The ministries and fiscal years read from the query, as the filters they became. */
  ministry?: string[];
  year?: number[];
  /** The 大項目 the query named by one of its concepts' labels, with 取組 or a ministry or year beside it. */
  section?: Section[];
  /** The change tag the query named in words (「新たに始めた取組」「拡充した取組」「変わらず続けている取組」). */
  tag?: Tag[];
  /** How the query named them, as typed (「テスト省」「令和3年度」). */
  named: string[];
  /** The rest of the query, which was searched (「テレワーク」); empty when it named nothing else. */
  rest: string;
}

/** A particle that links a name to the rest (テスト省の…, 令和3年度における…). */
const LINK = '(?:における|において|では|での|の|で|は|が|に)?';
/** 令和3年度, 令和元年度, 平成31年度, R3年度, 2021年度 (after NFKC); the short forms are read after these. */
const FISCAL_YEAR = new RegExp(`(令和|平成|R)(元|\\d{1,2})年度${LINK}|(20\\d{2})年度${LINK}`, 'g');
const ERA_START: Record<string, number> = { 令和: 2018, R: 2018, 平成: 1988, H: 1988 };
/** R4, H30, FY2022 (as in tables), with a linking particle: 「R4新規」「FY2022のテレワーク」. */
const SHORT_FISCAL_YEAR_LINKED = new RegExp(`${SHORT_FISCAL_YEAR.source}${LINK}`, 'g');

/**
 * A change tag said in words, as the template's 【新規】【拡充】【継続】 mean them: no statement prints its tag as a word,
 * so 「新規の取組」 searched found nothing about being new. 「…制の拡充」「…の継続」 after の name an item (フレックスタイム制の
 * 拡充), not the tag, and stay words.
 */
const TAG_WORDING: [Tag, RegExp][] = [
  [
    '新規',
    /【新規】|(?<!の)新規(?![\p{Script=Han}\p{Script=Katakana}])(?:に|の|で|として)?(?:始めた|開始した|導入した|実施した)?|新(?:た|し)(?:に|く)(?:始めた|始まった|開始した|導入した|取り組んだ|実施した)/gu,
  ],
  [
    '拡充',
    /【拡充】|(?<!の)拡充(?![\p{Script=Han}\p{Script=Katakana}])(?:した|された|して|の)?|(?:(?:前年度|前年|前の年度|昨年度)(?:より|から|と比べて))?内容を(?:広げた|拡大した|充実させた)/gu,
  ],
  [
    '継続',
    /【継続】|(?<![のを])継続(?![\p{Script=Han}\p{Script=Katakana}])(?:して(?:いる|きた)|した|中の|の)?|(?:\d+年間?|何年も)?(?:変わらず|ずっと|引き続き|毎年)続けて(?:いる|きた)/gu,
  ],
];

/**
 * Words for measures in general and for all of them (取組, 施策, 一覧, すべて), with the particles around them: a rest
 * of only these asks for everything in the scope.
 */
const GENERAL_WORDS = /(?:の|における|での|では)?(?:取組み?|取り組み|施策|対策|方策|全体|全般|全て|すべて|全部|一覧)(?:の|を|は|が)?/g;
/** A particle left at either end once the general words are gone (女性活躍の). */
const LOOSE_PARTICLE = /^(?:の|は|を|が|で)+|(?:の|は|を|が|で)+$/g;

interface KnownScopes {
  /** Each loaded ministry with the pattern of its name and linking particle, longest name first. */
  ministries: { name: string; named: RegExp }[];
  years: Set<number>;
  /** The loaded sections by the names a query may give them (the section's own and its concepts' labels, NFKC). */
  sections: Map<string, Section>;
}

const known = new WeakMap<Corpus, WeakMap<object, KnownScopes>>();
const NO_CONCEPTS = {};

function scopesOf(corpus: Corpus, concepts: ConceptScheme | undefined): KnownScopes {
  let byScheme = known.get(corpus);
  if (byScheme === undefined) known.set(corpus, (byScheme = new WeakMap()));
  let scopes = byScheme.get(concepts ?? NO_CONCEPTS);
  if (scopes === undefined) {
    const names = [...new Set(corpus.initiatives.map((initiative) => initiative.ministry))];
    // Longest first: a name that holds another (架空省庁 and 架空省) is read whole.
    names.sort((a, b) => b.length - a.length);
    const ministries = names.map((name) => ({ name, named: new RegExp(`${escapeRegExp(name)}${LINK}`, 'g') }));
    const loaded = new Set(corpus.initiatives.map((initiative) => initiative.section));
    const sections = new Map<string, Section>();
    for (const section of loaded) sections.set(section.normalize('NFKC'), section);
    for (const concept of concepts?.concepts ?? []) {
      if (concept.section === undefined || !loaded.has(concept.section as Section)) continue;
      for (const label of labelsOf(concept)) sections.set(label.normalize('NFKC'), concept.section as Section);
    }
    scopes = { ministries, years: new Set(corpus.initiatives.map((initiative) => initiative.fiscalYear)), sections };
    byScheme.set(concepts ?? NO_CONCEPTS, scopes);
  }
  return scopes;
}

/**
 * The request with the ministries and fiscal years its query names moved into its filters, and what was read; null
 * when the query names none, or names only ones the request already filters by, or is to be searched as typed.
 * A name no loaded report has (経済産業省) stays a word of the query.
 */
export function scopeFromQuery(
  corpus: Corpus,
  request: SearchRequest,
  concepts?: ConceptScheme,
): { request: SearchRequest; scope: QueryScope } | null {
  if (request.asTyped === true || request.q.trim() === '') return null;
  const { ministries, years, sections } = scopesOf(corpus, concepts);
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
  if ((request.filters?.year ?? []).length === 0) {
    // A year a loaded report has becomes the filter; any other stays a word of the query.
    const asFilter = (said: string, era?: string, number?: string, western?: string) => {
      const year = western !== undefined ? Number(western) : ERA_START[era!]! + (number === '元' ? 1 : Number(number));
      if (!years.has(year)) return said;
      if (!(scope.year ??= []).includes(year)) scope.year.push(year);
      scope.named.push(said.replace(new RegExp(`${LINK}$`), ''));
      return ' ';
    };
    if (q.includes('年度')) q = q.replace(FISCAL_YEAR, asFilter);
    q = q.replace(SHORT_FISCAL_YEAR_LINKED, asFilter);
  }
  if ((request.filters?.tag ?? []).length === 0) {
    for (const [tag, wording] of TAG_WORDING) {
      const said = q.match(wording);
      if (said === null) continue;
      q = q.replace(wording, ' ');
      (scope.tag ??= []).push(tag);
      scope.named.push(said[0]);
    }
  }
  q = q.replace(/\s+/g, ' ').trim();
  // What the rest names once the wording for all measures and for the view across years is gone.
  const general = acrossYearsWordingRemoved(q, { lastChange: true });
  const subject = general.replace(GENERAL_WORDS, ' ').replace(/\s+/g, '').replace(LOOSE_PARTICLE, '');
  const saidGeneral = subject !== general.replace(/\s+/g, '').replace(LOOSE_PARTICLE, '');
  const section = sections.get(subject);
  if (section !== undefined && (request.filters?.section ?? []).length === 0 && (saidGeneral || scope.named.length > 0)) {
    scope.section = [section];
    scope.named.push(subject);
    q = '';
  } else if (scope.named.length > 0 && subject === '') {
    q = '';
  }
  if (scope.named.length === 0) return null;
  const filters = {
    ...request.filters,
    ...(scope.ministry ? { ministry: scope.ministry } : {}),
    ...(scope.year ? { year: scope.year } : {}),
    ...(scope.section ? { section: scope.section } : {}),
    ...(scope.tag ? { tag: scope.tag } : {}),
  };
  scope.rest = q;
  return { request: { ...request, q: scope.rest, filters }, scope };
}
