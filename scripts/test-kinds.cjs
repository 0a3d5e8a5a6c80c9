/**
 * Sorts the test files into jest projects by what they reach, so that the split keeps itself right as tests are
 * added: a test is an **integration** test when, through its imports (type-only imports aside), it reaches
 * kuromoji's dictionary, pdf.js or exceljs, a child process or an HTTP app under supertest; **e2e** when it lives
 * in tests/e2e (a browser); every other test is a **unit** test and runs in seconds (`npm run test:unit`).
 */
const { existsSync, readFileSync, readdirSync, statSync } = require('node:fs');
const { dirname, join, relative, resolve } = require('node:path');

const root = resolve(__dirname, '..');

/** Modules whose loading is what makes a test slow: the tokenizer's dictionary, pdf.js's worker, processes. */
const SLOW_MODULES = ['src/analysis/load-tokenizer.ts', 'src/ingest/pdf/read-pdf.ts'];
const SLOW_PACKAGES = ['node:child_process', 'child_process', 'supertest', 'kuromoji', 'pdfjs-dist', 'exceljs'];

function listTests(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : listTests(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Value imports (not `import type`) and requires of a TypeScript file, as written. */
function importsOf(source) {
  const specifiers = [];
  const pattern =
    /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const match of source.matchAll(pattern)) specifiers.push(match[1] ?? match[2] ?? match[3]);
  return specifiers;
}

function resolveLocal(from, specifier) {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const slowCache = new Map();

/** Whether a file reaches a slow module or package through its value imports. */
function reachesSlow(file, visiting = new Set()) {
  if (slowCache.has(file)) return slowCache.get(file);
  if (visiting.has(file)) return false;
  visiting.add(file);
  const rel = relative(root, file);
  let slow = SLOW_MODULES.includes(rel);
  if (!slow && /\.(ts|js|cjs|mjs)$/.test(file)) {
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (SLOW_PACKAGES.includes(specifier)) slow = true;
      else if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier);
        if (target && reachesSlow(target, visiting)) slow = true;
      }
      if (slow) break;
    }
  }
  slowCache.set(file, slow);
  return slow;
}

function testKinds() {
  const kinds = { unit: [], integration: [], e2e: [] };
  for (const file of listTests(join(root, 'tests'))) {
    const rel = relative(root, file);
    if (rel.startsWith(join('tests', 'e2e'))) kinds.e2e.push(file);
    else if (reachesSlow(file)) kinds.integration.push(file);
    else kinds.unit.push(file);
  }
  return kinds;
}

module.exports = { testKinds };

if (require.main === module) {
  for (const [kind, files] of Object.entries(testKinds())) {
    console.log(`${kind} (${files.length})`);
    for (const file of files) console.log(`  ${relative(root, file)}`);
  }
}
