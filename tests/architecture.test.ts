/**
 * Imports flow one way along the pipeline (README, STYLE.md): a stage may import the stages before it, never one
 * after it. The test reads every import of src/ and fails naming the file and the arrow the architecture forbids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../src/domain/paths';

/** The stages in pipeline order; `app` wires them all, `cli` is an entry point over the app. */
const STAGES = ['domain', 'ingest', 'analysis', 'indexing', 'query', 'answer', 'http', 'app', 'cli'] as const;
type Stage = (typeof STAGES)[number];

/** Packages a stage must not use: the query and answer stages never see HTTP, the web layer never tokenises. */
const FORBIDDEN_PACKAGES: Partial<Record<Stage, string[]>> = {
  domain: ['express', 'kuromoji', 'minisearch', 'pdfjs-dist', 'exceljs'],
  query: ['express', 'ejs', 'multer'],
  answer: ['express', 'ejs', 'multer'],
  http: ['kuromoji', 'pdfjs-dist'],
};

const srcDir = join(projectRoot(), 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs)$/u.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports (static, dynamic and type-only imports, and re-exports). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/gu)].flatMap(([, specifier]) => specifier ?? []);
  return [...new Set(found)];
}

function stageOf(path: string): Stage | null {
  const [top = ''] = relative(srcDir, path).split(/[\\/]/u);
  return (STAGES as readonly string[]).includes(top) ? (top as Stage) : null;
}

const arrows = sourceFiles(srcDir).flatMap((file) => {
  const from = stageOf(file);
  return from === null ? [] : importsOf(file).map((target) => ({ file: relative(srcDir, file), from, target }));
});

describe('architecture: imports flow one way', () => {
  it('reads the imports of every stage (a test that found none would prove nothing)', () => {
    const stagesSeen = new Set(arrows.map((a) => a.from));

    expect(STAGES.filter((stage) => !stagesSeen.has(stage))).toEqual([]);
    expect(arrows.length).toBeGreaterThan(200);
  });

  it('no stage imports a later one (query or answer → http, analysis or ingest → indexing, indexing → query …)', () => {
    const backwards = arrows.flatMap(({ file, from, target }) => {
      if (!target.startsWith('.')) return [];
      const to = stageOf(join(srcDir, file, '..', target));
      return to !== null && STAGES.indexOf(to) > STAGES.indexOf(from) ? [`${file}: ${from} → ${to} (${target})`] : [];
    });

    expect(backwards).toEqual([]);
  });

  it('no stage uses a package its place forbids (express in query or answer, kuromoji in http …)', () => {
    const misuse = arrows.flatMap(({ file, from, target }) => {
      const forbidden = FORBIDDEN_PACKAGES[from] ?? [];
      return forbidden.some((name) => target === name || target.startsWith(`${name}/`)) ? [`${file}: ${from} uses ${target}`] : [];
    });

    expect(misuse).toEqual([]);
  });
});
