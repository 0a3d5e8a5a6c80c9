import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerCorpus, SetQuestion } from './answer-engine';

const root = join(__dirname, '..', '..');
const nfkc = (text: string): string => text.normalize('NFKC');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(root, path), 'utf8')) as T;

interface Report {
  scope: string;
  ministry: string;
  fiscalYear: number;
  file: string;
  /** The report's text after NFKC. */
  text: string;
}

/**
 * The sixteen reports of corpus `all` (answer-engine.ts: data/, tests/fixtures/kakuu-cho-r2, tests/fixtures/years/ and
 * tests/fixtures/years/more/); the first seven are corpus `years`.
 */
const REPORT_FILES: [ministry: string, fiscalYear: number, file: string][] = [
  ['財務省', 2020, 'data/mof-fy2020-followup.txt'],
  ['架空庁', 2020, 'tests/fixtures/kakuu-cho-r2.txt'],
  ['架空庁', 2021, 'tests/fixtures/years/kakuu-cho-r3.txt'],
  ['架空庁', 2022, 'tests/fixtures/years/kakuu-cho-r4.txt'],
  ['テスト省', 2020, 'tests/fixtures/years/test-ministry-r2.txt'],
  ['テスト省', 2021, 'tests/fixtures/years/test-ministry-r3.txt'],
  ['テスト省', 2022, 'tests/fixtures/years/test-ministry-r4.txt'],
  ['架空省', 2020, 'tests/fixtures/years/more/kakuu-sho-r2.txt'],
  ['架空省', 2021, 'tests/fixtures/years/more/kakuu-sho-r3.txt'],
  ['架空省', 2022, 'tests/fixtures/years/more/kakuu-sho-r4.txt'],
  ['試験庁', 2020, 'tests/fixtures/years/more/shiken-cho-r2.txt'],
  ['試験庁', 2021, 'tests/fixtures/years/more/shiken-cho-r3.txt'],
  ['試験庁', 2022, 'tests/fixtures/years/more/shiken-cho-r4.txt'],
  ['模擬省', 2020, 'tests/fixtures/years/more/mogi-sho-r2.txt'],
  ['模擬省', 2021, 'tests/fixtures/years/more/mogi-sho-r3.txt'],
  ['模擬省', 2022, 'tests/fixtures/years/more/mogi-sho-r4.txt'],
];

/** What a held-out set file says of itself, checked by describeQuestionSetFile. */
/**
 * The sets written before held-out set `n`, which it must not repeat: the development set, then held-out sets 2 to n − 1.
 * @example setsBefore(4) // ['question-set.json', 'question-set-heldout2.json', 'question-set-heldout3.json']
 */
export function setsBefore(n: number): string[] {
  return ['question-set.json', ...Array.from({ length: Math.max(0, n - 2) }, (_, i) => `question-set-heldout${i + 2}.json`)];
}

export interface QuestionSetFileSpec {
  /** The file beside this module: question-set-heldout5.json. */
  file: string;
  /** How the describe block names the set: 'fifth held-out set over sixteen reports'. */
  title: string;
  corpus: Extract<AnswerCorpus, 'years' | 'all'>;
  /** The earlier sets (files beside this module) it must repeat no question of. */
  others: string[];
  questions: number;
  unanswerable: number;
  /** Answerable questions by what they ask (results, target/status, list, count, change, reason). */
  categories: Record<string, number>;
  answerableKinds: Record<string, number>;
  unanswerableKinds: Record<string, number>;
  /** Unanswerable questions whose abstention must name the reports holding the figure. */
  heldBy: number;
  /** Answerable questions naming no ministry, and naming two (unchecked when absent). */
  namingNoMinistry?: number;
  namingTwoMinistries?: number;
  /** Answerable questions, changes aside, that name two fiscal years (each must come from both; unchecked when absent). */
  namingTwoYears?: number;
}

/**
 * Checks the FILE of one of issue 12's held-out question sets against the reports it is asked of, without running the
 * answer engine and without scoring it (the lead scores it once, at the end): its shape is the one answer-engine.ts
 * loads, its counts per kind are the ones it says, it repeats no question of the other sets, every `from` names a
 * report of its corpus, and every key of `expect` stands in the named report (after NFKC, so that a full-width
 * １９．８時間 matches 19.8時間) or follows from it (a change between two years' figures, a count of the 【新規】/【拡充】
 * initiatives or 実施未定 rows, a 達成/未達成 verdict of a target row's 現状 against its 目標) — so that a typo in a key
 * fails here, not in the score.
 */
