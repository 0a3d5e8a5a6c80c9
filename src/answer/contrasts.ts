/**
 * Qualifiers that exclude each other in this field. A figure for 男性職員 is not a figure for 女性職員, a target for
 * 採用 is not one for 登用, a rate of 休暇 is not a rate of 休業, and 介護 is not 育児: when a question names one side of
 * such a contrast and a text names only another side, the text does not answer it, however much else it shares
 * (「女性職員の育児休業取得率」 against the row 男性職員の育児休業取得率). A text naming neither side, or the asked side
 * too, is not contradicted: 「職員の育児休業」 and 「男女の育児休業」 still answer.
 */
import { normalizeForMatch } from './relevance';

/** One dimension: its sides, each given by the words that name it (normalised as the matcher normalises). */
type Contrast = readonly (readonly string[])[];

/**
 * Dimensions whose side is the subject of a target row itself: a target row answers a question naming 採用 only if
 * it names 採用 (「男性職員の採用割合」 is not answered by the row 男性職員の育児休業取得率, which names neither side).
 */
const HIRING_OR_PROMOTION: Contrast = [['採用'], ['登用']];

/**
 * Dimensions that narrow what is counted: a figure for the whole ministry is not one for its regional offices, so a
 * question naming a side is answered only by a text naming it (「地方機関で働く男性職員の育児休業取得率」 is not
 * answered by the ministry's 男性職員の育児休業取得率, which names no office).
 */
const HEAD_OR_REGIONAL_OFFICES: Contrast = [
  ['本省', '本府省'],
  ['地方機関', '地方支分部局', '地方'],
];
/** So does sex: 「女性職員に限ると、年次休暇は平均何日」 is not answered by every staff member's average. */
const WOMEN_OR_MEN: Contrast = [
  ['女性', '女子', '母親'],
  ['男性', '男子', '父親', '男の'],
];
/**
 * So do grades: 「課長補佐級職員の受講者数」 is not answered by 「研修の受講者は延べ112名」 (every grade), nor 「係長級の女性の
 * 割合」 by the row of 課長補佐相当職. Only words that name one grade: 課長 alone is also in 課長補佐 and 地方機関課長.
 */
const GRADES: Contrast = [['係長'], ['課長補佐', '補佐級', '補佐相当'], ['課室長', '課長級', '課長相当', '室長級', '室長相当'], ['指定職']];
const NAMED_BY_EVERY_TEXT: ReadonlySet<Contrast> = new Set([HEAD_OR_REGIONAL_OFFICES, WOMEN_OR_MEN]);
/**
 * A target row is named by its grade (【係長相当職(本省)】), so a question naming a grade is answered by a row naming it;
 * other texts may name none and still answer (a count of them is checked by lacksAskedGrade).
 */
const NAMED_BY_TARGET_ROWS: ReadonlySet<Contrast> = new Set([HIRING_OR_PROMOTION, GRADES]);

const CONTRASTS: readonly Contrast[] = [
  // Sex. 「男の産休」 is the government's name for men's childbirth-related leave.
  WOMEN_OR_MEN,
  // What the care is for.
  [['育児', '子育て', '保育', '出産', '子の看護'], ['介護']],
  // Hiring against promotion into posts.
  HIRING_OR_PROMOTION,
  // Extended leave (休業: months, without pay) against days of leave (休暇); 育休 is a 休業, 産休 (男の産休 too) a 休暇.
  [
    ['休業', '育休'],
    ['休暇', '産休'],
  ],
  // Head office against regional offices.
  HEAD_OR_REGIONAL_OFFICES,
  // Grades of post.
  GRADES,
];

interface NormalizedContrast {
  sides: string[][];
  namedByTargetRows: boolean;
  namedByEveryText: boolean;
}

const NORMALIZED: NormalizedContrast[] = CONTRASTS.map((contrast) => ({
  sides: contrast.map((side) => side.map((word) => normalizeForMatch(word))),
  namedByTargetRows: NAMED_BY_TARGET_ROWS.has(contrast),
  namedByEveryText: NAMED_BY_EVERY_TEXT.has(contrast),
}));

/** The grades' sides, normalised as NORMALIZED holds them. */
const GRADE_SIDES = NORMALIZED[CONTRASTS.indexOf(GRADES)]!.sides;
const SEX_SIDES = NORMALIZED[CONTRASTS.indexOf(WOMEN_OR_MEN)]!.sides;

function namesSide(text: string, side: string[]): boolean {
  return side.some((word) => text.includes(word));
}

/**
 * A group the question restricts the figure to (「管理職員だけの受講率」「係長級のみ」「本省に限ると」「…のうち、育児中の職員は」):
 * the words before だけ, のみ, に限る/限った or 限定, or after のうち. A text that does not name the group gives the figure of some other group (全職員を対象に
 * … 受講率は98.0%) and does not answer; where the group is a side of a contrast every text must name (女性職員に限ると,
 * 地方の出先機関に限った), the contrast decides, since it knows the other names of that side.
 */
