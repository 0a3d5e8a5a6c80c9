/**
 * What-was-done answers: the one to three statements that best match the question, each with its tag
 * (【新規】【拡充】【継続】), identical statements given once.
 */
import type { AlternativeRelation } from '../analysis/types';
import type { Initiative } from '../domain/types';
import type { AnswerContext, Draft } from './answer-context';
import { sourceOf } from './answer-context';
import { normalizeForMatch } from './relevance';
import { retrieveCandidates, type Candidate } from './retrieve-candidates';

const MAX_STATEMENTS = 3;
/** Statements this far below the best one are about something else. */
const MAX_DROP = 0.15;

function isStatement(initiative: Initiative): boolean {
  return initiative.kind === 'statement' || initiative.kind === 'reason';
}

function withTag(initiative: Initiative): string {
  return initiative.tag ? `【${initiative.tag}】${initiative.text}` : initiative.text;
}

/**
 * The best candidates of the best one's report, identical texts (the same statement under several items) counted
 * once; one report, so that the answer can say which ministry and year it is for.
 */
function bestDistinct(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  const chosen: Candidate[] = [];
  const [best] = candidates;
  if (best === undefined) return chosen;
  for (const candidate of candidates) {
    if (chosen.length === MAX_STATEMENTS || candidate.relevance < best.relevance - MAX_DROP) break;
    const { ministry, fiscalYear } = candidate.initiative;
    if (ministry !== best.initiative.ministry || fiscalYear !== best.initiative.fiscalYear) continue;
    const key = candidate.initiative.duplicateGroup ?? candidate.initiative.text;
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(candidate);
  }
  return chosen;
}

/**
 * 「メンター制度の成果は？」: the results column (D) of the best matching rows, each after its row's title (the result of
 * what), one report as for statements; null when no row with results matches (the statements then answer).
 */
function answerResults(context: AnswerContext): Draft | null {
  const candidates = retrieveCandidates(context.engine, context.query, context.matcher, context.scope, (p) => p.field === 'results');
  const chosen = bestDistinct(candidates);
  const [best] = chosen;
  if (best === undefined || best.relevance < RESULTS_RELEVANCE || lacksAskedDetail(context, chosen)) return null;
  return {
    kind: 'what',
    answer: chosen.map((c) => `${c.initiative.rowTitle}：${c.text}`).join('\n'),
    confidence: best.relevance,
    sources: chosen.map((c) => sourceOf(c.initiative, c.text, 'results')),
  };
}

/** A row's results must cover the subject this well (with its row and statements) to answer for it. */
const RESULTS_RELEVANCE = 0.5;

/** Answers a what-question with the best statements (or, asked for its results, the rows' results); null when none matches. */
export function answerWhat(context: AnswerContext): Draft | null {
  const results = context.shape.asksResults ? answerResults(context) : null;
  if (results !== null) return results;
  const statements = answerStatements(context);
  // Asked for results the row does not print: what was done is all the report says, and the answer says so.
  return statements && context.shape.asksResults ? { ...statements, answer: `${NO_RESULTS}${statements.answer}` } : statements;
}

/** The first words of a results question's answer from statements. */
const NO_RESULTS = '成果欄（D）に記載はありません。取組の内容：';

/** 「どんな面談シート」「なんという製品」: the detail a what-question asks about, named after its interrogative. */
const ASKED_DETAIL = /(?:どんな|どのような|どういった|どういう|何という|なんという)([\p{Script=Han}\p{Script=Katakana}ー]{2,})/u;
/** 「…キャリア形成の面談をやっていましたか」: what a yes/no question asks was done, which a statement must name. */
const ASKED_DONE =
  /([\p{Script=Han}\p{Script=Katakana}ー]{2,})を(?:やって|して|実施して|行って|設けて|導入して|開催して|送って|配って|配布して|作って|作成して|用意して)(?:い|お)?(?:ます|ました|る|た)?(?:か|の)/u;
/** 「…キャリア形成について面談する取組をしていますか」: what was done said as a verb before 取組, which a statement must name. */
const DONE_AS_VERB =
  /([\p{Script=Han}\p{Script=Katakana}ー]{2,})(?:する|を行う|を実施する|を設ける)(?:取組|取り組み|仕組み|制度|機会)を(?:やって|して|実施して|行って|設けて)/u;
/** 「…をやってるんですか」「…していますか」「「実施」と報告している」: a question whether something was done. */
const ASKS_WHETHER_DONE =
  /[「『]実施[」』]|(やって|して|行って|実施して|導入して|入れて|設けて)(い|お)?(る|ます|ました|た)?(ん|の)?(です|でしょう)?か[?？。]*$|(やって|して)(る|いる)(ん|の)[?？]|(が|は)(あります|ある|あった|ありました)(か|の)[?？。]*$|と報告して(いる|います)(の|府省|ところ)|(実施|導入)され(て(い|お))?(ます|る|ました|た)(の)?(です)?か/;
