#!/usr/bin/env node
// Runs before `npm start`, `npm test` and the other scripts so that a fresh clone needs no set-up step:
// installs dependencies when they are missing or older than the lock file, and compiles TypeScript when
// any source is newer than the last build. Prints what it does, because a silent minute looks like a hang.
import { execSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

function newestIn(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const installedStamp = join(root, 'node_modules', '.package-lock.json');
if (!existsSync(installedStamp) || mtime(join(root, 'package-lock.json')) > mtime(installedStamp)) {
  console.log('bootstrap: installing dependencies (npm ci) …');
  try {
    run('npm ci --no-audit --no-fund');
  } catch {
    // npm ci refuses a lock file written by another npm version; npm install reconciles it instead of failing the start.
    console.log('bootstrap: npm ci failed; trying npm install …');
    run('npm install --no-audit --no-fund');
  }
}

const buildStamp = join(root, 'dist', '.build-stamp');
const newestSource = Math.max(newestIn(join(root, 'src')), newestIn(join(root, 'bench')), mtime(join(root, 'tsconfig.json')));
if (newestSource > mtime(buildStamp)) {
  console.log('bootstrap: compiling TypeScript (tsc) …');
  run('npx tsc -p tsconfig.json');
  run(`node -e "require('fs').writeFileSync('dist/.build-stamp', String(Date.now()))"`);
}