const RESTRICTED_GROUP = /([\p{Script=Han}\p{Script=Katakana}ー]{2,12})(?=だけ|のみ|に限[らりるっ]|限定)/gu;
/**
 * 「利用した職員のうち、育児中の職員は何名」: the group after のうち is the one counted (育児中) — not a superlative
 * (「テスト省・架空庁・架空省のうち一番少なかったのは」 compares the ministries named), nor 「…年度のうち一度でも」 (any of the years).
 */
const GROUP_AFTER_OF_WHOM =
  /のうち[、,]?\s*(?!一番|最も|いちばん|もっとも|どこ|どれ|一度|一回|いずれ|達成|未達|実施)([\p{Script=Han}\p{Script=Katakana}ー]{2,12})/gu;

function restrictedGroups(question: string): string[] {
  const groups: string[] = [];
  for (const match of question.normalize('NFKC').matchAll(GROUP_AFTER_OF_WHOM)) {
    const group = normalizeForMatch(match[1]!);
    if (!NORMALIZED.some(({ sides, namedByEveryText }) => namedByEveryText && sides.some((side) => namesSide(group, side)))) groups.push(group);
  }
  for (const match of question.normalize('NFKC').matchAll(RESTRICTED_GROUP)) {
    const before = normalizeForMatch(question.normalize('NFKC').slice(Math.max(0, match.index - 6), match.index + match[1]!.length));
    if (NORMALIZED.some(({ sides, namedByEveryText }) => namedByEveryText && sides.some((side) => namesSide(before, side)))) continue;
    groups.push(normalizeForMatch(match[1]!));
  }
  return groups;
}

/** Whether a normalised text holds every character pair of the group (管理職員: 管理, 理職, 職員), so 管理職 … 職員 does. */
function namesGroup(text: string, group: string): boolean {
  for (let i = 0; i + 2 <= group.length; i++) if (!text.includes(group.slice(i, i + 2))) return false;
  return true;
}

/**
 * Whether a text (the sentence a figure stands in) leaves out a group the question restricts the figure to: a record
 * may name the group in one sentence (ＲＰＡの対象を…給与関係業務にも広げ) and give the figure of all in another
 * (年間約520時間の作業時間を削減した), which is no answer to 「…のうち、給与関係業務の分は」.
 */
export function lacksRestrictedGroup(question: string): (text: string) => boolean {
  const groups = restrictedGroups(question);
  if (groups.length === 0) return () => false;
  return (text) => {
    const normalized = normalizeForMatch(text);
    return groups.some((group) => !namesGroup(normalized, group));
  };
}

/**
 * A test of whether a text contradicts the question: for some contrast, the question names a side the text does
 * not name while the text names another side — or names no side of a dimension that narrows what is counted
 * (offices), or, with `targetRows` (the text is a target row), of a dimension the rows are named by; or the question
 * restricts the figure to a group (…だけ, …に限ると) the text does not name. Both strings are compared normalised (width, case, kana forms).
 */
export function contradictionTest(question: string, options: { targetRows?: boolean } = {}): (text: string) => boolean {
  const asked = normalizeForMatch(question);
  const named = NORMALIZED.map(({ sides, namedByTargetRows, namedByEveryText }) => ({
    sides,
    required: namedByEveryText || (namedByTargetRows && options.targetRows === true),
    askedSides: sides.filter((side) => namesSide(asked, side)),
  })).filter(
    // A question naming every side of a contrast (「男女別の…」 spelled out) leaves that contrast open.
    ({ sides, askedSides }) => askedSides.length > 0 && askedSides.length < sides.length,
  );
  const groups = restrictedGroups(question);
  if (named.length === 0 && groups.length === 0) return () => false;
  return (text: string) => {
    const normalized = normalizeForMatch(text);
    if (groups.some((group) => !namesGroup(normalized, group))) return true;
    // 「配偶者出産休暇だけの取得率」 is not the 「両休暇合計5日以上取得率」 of a row naming both leaves: a total is no
    // figure of one part.
    if (groups.length > 0 && COMBINED.test(normalized)) return true;
    return named.some(
      ({ sides, askedSides, required }) =>
        !askedSides.some((side) => namesSide(normalized, side)) &&
        (required || sides.some((side) => !askedSides.includes(side) && namesSide(normalized, side))),
    );
  };
}

/** A figure of several things together (合計, 両休暇, 合わせて, 総数). */
const COMBINED = /合計|両休暇|両方|合わせて|あわせて|総数|総計/;

/** Words asking for a count of people, and how many characters before one a grade restricts it. */
const COUNT_WORD = /人数|者数|何名|何人|の数/g;
const COUNTED_WINDOW = 10;

/**
 * Whether a text (the sentence a figure stands in, with its row's title) names none of the grades the question asks
 * about: a row may widen a training to 課長補佐級職員 in one sentence and count every participant in another
 * (「研修の受講者は延べ112名」), which is no count of 課長補佐級職員.
 */
export function lacksAskedGrade(question: string): (text: string) => boolean {
  const askedSides = countedGrades(question);
  if (askedSides.length === 0) return () => false;
  return (text) => {
    const normalized = normalizeForMatch(text);
    return !askedSides.some((side) => namesSide(normalized, side));
  };
}

