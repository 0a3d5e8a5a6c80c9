/**
 * `ask "<question>" [--json]`: answers a question from the index (rebuilt first when stale) and prints the answer,
 * its confidence and its sources, or 「資料からは分かりません」 when the reports do not say; --json prints the Answer.
 */
import { answerQuestion } from '../answer/answer-question';
import type { Answer } from '../answer/types';
import { AppError, isAppError } from '../domain/errors';
import { openSearchEngine } from '../app/open-engine';

const USAGE = 'usage: torikumi ask "<question>" [--json]';
/** What the user sees when the answer is null, as on the web page. */
export const NO_ANSWER = '資料からは分かりません';

export async function run(args: string[]): Promise<number> {
  let parsed: { question: string; json: boolean };
  try {
    parsed = parseAskArgs(args);
  } catch (error) {
    console.error(`torikumi ask: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { engine } = await openSearchEngine();
  try {
    const answer = answerQuestion(engine, parsed.question);
    console.log(parsed.json ? JSON.stringify(answer, null, 2) : formatAnswer(answer));
    return 0;
  } catch (error) {
    if (!isAppError(error) || error.code !== 'INVALID_INPUT') throw error;
    console.error(`torikumi ask: ${error.message}\n${USAGE}`);
    return 2;
  }
}

/** Reads the question (the words, joined by a space) and --json; throws INVALID_INPUT naming an unknown option. */
export function parseAskArgs(args: string[]): { question: string; json: boolean } {
  const words: string[] = [];
  let json = false;
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg.startsWith('--')) throw new AppError('INVALID_INPUT', `unknown option ${arg}`, { field: arg });
    else words.push(arg);
  }
  const question = words.join(' ').trim();
  if (question === '') throw new AppError('INVALID_INPUT', 'a question is required', { field: 'question' });
  return { question, json };
}

/**
 * The answer for a terminal: the answer (or NO_ANSWER) with why, its kind and confidence, the per-ministry table,
 * then one line a source; after an abstention, the search that may help and questions the reports can answer.
 */
export function formatAnswer(answer: Answer): string {
  const scope = answer.scope ? `  [${[answer.scope.ministry, answer.scope.fiscalYear].filter(Boolean).join(' ')}]` : '';
  const lines = [
    `Q: ${answer.question}`,
    `A: ${(answer.answer ?? NO_ANSWER).replace(/\n/g, '\n   ')}`,
    `   (${answer.kind}, confidence ${answer.confidence.toFixed(2)})${scope}`,
  ];
  if (answer.readAs) lines.push(`   read as: ${answer.readAs.fixes.map((fix) => `${fix.from} → ${fix.to}`).join(', ')}`);
  if (answer.note) lines.push(`   ${answer.note}`);
  if (answer.table && answer.table.length > 0) {
    lines.push('', 'by ministry:');
    // A change's row spans two years, named in its value: no one year to print.
    for (const row of answer.table) {
      const year = row.fiscalYearLabel ? ` ${row.fiscalYearLabel}（${row.fiscalYear}年度）` : '';
      lines.push(`  ${row.ministry}${year}: ${row.value}`);
    }
  }
  if (answer.sources.length > 0) lines.push('', 'sources:');
  answer.sources.forEach((source, i) =>
    lines.push(`  ${i + 1}. ${source.ministry} ${source.fiscalYearLabel ?? source.fiscalYear} #${source.id}`, `     ${source.text}`),
  );
  if (answer.answer === null && answer.suggestedSearch) lines.push('', `try the search: ${answer.suggestedSearch.url}`);
  if (answer.answer === null && answer.examples && answer.examples.length > 0)
    lines.push('', 'questions the reports answer:', ...answer.examples.map((q) => `  ${q}`));
  return lines.join('\n');
}
