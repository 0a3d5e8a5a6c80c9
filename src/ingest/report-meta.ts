/**
 * Who and when a report is about: the fiscal year from the title line, the ministry from the text,
 * and an optional `<file>.meta.json` sidecar that overrides both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../domain/errors';

/** Sidecar `<file>.meta.json`: every field optional; what it gives wins over what the text says. */
export const ReportMeta = z
  .object({
    ministry: z.string().trim().min(1).max(40).optional(),
    fiscalYear: z.number().int().min(1989).max(2100).optional(),
    fiscalYearLabel: z.string().trim().min(1).max(20).optional(),
  })
  .strict();
export type ReportMeta = z.infer<typeof ReportMeta>;

const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988 };
const ERA_YEAR = /(令和|平成)\s*(元|[0-9０-９]{1,2})\s*年度/u;

/** 令和2年度 → {fiscalYear: 2020, label: 令和2年度}; 令和元年度 → 2019. Undefined when no era year is printed. */
export function readFiscalYear(text: string): { fiscalYear: number; label: string } | undefined {
  const [, era, printed] = ERA_YEAR.exec(text) ?? [];
  if (era === undefined || printed === undefined) return undefined;
  const eraStart = ERA_START[era];
  if (eraStart === undefined) return undefined;
  const digits = printed.normalize('NFKC');
  const yearInEra = digits === '元' ? 1 : Number(digits);
  if (!Number.isInteger(yearInEra) || yearInEra < 1) return undefined;
  return { fiscalYear: eraStart + yearInEra, label: `${era}${printed === '元' ? '元' : yearInEra}年度` };
}

/** Words ending in 省/庁 that name no ministry: the ministry's own office, all ministries, leaving the office. */
const GENERIC_ENDINGS = [
  '入庁',
  '府省',
  '本省',
  '各省',
  '省庁',
  '官庁',
  '本庁',
  '退庁',
  '登庁',
  '出庁',
  '当庁',
  '当省',
  '自省',
  '他省',
  '他庁',
  '各庁',
  '県庁',
  '都庁',
  '道庁',
  '府庁',
  '市庁',
];
/** A run of kanji/katakana that starts at a word boundary and ends at its first 省 or 庁; no ministry's name is shorter than three characters (財務省, 金融庁). */
const MINISTRY_CANDIDATE = /(?<![\p{Script=Han}\p{Script=Katakana}ー])[\p{Script=Han}\p{Script=Katakana}ー]{2,8}?[省庁]/gu;

function isGeneric(name: string): boolean {
  return GENERIC_ENDINGS.some((ending) => name.endsWith(ending));
}

/** Counts candidate ministry names, skipping generic words and hosts such as 「(○○省主催)」. */
export function countMinistryNames(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(MINISTRY_CANDIDATE)) {
    const name = match[0];
    const after = text.slice((match.index ?? 0) + name.length, (match.index ?? 0) + name.length + 3);
    if (isGeneric(name) || after.startsWith('主催')) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** The most frequent ministry name, or undefined when there is none or two tie. */
export function guessMinistry(text: string): string | undefined {
  const [first, second] = [...countMinistryNames(text)].sort((a, b) => b[1] - a[1]);
  if (first === undefined) return undefined;
  if (second !== undefined && second[1] === first[1]) return undefined;
  return first[0];
}

/** Reads `<reportPath>.meta.json` when it exists; META_INVALID naming the file and field when it does not validate. */
export function readSidecarMeta(reportPath: string): ReportMeta | undefined {
  const sidecar = `${reportPath}.meta.json`;
  if (!existsSync(sidecar)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(sidecar, 'utf8'));
  } catch (error) {
    throw new AppError('META_INVALID', `${sidecar}: not valid JSON (${(error as Error).message})`, { file: sidecar });
  }
  const parsed = ReportMeta.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(root)';
    throw new AppError('META_INVALID', `${sidecar}: ${field}: ${issue?.message ?? 'does not validate'}`, { file: sidecar, field });
  }
  return parsed.data;
}

/** Resolves the fiscal year from sidecar and text: a label alone is converted, a number alone keeps the printed label. */
export function resolveFiscalYear(
  fromText: { fiscalYear: number; label: string } | undefined,
  meta: ReportMeta | undefined,
): { fiscalYear: number; label: string } | undefined {
  const fromLabel = meta?.fiscalYearLabel ? readFiscalYear(meta.fiscalYearLabel) : undefined;
  const fiscalYear = meta?.fiscalYear ?? fromLabel?.fiscalYear ?? fromText?.fiscalYear;
  if (fiscalYear === undefined) return undefined;
  const label = meta?.fiscalYearLabel ?? (fromText?.fiscalYear === fiscalYear ? fromText.label : `${fiscalYear}年度`);
  return { fiscalYear, label };
}