/** Whether the question asks for a count of one grade (「課長補佐級職員の人数」), which lacksAskedGrade holds figures to. */
export function countsOneGrade(question: string): boolean {
  return countedGrades(question).length > 0;
}

/**
 * Whether a text (a figure's whole statement or results, with its row's title and statements) names neither sex the
 * question counts: 「セミナーに参加した男性職員は何名」 is not answered by 「参加者は延べ25名」 of a seminar for every
 * member of staff. The whole text is read, not the figure's sentence: 「男性職員向けセミナーを開催した。参加者は延べ30名」
 * counts men.
 */
export function lacksCountedSex(question: string): (text: string) => boolean {
  const askedSides = countedSides(question, SEX_SIDES);
  if (askedSides.length === 0) return () => false;
  return (text) => {
    const normalized = normalizeForMatch(text);
    return !askedSides.some((side) => namesSide(normalized, side));
  };
}

/** Whether the question asks for a count of one sex (「参加した男性職員は何名」), which lacksCountedSex holds figures to. */
export function countsOneSex(question: string): boolean {
  return countedSides(question, SEX_SIDES).length > 0;
}

function countedGrades(question: string): string[][] {
  return countedSides(question, GRADE_SIDES);
}

/**
 * The sides of a dimension (grades, sex) named just before a count word (「課長補佐級職員の人数」「参加した男性職員は
 * 何名」): only those restrict the count; a grade that tells which row or year is meant (「課長補佐級まで対象を広げてから
 * 受講者は延べ何名」) does not. None when every side is named.
 */
function countedSides(question: string, dimension: readonly string[][]): string[][] {
  const normalized = normalizeForMatch(question);
  const asked = [...normalized.matchAll(COUNT_WORD)]
    .map((match) => normalized.slice(Math.max(0, match.index - COUNTED_WINDOW), match.index))
    .join(' ');
  const sides = dimension.filter((side) => namesSide(asked, side));
  return sides.length === dimension.length ? [] : sides;
}

/**
 * What people counted did, in the words the reports use for it: 参加者 and 受講者 attended, 利用者 used a scheme,
 * 取得者 took leave, 講師 taught, 回答者 answered a survey, 応募者 applied, 相談 asked for advice.
 */
const COUNTED_ROLES: readonly RegExp[] = [/参加|受講|出席|視聴/, /利用|活用/, /取得/, /講師|登壇/, /回答/, /応募|申込|申し込/, /相談/];
/** Each role as an abstention names it (「講師の数の記載はありません」). */
const ROLE_NAMES: readonly string[] = ['参加者', '利用者', '取得者', '講師', '回答者', '応募者', '相談'];
/** A count word of the question (何人, いくつ, 人数 …), whose own clause says which people or things are counted. */
const ASKED_COUNT = /何名|何人|人数|者数|何件|件数|いくつ|幾つ|何か所|何箇所|の数/;

/** The role named nearest the count word, in the question's clause that holds it; -1 when that clause names none. */
function askedRole(question: string): number {
  const clause = normalizeForMatch(question)
    .split(/[、，,。？?]/)
    .find((part) => ASKED_COUNT.test(part));
  if (clause === undefined) return -1;
  const at = clause.search(ASKED_COUNT);
  let nearest = -1;
  let distance = Infinity;
  COUNTED_ROLES.forEach((role, i) => {
    for (const match of clause.matchAll(new RegExp(role.source, 'g'))) {
      const away = Math.abs(match.index - at);
      if (away < distance) [nearest, distance] = [i, away];
    }
  });
  return nearest;
}

/**
 * Whether a figure's clause counts people of another role than the question asks for: 「講師を務めた職員は何人」 is
 * not answered by 「参加者は延べ61名」, nor 「説明会に何人くらいの職員が参加」 by 「フレックスタイム制の利用者は45名」. A
 * clause naming no role, or naming the one asked, is no contradiction.
 */
export function countsOtherRole(question: string): (clause: string) => boolean {
  const asked = askedRole(question);
  if (asked === -1) return () => false;
  return (clause) => {
    const normalized = normalizeForMatch(clause);
    const named = COUNTED_ROLES.map((role) => role.test(normalized));
    return named.some(Boolean) && !named[asked];
  };
}

/**
 * The role the question counts and the one a figure's clause counts instead, as named (「講師」「参加者」), when they
 * differ: what an abstention says is printed instead. null when the question names no role or the clause no other.
 */
export function rolesApart(question: string, clause: string): { asked: string; printed: string } | null {
  const asked = askedRole(question);
  if (asked === -1) return null;
  const normalized = normalizeForMatch(clause);
  const printed = COUNTED_ROLES.findIndex((role, i) => i !== asked && role.test(normalized));
  return printed === -1 || COUNTED_ROLES[asked]!.test(normalized) ? null : { asked: ROLE_NAMES[asked]!, printed: ROLE_NAMES[printed]! };
}
