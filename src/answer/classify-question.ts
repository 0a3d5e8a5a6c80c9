/**
 * Question classification: which kind of answer a question wants (a metric value, met or not, a status, a date,
 * a count, what was done), from its interrogatives and counters, and what is left once those are removed (the subject).
 */
import type { QuestionKind } from './types';

/** Which number of a metric the question asks for; null when it names none (then all three are given). */
export type MetricField = 'target' | 'current' | 'baseline';

export interface QuestionShape {
  kind: QuestionKind;
  metricField: MetricField | null;
  /** The counter asked for by 何名 / 何日 / 何か月 …, canonical form (名, 日, か月, 時間 …), or null. */
  counter: string | null;
  /** The question without its interrogative scaffolding: what it is about. */
  subject: string;
}

interface KindRule {
  kind: QuestionKind;
  pattern: RegExp;
}

/**
 * Tried in order, first match wins. 達成 comes before the metric words because 「目標は達成した？」 names a target
 * but asks whether it was met; 実施状況 before 何を, because a status question may also say 取組.
 */
const KIND_RULES: KindRule[] = [
  { kind: 'met', pattern: /達成|上回|下回|届いて|クリア/ },
  { kind: 'when', pattern: /いつ|何年|何月|何日から|時期|日付|開始日|開設日/ },
  { kind: 'count', pattern: /何(名|人|日|か月|ヶ月|カ月|ヵ月|時間|回|件|倍|割)|いくつ|人数|件数|日数/ },
  { kind: 'metric', pattern: /何(%|％|パーセント|ポイント)|割合|比率|[^効]率|目標設定時|現状|目標|数値|値は|値を/ },
  { kind: 'status', pattern: /実施状況|実施未定|実施の有無/ },
  { kind: 'what', pattern: /どのような|どのように|どう[^か]|どんな|何を|なにを|何が|内容|工夫|具体的/ },
  // Yes/no forms: 「…は実施されている？」 asks for the status, unless a stronger 'what' cue came first.
  { kind: 'status', pattern: /実施され|実施して|実施した|実施しな|やっている|行われ|行っている/ },
  { kind: 'what', pattern: /取組|取り組|とは|について/ },
];

/** Interrogatives, particles and polite endings that carry the question, not its subject. Longest first. */
const SCAFFOLDING: RegExp[] = [
  /(を|は|が|に|で|の)?(教えて(ください|下さい)?|知りたい|ですか|ますか|でしょうか|のか|か)?[?？。]*$/,
  /(の)?(実施状況|実施の有無)(は|を|について)?/g,
  /(の|は)?(目標設定時|目標|現状|現在|最新|実績|基準値|当初)(の)?(値|数値|水準)?(は|を|と|に)?/g,
  // Metric titles name what is counted (取得率, 採用目標), rarely the word for a share itself.
  /(の)?(割合|比率|数値|値)(は|を|が)?/g,
  /(時点|現在)(の|で|における)?/g,
  /(は|を|が)?(達成(でき)?(した|している|していますか|できている|できていますか|しましたか|された|されている)?|上回った|上回っている|下回った|届いている)(か)?/g,
  /(は|を|が)?(いつ|何年|何月|どの時期|時期)(に|から|まで)?/g,
  /(は|を|が|に)?何(名|人|日|か月|ヶ月|カ月|ヵ月|時間|回|件|倍|割|%|％|パーセント|ポイント)(を|に|の|以上|未満)?/g,
  /(は|を|が)?(どのような|どのように|どう(?=[^か])|どんな|何を|なにを|何が|いくつ|どれくらい|どのくらい|どれだけ)/g,
  /(実施|した|している|された|されている|行った|行っている|しましたか|ですか|ますか|でしょうか)+[?？。]*$/,
  // Linking phrases and the generic word for initiative: every statement is an 取組, so they tell nothing apart.
  /(について|に関して|に関する|に向けて|に向けた|のために|ために|として)/g,
  /(取組|取り組み|取組み|施策|対策)(を|は|が|の)?/g,
];

/** The first interrogative rule that matches, else 'unknown'. */
export function classifyKind(question: string): QuestionKind {
  return KIND_RULES.find((rule) => rule.pattern.test(question))?.kind ?? 'unknown';
}

/** 目標設定時 is tested before 目標 because it contains it. */
export function metricFieldOf(question: string): MetricField | null {
  if (/目標設定時|基準値|当初/.test(question)) return 'baseline';
  if (/現状|現在|最新|実績|直近/.test(question)) return 'current';
  if (/目標/.test(question)) return 'target';
  return null;
}

const COUNTER_SPELLINGS: [RegExp, string][] = [
  [/何(か|ヶ|カ|ヵ)月/, 'か月'], [/何時間/, '時間'], [/何(名|人)|人数/, '名'], [/何日|日数/, '日'],
  [/何回/, '回'], [/何件|件数/, '件'], [/何倍/, '倍'], [/何割/, '割'],
];

/** The counter a count question asks for (何名 → 名), or null. 名 also accepts 人 when answering. */
export function counterOf(question: string): string | null {
  return COUNTER_SPELLINGS.find(([pattern]) => pattern.test(question))?.[1] ?? null;
}

/** Removes interrogatives, question endings and metric-field words, keeping what the question is about. */
export function subjectOf(question: string): string {
  let subject = question.trim();
  for (const pattern of SCAFFOLDING) subject = subject.replace(pattern, ' ').trim();
  return subject.replace(/[『』「」"“”]/g, '').replace(/\s+/g, ' ').replace(/^[ はをがのに]+|[ はをがのに]+$/g, '').trim();
}

/**
 * The shape of a question: kind, metric field, counter and subject.
 * @example classifyQuestion('『男の産休』取得率の目標設定時の値は？') // {kind: 'metric', metricField: 'baseline', …}
 */
export function classifyQuestion(question: string): QuestionShape {
  const kind = classifyKind(question);
  return {
    kind,
    metricField: kind === 'metric' || kind === 'met' ? metricFieldOf(question) : null,
    counter: kind === 'count' ? counterOf(question) : null,
    subject: subjectOf(question),
  };
}
