/**
 * `npm run bench`: runs every bench/*-bench.ts section (search core, HTTP load, answers), prints each
 * section's table and writes all figures to bench/results/latest.json. Sections are found by file name
 * so that each stage owns its own benchmark.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface BenchSection {
  /** Runs the benchmark, prints a table, returns the figures to save. */
  run(options: { quick: boolean }): Promise<Record<string, unknown>>;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('-bench.js'))
    .filter((f) => !only || f.startsWith(only))
    .sort();
  const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, quick };
  for (const file of files) {
    const name = file.replace(/-bench\.js$/, '');
    console.log(`\n=== ${name} ===`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const section = require(join(__dirname, file)) as BenchSection;
    results[name] = await section.run({ quick });
  }
  const outDir = join(__dirname, '..', '..', 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'latest.json'), JSON.stringify(results, null, 2));
  console.log(`\nbench: figures written to bench/results/latest.json`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
