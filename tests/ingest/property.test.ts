import fc from 'fast-check';
import { AppError } from '../../src/domain/errors';
import { buildInitiatives, markDuplicates } from '../../src/ingest/build-initiatives';
import { parseReport } from '../../src/ingest/parse-report';
import { splitStatements } from '../../src/ingest/statements';
import { normalizeWhitespace } from '../../src/ingest/text';
import { seedText } from './seed';

const HEADER = '## 令和2年度 取組計画等フォローアップ\n大項目\t中項目\t\t各取組の実施状況 (A)\n';

/** Pieces report lines are made of, so random lines often look like real rows. */
const fragment = fc.constantFrom(
  '',
  '\t',
  '\t\t',
  '働き方改革',
  '活 躍 で き る',
  'その他',
  '1',
  '7',
  '10',
  'a',
  'b',
  'i',
  'ア',
  'イ',
  'オ',
  '実施',
  '実施未定',
  '(独自実施のもの)',
  '【継続】',
  '【新規】',
  '【全体】',
  '<p>',
  '</p>',
  '<ul>',
  '<li>',
  '</li>',
  '<b>',
  '目標：',
  '現状：',
  '目標設定時：',
  '30%',
  '(令和2年)',
  '（',
  '）',
  '財務省',
  'テスト省',
  ' ',
  '\u3000',
  '\r',
  '&amp;',
  '。',
);
const reportLine = fc.array(fc.oneof(fragment, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join(''));
const reportBody = fc.array(reportLine, { maxLength: 30 }).map((lines) => lines.join('\n'));

/** Runs parse → build → mark, with or without a sidecar ministry; only an AppError may come out. */
function ingestOrAppError(text: string, withMeta = true): void {
  try {
    const parsed = parseReport(text, 'random.txt', withMeta ? { ministry: 'テスト省' } : undefined);
    markDuplicates(buildInitiatives(parsed));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

describe('ingest on arbitrary text (fast-check)', () => {
  it('never throws anything but AppError on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => ingestOrAppError(text)),
      { numRuns: 300 },
    );
  });

  it('never throws anything but AppError on report-like lines under a real header', () => {
    fc.assert(
      fc.property(reportBody, fc.boolean(), (body, withMeta) => ingestOrAppError(HEADER + body, withMeta)),
      { numRuns: 500 },
    );
  });

  it('never throws on the seed with random lines spliced in', () => {
    const lines = seedText().split('\n');
    fc.assert(
      fc.property(fc.nat(lines.length), reportLine, (at, line) => ingestOrAppError([...lines.slice(0, at), line, ...lines.slice(at)].join('\n'))),
      { numRuns: 40 },
    );
  });

  it('gives ids that are 12 hex characters and unique, whatever rows the report holds', () => {
    fc.assert(
      fc.property(reportBody, (body) => {
        try {
          const ids = buildInitiatives(parseReport(HEADER + body, 'random.txt', { ministry: 'テスト省' })).map((i) => i.id);
          return ids.every((id) => /^[0-9a-f]{12}$/u.test(id)) && new Set(ids).size === ids.length;
        } catch (error) {
          if (error instanceof AppError) return true;
          throw error;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('splitStatements keeps no markup and no untrimmed whitespace in any statement', () => {
    fc.assert(
      fc.property(reportLine, (cell) =>
        splitStatements(cell).every((s) => !/<\/?(p|li|ul|b)\b[^>]*>/iu.test(s.text) && s.text === normalizeWhitespace(s.text)),
      ),
      { numRuns: 500 },
    );
  });
});
