import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project's root folder (the one holding package.json), whether running from src/ under jest or from dist/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`torikumi: no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

/** Default folders: the bundled reports and the built index. */
export const defaultDataDir = (): string => join(projectRoot(), 'data');
export const defaultIndexDir = (): string => join(projectRoot(), 'index');
