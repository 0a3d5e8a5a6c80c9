/** The real seed report and the fictional fixtures, read once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/domain/paths';

export const SEED_FILE = 'mof-fy2020-followup.txt';
export const seedPath = (): string => join(projectRoot(), 'data', SEED_FILE);
export const seedText = (): string => readFileSync(seedPath(), 'utf8');
export const fixturePath = (name: string): string => join(projectRoot(), 'tests', 'fixtures', name);
export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');
