/** Statements of the real seed report, read as printed (HTML tags removed), for analysis tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED_PATH = join(__dirname, '..', '..', 'data', 'mof-fy2020-followup.txt');

/** The whole seed report with its HTML tags replaced by spaces. */
export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8').replace(/<[^>]+>/g, ' ');
}

/** The first 【tag】 statement or table cell of the seed that contains `fragment`; throws when the seed lacks it. */
export function seedStatement(fragment: string): string {
  const pieces = seedText().split(/\t|\n|(?=【(?:継続|新規|拡充)】)/);
  const found = pieces.find((piece) => piece.includes(fragment));
  if (!found) throw new Error(`seed report has no statement containing ${fragment}`);
  return found.trim();
}
