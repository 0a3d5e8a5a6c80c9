import fc from 'fast-check';
import { answerQuestion } from '../../src/answer/answer-question';
import { isAppError } from '../../src/domain/errors';
import { numbersMissingFromSources, openAnswerEngine, type OpenedAnswerEngine } from './answer-engine';

/** Pieces of questions: subjects taken from the seed, made-up subjects, numbers, dates and question endings. */
const SUBJECTS = [
  '男の産休',
  '女性の登用目標',
  '超過勤務',
  '保育所',
  'メンター制度',
  '税関',
  'テレワーク',
  '宇宙開発',
  '給与',
  '本省課室長相当職',
  '育児休業',
];
const MODIFIERS = ['', '財務省の', '防衛省の', '令和2年度の', '平成27年7月の', '2031年度の', '１３名の', '四十六人の', '99.9%の'];
const ENDINGS = [
  'は？',
  'の目標設定時の値は？',
  'は達成した？',
  'の実施状況は？',
  'はいつ？',
  'は何名？',
  'は何日？',
  'について何をした？',
  'はいくつ？',
  '',
];

describe('answerQuestion properties on the seed', () => {
  let opened: OpenedAnswerEngine;

  beforeAll(async () => {
    opened = await openAnswerEngine();
  });

  afterAll(() => opened?.close());

  it('when asked any question built from report words, numbers and endings, never states a number its sources do not print', () => {
    const question = fc
      .tuple(fc.constantFrom(...MODIFIERS), fc.constantFrom(...SUBJECTS), fc.constantFrom(...ENDINGS))
      .map((parts) => parts.join(''));

    fc.assert(
      fc.property(question, (q) => {
        const answer = answerQuestion(opened.engine, q);

        expect(numbersMissingFromSources(answer)).toEqual([]);
        expect(answer.answer === null ? answer.sources.length === 0 : answer.sources.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('when given any text, answers or abstains, and throws nothing but INVALID_INPUT', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 220, unit: 'grapheme' }), (text) => {
        try {
          const answer = answerQuestion(opened.engine, text);

          expect(answer.confidence).toBeGreaterThanOrEqual(0);
          expect(answer.confidence).toBeLessThanOrEqual(1);
        } catch (error) {
          expect(isAppError(error) && error.code === 'INVALID_INPUT').toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
