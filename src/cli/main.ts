#!/usr/bin/env node
/**
 * torikumi's command line: `node dist/src/cli/main.js <command> [args]`.
 * Each command lives in its own module and exports `run(args): Promise<number>` (the exit code).
 */
type CommandModule = { run(args: string[]): Promise<number> };
type Command = { describe: string };

const COMMANDS: Record<string, Command> = {
  index: { describe: 'parse every report in data/ and write index/ atomically' },
  inspect: { describe: 'inspect <file> [--json]: print one parsed report' },
  add: { describe: 'add FILE [--replace] [--json]: check a report (PDF, XLSX, TXT) and copy it into data/' },
  search: { describe: 'search "<query>" [--json] [--limit N]' },
  ask: { describe: 'ask "<question>" [--json]' },
  serve: { describe: 'serve the web pages and the JSON API (PORT, default 3000)' },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.describe}`);
  return `usage: torikumi <command> [args]\n\ncommands:\n${lines.join('\n')}`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`torikumi: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  // Loaded by name so that `serve` does not pay for the modules of `index`, and the other way round.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(`./${name}-command`) as CommandModule;
  return module.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`torikumi: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
