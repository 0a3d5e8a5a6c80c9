/** Question answering contract: implemented by src/answer/answer-question.ts. */
export const QUESTION_KINDS = ['metric', 'met', 'status', 'when', 'count', 'what', 'unknown'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface AnswerSource {
  id: string;
  text: string;
  ministry: string;
  fiscalYear: number;
}

export interface Answer {
  question: string;
  kind: QuestionKind;
  /** A short answer, or null when the reports do not say (the UI shows 「資料からは分かりません」). */
  answer: string | null;
  /** 0..1 */
  confidence: number;
  sources: AnswerSource[];
  /** The ministry / year the answer is for, when the corpus has several. */
  scope?: { ministry?: string; fiscalYear?: number };
}
