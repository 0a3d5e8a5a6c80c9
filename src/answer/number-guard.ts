/**
 * The rule that an answer never states a number its sources do not: every date in the answer must be a date of a
 * source (compared normalised, so 2020年4月1日 stands for 令和2年4月1日), and every other number must be printed in
 * a source or be the difference of two printed numbers (the gap between a metric's current value and its target).
 */
import { findDates } from './japanese-dates';
import { decimalsOf, findNumbers, formatNumber } from './japanese-numbers';
import type { AnswerSource } from './types';

function sourceTexts(sources: AnswerSource[]): string[] {
  return sources.flatMap((source) => [source.text, `${source.fiscalYear}年度`]);
}

function withoutSpans(text: string, spans: { start: number; end: number }[]): string {
  let result = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    result = `${result.slice(0, span.start)} ${result.slice(span.end)}`;
  }
  return result;
}

function printedDifferences(numbers: { value: number; text: string }[]): Set<string> {
  const differences = new Set<string>();
  for (const a of numbers) {
    for (const b of numbers) {
      const decimals = Math.max(decimalsOf(a.text), decimalsOf(b.text));
      differences.add(formatNumber(Math.abs(a.value - b.value), decimals));
    }
  }
  return differences;
}

/**
 * The numbers and dates of an answer that none of its sources supports (empty when the answer is sound).
 * @example unsupportedNumbers('13名', [{text: '女性13名を中途採用した。', …}]) // []
 */
export function unsupportedNumbers(answer: string, sources: AnswerSource[]): string[] {
  const texts = sourceTexts(sources);
  const sourceDates = new Set(texts.flatMap((text) => findDates(text).map((date) => date.iso)));
  const sourceNumbers = texts.flatMap((text) => findNumbers(withoutSpans(text, findDates(text))));
  const printedValues = new Set(sourceNumbers.map((n) => n.value));
  const differences = printedDifferences(sourceNumbers);

  const answerDates = findDates(answer);
  const badDates = answerDates.filter((date) => !sourceDates.has(date.iso)).map((date) => date.text);
  const badNumbers = findNumbers(withoutSpans(answer, answerDates))
    .filter((n) => !printedValues.has(n.value) && !differences.has(formatNumber(n.value, decimalsOf(n.text))))
    .map((n) => n.text);
  return [...badDates, ...badNumbers];
}