/** 「メッセージを動画で配信していますか」「メールで共有していましたか」: the means a yes/no question asks was used. */
const ASKED_MEANS =
  /([\p{Script=Han}\p{Script=Katakana}ー]{2,})(?:で|により|を通じて|を使って|を用いて)[\p{Script=Han}\p{Script=Katakana}ー]{0,8}?(?:配信|共有|周知|発信|開催|提供|通知|実施|説明)(?:して|され|し)(?:い|お)?(?:ます|ました|る|た)?(?:か|の)/u;
/** 「多面観察の結果をどう活用したと報告していますか」: how a thing was used, which a statement must say. */
const ASKED_USE = /(?:を|は)(?:どう|どのように|どのよう|どういうふうに)(活用|利用|反映|還元|フィードバック|生か|役立て)/u;
/** 「端末を100台調達したときの費用を教えて」: an amount of money, which the reports do not print unless they say so. */
const ASKED_AMOUNT = /(費用|金額|予算額|経費|コスト|単価|価格|値段|総額)(は|を|って|が|も)/u;

/** 「RPAの導入にいくらかけたか」「何円かかった」: what something cost, which a statement must say (as its 費用). */
const COST_ASKED = /いくら(かけ|かかっ|使っ|投じ|要し|で)|何(円|万円|億円)/u;

/** Alternatives that print the detail asked, or a kind of it; a related word (庁 for 周知メール's 周知) names another. */
const SAME_DETAIL: ReadonlySet<AlternativeRelation> = new Set(['synonym', 'narrower']);

/** Details that ask for the statement itself (どんな内容, どのような取組, どういう状況), not for something it must print. */
const STATEMENT_ITSELF = /^(内容|状況|事情|取組|取り組み|場合|拡充|工夫|配慮|対策|施策|方法|やり方|形|点|成果|効果|結果|理由|支援|活動|対応)$/;

/**
 * Whether the question asks for a detail the statements do not print (「上司はどんな面談シートを使っていますか」 of
 * 「キャリア面談を行う仕組みを設けた」, 「なんという製品ですか」 of 「生成AIを活用した…ツールの試行を開始した」): a word of the
 * detail, or a synonym of it, missing from every statement chosen. The reports say what was done, not its particulars.
 */
function lacksAskedDetail(context: AnswerContext, chosen: Candidate[]): boolean {
  const question = context.question.normalize('NFKC');
  const detail =
    ASKED_DETAIL.exec(question)?.[1] ??
    DONE_AS_VERB.exec(question)?.[1] ??
    ASKED_DONE.exec(question)?.[1] ??
    ASKED_MEANS.exec(question)?.[1] ??
    ASKED_USE.exec(question)?.[1] ??
    ASKED_AMOUNT.exec(question)?.[1] ??
    (COST_ASKED.test(question) ? '費用' : undefined);
  if (detail === undefined || STATEMENT_ITSELF.test(detail)) return false;
  // The row's title counts: 「メールで周知するような意識啓発をしていますか」 is answered by a statement under the row
  // メールによる意識啓発・周知 that says only what was sent to whom.
  const texts = chosen.map((c) => normalizeForMatch(`${c.initiative.rowTitle}${c.text}`));
  const clauses = context.engine.analyze(detail).clauses;
  return clauses.some(
    (clause) =>
      !texts.some((text) =>
        [clause.words, ...clause.alternatives.filter((a) => SAME_DETAIL.has(a.relation)).map((a) => a.words)].some(
          (words) => words.length > 0 && words.every((w) => text.includes(w)),
        ),
      ),
  );
}

/**
 * 「カイゼン活動とは何？」: among candidates about as relevant as the best, those printing the subject as asked come
 * first. A synonym covers the subject as fully as the word itself (業務改善 for カイゼン活動), but the statement that
 * names it is the one that says what it is.
 */
function literalFirst(candidates: Candidate[], subject: string): Candidate[] {
  const [best] = candidates;
  const asked = normalizeForMatch(subject).replace(/\s+/g, '');
  if (best === undefined || asked.length < 2) return candidates;
  const near = (c: Candidate) => c.relevance >= best.relevance - MAX_DROP;
  const prints = (c: Candidate) => normalizeForMatch(c.text).includes(asked);
  const printing = candidates.filter((c) => near(c) && prints(c));
  return printing.length === 0 ? candidates : [...printing, ...candidates.filter((c) => !printing.includes(c))];
}

function answerStatements(context: AnswerContext): Draft | null {
  const candidates = retrieveCandidates(
    context.engine,
    context.query,
    context.matcher,
    context.scope,
    (p) => isStatement(p.initiative) && p.text === p.initiative.text,
  );
  const chosen = bestDistinct(literalFirst(candidates, context.shape.subject));
  const [best] = chosen;
  if (best === undefined || lacksAskedDetail(context, chosen)) return null;
  // 「…をやってるんですか？」「「実施」と報告している府省を挙げて」: whether it was done is asked, which the row's status says.
  const asksDone = ASKS_WHETHER_DONE.test(context.question);
  const withStatus = (i: Candidate['initiative']) => (asksDone && i.status !== null ? `${withTag(i)}（実施状況：${i.status}）` : withTag(i));
  return {
    answer: chosen.map((c) => withStatus(c.initiative)).join('\n'),
    confidence: best.relevance,
    sources: chosen.map((c) => sourceOf(c.initiative)),
  };
}