export function describeQuestionSetFile(spec: QuestionSetFileSpec): void {
  const reports: Report[] = REPORT_FILES.slice(0, spec.corpus === 'years' ? 7 : REPORT_FILES.length).map(([ministry, fiscalYear, file]) => ({
    scope: `${ministry}:${fiscalYear}`,
    ministry,
    fiscalYear,
    file,
    text: nfkc(readFileSync(join(root, file), 'utf8')),
  }));
  const reportOf = new Map(reports.map((r) => [r.scope, r]));
  const ministries = [...new Set(reports.map((r) => r.ministry))];
  const latestOf = (ministry: string): number => Math.max(...reports.filter((r) => r.ministry === ministry).map((r) => r.fiscalYear));
  const eraLabel = (fiscalYear: number): string => `令和${fiscalYear - 2018}年度`;

  /** Short forms officers use for a ministry (財務 for 財務省), read only where the full name does not stand. */
  const SHORT_FORMS: Record<string, string> = { 財務: '財務省', 模擬: '模擬省' };

  /** The ministries a question names, by full name or short form. */
  function ministriesNamed(question: string): string[] {
    const named = ministries.filter((m) => question.includes(m));
    const rest = named.reduce((text, m) => text.split(m).join(''), question);
    const short = Object.entries(SHORT_FORMS)
      .filter(([form, ministry]) => rest.includes(form) && !named.includes(ministry))
      .map(([, ministry]) => ministry);
    return [...named, ...short];
  }

  const set = readJson<{ about: string; questions: SetQuestion[] }>(`tests/answer/${spec.file}`);
  const questions = set.questions;
  const answerable = questions.filter((q) => q.expect !== null);
  const unanswerable = questions.filter((q) => q.expect === null);

  /** The fields SetQuestion declares (typed, so that a field the loader does not know fails to compile). */
  const FIELDS: (keyof SetQuestion)[] = ['kind', 'question', 'expect', 'reject', 'heldOut', 'heldout', 'corpus', 'from', 'heldBy'];

  /** Where `key` stands in `text` as a whole figure: 15名 not inside 115名, 1件 not inside 21件, 20.1 not inside 20.15. */
  function standsIn(text: string, key: string): boolean {
    const k = nfkc(key);
    for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) {
      const before = text[at - 1] ?? '';
      const after = text[at + k.length] ?? '';
      if (/^[0-9]/.test(k) && /[0-9.]/.test(before)) continue;
      if (/[0-9]$/.test(k) && /[0-9.]/.test(after)) continue;
      return true;
    }
    return false;
  }

  /** Tab-separated cells of a report, one row a line. */
  const cellsOf = (report: Report): string[] => report.text.split('\n').flatMap((line) => line.split('\t'));

  /** Statements of a report by their tag: the text after each 【新規】/【拡充】/【継続】 up to the next one. */
  function statementsTagged(report: Report, tag: string): string[] {
    return report.text
      .split(/(?=【(?:新規|拡充|継続)】)/)
      .filter((s) => s.startsWith(`【${tag}】`))
      .flatMap((s) => s.split('\n').slice(0, 1)); // its first line
  }

  /** Rows whose status cell (A) reads 実施未定, not the header naming the column. */
  const undecidedRows = (report: Report): string[] =>
    report.text.split('\n').filter((line) => line.split('\t').some((cell) => cell.trim() === '実施未定'));

  /** The tags a list or count question asks about, from its wording. */
  function tagsAsked(question: string): string[] {
    const tags: string[] = [];
    if (/新規|新た|新しく|新設/.test(question)) tags.push('新規');
    if (/拡充/.test(question)) tags.push('拡充');
    if (/実施未定/.test(question)) tags.push('実施未定');
    return tags;
  }

  function countOf(report: Report, tag: string): number {
    return tag === '実施未定' ? undecidedRows(report).length : statementsTagged(report, tag).length;
  }

  const TAG_COUNT = /^([0-9]+)件$/;
  const DELTA = /^([+-])([0-9]+(?:\.[0-9]+)?)(ポイント|時間|日|名|組|人|件)?$/;

  const isMinistryKey = (q: SetQuestion, key: string): boolean => (q.from ?? []).some((scope) => reportOf.get(scope)?.ministry === key);
  const isTagCountKey = (q: SetQuestion, key: string): boolean =>
    (q.kind === 'count' || q.kind === 'list') && TAG_COUNT.test(key) && tagsAsked(q.question).length > 0;
  const isDeltaKey = (q: SetQuestion, key: string): boolean => q.kind === 'change' && DELTA.test(key);
  /** The keys that name a figure or a phrase of a report (not a ministry, a count of initiatives or a change). */
  const figureKeys = (q: SetQuestion): string[] => (q.expect ?? []).filter((k) => !isMinistryKey(q, k) && !isTagCountKey(q, k) && !isDeltaKey(q, k));
  const fromReports = (q: SetQuestion): Report[] => (q.from ?? []).map((scope) => reportOf.get(scope)).filter((r): r is Report => r !== undefined);

  /** Numbers of a report printed with a unit (a change in ポイント is between two percentages). */
  function numbersWithUnit(report: Report, unit: string): number[] {
    const suffix = unit === '' || unit === 'ポイント' ? '%' : unit;
    const escaped = suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [...report.text.matchAll(new RegExp(`(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)${escaped}`, 'g'))].map((m) => Number(m[1]));
  }

  /** Whether a change key (+1.7ポイント) is the later report's figure less the earlier one's, for some pair of figures. */
  function deltaHolds(q: SetQuestion, key: string): boolean {
    const match = DELTA.exec(key);
    const [earlier, later] = [fromReports(q)[0], fromReports(q).at(-1)];
    if (!match || !earlier || !later) return false;
    const delta = (match[1] === '-' ? -1 : 1) * Number(match[2]);
    const unit = match[3] ?? '';
    return numbersWithUnit(earlier, unit).some((a) => numbersWithUnit(later, unit).some((b) => Math.abs(b - a - delta) < 0.05));
  }

  const VERDICT = /^(?:未達成|達成)$/;
  const isVerdictKey = (q: SetQuestion, key: string): boolean => q.kind === 'met' && VERDICT.test(key);

  /**
   * Whether a verdict key (達成/未達成) is what a target of the named report gives: in the target (one 【…】 part of a
   * cell) that holds the question's other keys, 現状 at or above 目標 is 達成, below it 未達成.
   */
  function verdictHolds(q: SetQuestion, key: string): boolean {
    const figures = (q.expect ?? []).filter((k) => !isVerdictKey(q, k) && !isMinistryKey(q, k));
    return fromReports(q).some((r) =>
      r.text.split(/\t|\n|(?=【)/).some((part) => {
        const target = /目標:[^0-9]*?([0-9]+(?:\.[0-9]+)?)%/.exec(part);
        const current = /現状:([0-9]+(?:\.[0-9]+)?)%/.exec(part);
        if (!target || !current || !figures.every((k) => standsIn(part, k))) return false;
        return (Number(current[1]) >= Number(target[1]) ? '達成' : '未達成') === key;
      }),
    );
  }

  /** The fiscal years a question names (令和3年度, 令和三年度, 2021年度). */
  function yearsNamed(question: string): number[] {
    const kanji: Record<string, number> = { 元: 1, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
    const text = nfkc(question);
    const reiwa = [...text.matchAll(/令和([0-9]+|[元一二三四五六七八九])年度/g)].flatMap(([, year]) =>
      year === undefined ? [] : [2018 + (kanji[year] ?? Number(year))],
    );
    const western = [...text.matchAll(/(20[0-9]{2})年度/g)].map((m) => Number(m[1]));
    return [...reiwa, ...western];
  }

  /** What an answerable question measures: a results-column figure, a target or status, a list, count, change or reason. */
  function category(q: SetQuestion): string {
    if (['list', 'change', 'reason'].includes(q.kind)) return q.kind;
    if (q.kind === 'status' || q.kind === 'met') return 'target/status';
    if ((q.expect ?? []).some((k) => isTagCountKey(q, k))) return 'count';
    const cells = fromReports(q).flatMap(cellsOf);
    const inCell = (test: (cell: string) => boolean): boolean => figureKeys(q).every((k) => cells.some((cell) => test(cell) && standsIn(cell, k)));
    if (inCell((cell) => cell.includes('目標:'))) return 'target/status';
    if (inCell((cell) => !cell.includes('目標:') && !/【(?:新規|拡充|継続)】/.test(cell))) return 'results';
    return 'other';
  }

  const normalised = (question: string): string =>
    nfkc(question)
      .replace(/\s+/g, '')
      .replace(/[?？。!！]+$/, '');

  describe(`${spec.file} (issue 12, ${spec.title}: the file only, never scored here)`, () => {
    it(`when read, covers exactly the reports of corpus ${spec.corpus}, each of the ministry and year it is named by`, () => {
      const txt = (dir: string, keep: (f: string) => boolean = () => true): string[] =>
        readdirSync(join(root, dir))
          .filter((f) => f.endsWith('.txt') && keep(f))
          .map((f) => `${dir}/${f}`);
      const corpus = [
        ...txt('data'),
        ...txt('tests/fixtures', (f) => f.startsWith('kakuu-cho-r2')),
        ...txt('tests/fixtures/years'),
        ...(spec.corpus === 'all' ? txt('tests/fixtures/years/more') : []),
      ];

      expect(corpus.sort()).toEqual(reports.map((r) => r.file).sort());
      for (const report of reports) {
        const meta = join(root, `${report.file}.meta.json`);
        const ministry = existsSync(meta) ? readJson<{ ministry?: string }>(`${report.file}.meta.json`).ministry : undefined;
        expect([report.scope, ministry ?? (report.text.includes(report.ministry) ? report.ministry : '')]).toEqual([report.scope, report.ministry]);
        expect([report.scope, /令和[0-9]+年度/.exec(report.text)?.[0]]).toEqual([report.scope, eraLabel(report.fiscalYear)]);
      }
    });

    it(`when loaded, has the shape the question-set loader wants: known fields, kinds of question-set.json, corpus ${spec.corpus}, all held out`, () => {
      const kinds = new Set(readJson<{ questions: SetQuestion[] }>('tests/answer/question-set.json').questions.map((q) => q.kind));
      const strings = (value: unknown): boolean =>
        Array.isArray(value) && value.length > 0 && value.every((s) => typeof s === 'string' && s.trim() !== '');

      expect(typeof set.about).toBe('string');
      const misfits = questions.filter(
        (q) =>
          Object.keys(q).some((key) => !FIELDS.includes(key as keyof SetQuestion)) ||
          typeof q.question !== 'string' ||
          !kinds.has(q.kind) ||
          q.heldout !== true ||
          q.corpus !== spec.corpus ||
          !(q.expect === null || strings(q.expect)) ||
          !(q.reject === undefined || strings(q.reject)) ||
          !(q.heldBy === undefined || strings(q.heldBy)) ||
          (q.expect === null ? q.from !== undefined : !strings(q.from)),
      );
      expect(misfits.map((q) => q.question)).toEqual([]);
    });

    it(`when counted, has the ${spec.questions} questions it says: ${spec.questions - spec.unanswerable} answerable by what they ask and ${spec.unanswerable} it cannot answer`, () => {
      const tally = (list: string[]): Record<string, number> => list.reduce<Record<string, number>>((t, k) => ({ ...t, [k]: (t[k] ?? 0) + 1 }), {});

      expect(questions).toHaveLength(spec.questions);
      expect(unanswerable).toHaveLength(spec.unanswerable);
      expect(tally(answerable.map(category))).toEqual(spec.categories);
      expect(tally(answerable.map((q) => q.kind))).toEqual(spec.answerableKinds);
      expect(tally(unanswerable.map((q) => q.kind))).toEqual(spec.unanswerableKinds);
      expect(unanswerable.filter((q) => q.heldBy).length).toBe(spec.heldBy);
      if (spec.namingNoMinistry !== undefined)
        expect(answerable.filter((q) => ministriesNamed(q.question).length === 0).length).toBe(spec.namingNoMinistry);
      if (spec.namingTwoMinistries !== undefined)
        expect(answerable.filter((q) => ministriesNamed(q.question).length === 2).length).toBe(spec.namingTwoMinistries);
    });

    if (spec.namingTwoYears !== undefined) {
      const count = spec.namingTwoYears;
      it(`when counted, has ${count} answerable questions besides the changes that name two years, each from both years`, () => {
        const distinctYears = (q: SetQuestion): number[] => [...new Set(yearsNamed(q.question))].sort();
        const twoYears = answerable.filter((q) => q.kind !== 'change' && distinctYears(q).length === 2);

        expect(twoYears).toHaveLength(count);
        for (const q of twoYears) {
          expect([q.question, [...new Set(fromReports(q).map((r) => r.fiscalYear))].sort()]).toEqual([q.question, distinctYears(q)]);
        }
      });
    }

    it(`when compared with ${spec.others.join(', ')}, repeats none of their questions nor any of its own`, () => {
      const others = spec.others.flatMap((file) =>
        readJson<{ questions: SetQuestion[] }>(`tests/answer/${file}`).questions.map((q) => normalised(q.question)),
      );
      const own = questions.map((q) => normalised(q.question));

      expect(own.filter((q) => others.includes(q))).toEqual([]);
      expect(own.filter((q, i) => own.indexOf(q) !== i)).toEqual([]);
    });

    it('when a question can be answered, names in from reports of the corpus: the ministries and years it asks about', () => {
      const wrong = answerable.flatMap((q) => {
        const scopes = q.from ?? [];
        const found = fromReports(q);
        const named = ministriesNamed(q.question);
        const years = yearsNamed(q.question);
        const problems: string[] = [];
        if (found.length !== scopes.length || new Set(scopes).size !== scopes.length) problems.push('a from outside the corpus or twice');
        if (named.length > 0 && [...new Set(found.map((r) => r.ministry))].sort().join() !== named.sort().join()) problems.push('ministries differ');
        for (const r of found) {
          const previous = /前年度|昨年度/.test(q.question);
          const expected =
            years.length > 0
              ? years
              : q.kind === 'change' && previous
                ? [latestOf(r.ministry) - 1, latestOf(r.ministry)]
                : [latestOf(r.ministry) - (previous ? 1 : 0)];
          if (!expected.includes(r.fiscalYear)) problems.push(`${r.scope} is not the year asked`);
        }
        if (q.kind === 'change') {
          const [a, b] = found;
          if (found.length !== 2 || a === undefined || b === undefined || a.ministry !== b.ministry || a.fiscalYear >= b.fiscalYear)
            problems.push('a change needs two years of one ministry, earlier first');
        }
        if (new Set(found.map((r) => r.ministry)).size > 1 && found.some((r) => !(q.expect ?? []).includes(r.ministry))) {
          problems.push('an answer over several ministries names each');
        }
        return problems.map((p) => `${q.question}: ${p}`);
      });

      expect(wrong).toEqual([]);
    });

    it('when it expects a key, the key stands in a report it names (after NFKC) or follows from one: a typo fails here', () => {
      const missing = answerable.flatMap((q) => {
        const found = fromReports(q);
        return (q.expect ?? [])
          .filter((key) => {
            if (isMinistryKey(q, key)) return false;
            if (isDeltaKey(q, key)) return !deltaHolds(q, key);
            if (isVerdictKey(q, key)) return !verdictHolds(q, key);
            if (isTagCountKey(q, key)) {
              const n = Number(TAG_COUNT.exec(key)?.[1]);
              return !found.some((r) => tagsAsked(q.question).some((tag) => countOf(r, tag) === n));
            }
            if (q.kind === 'list')
              return !found.some((r) => tagsAsked(q.question).some((tag) => statementsTagged(r, tag).some((s) => standsIn(s, key))));
            if (q.kind === 'reason') return !found.some((r) => undecidedRows(r).some((row) => standsIn(row, key)));
            return !found.some((r) => standsIn(r.text, key));
          })
          .map((key) => `${q.question}: ${key}`);
      });

      expect(missing).toEqual([]);
    });

    it('when it rejects a key, a correct answer could not need it: not one of the expected keys, not in the named report as asked', () => {
      const wrong = answerable.flatMap((q) =>
        (q.reject ?? [])
          .filter((key) => {
            if ((q.expect ?? []).some((e) => e.includes(key))) return true;
            const found = fromReports(q);
            if (q.kind === 'status') return false;
            if (q.kind === 'list')
              return found.some((r) => tagsAsked(q.question).some((tag) => statementsTagged(r, tag).some((s) => standsIn(s, key))));
            if (q.kind === 'reason') return found.some((r) => undecidedRows(r).some((row) => standsIn(row, key)));
            return found.some((r) => standsIn(r.text, key));
          })
          .map((key) => `${q.question}: ${key}`),
      );

      expect(wrong).toEqual([]);
    });

    it('when a question cannot be answered, its heldBy names a loaded report (ministry, year or both), never the whole note', () => {
      const labels = reports.map((r) => `${r.ministry}の${eraLabel(r.fiscalYear)}`);

      const wrong = unanswerable.flatMap((q) =>
        (q.heldBy ?? []).filter((h) => !labels.some((label) => label.includes(h))).map((h) => `${q.question}: ${h}`),
      );

      expect(wrong).toEqual([]);
    });
  });
}
