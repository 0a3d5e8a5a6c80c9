/**
 * Three projects, sorted by scripts/test-kinds.cjs from what each test file imports: `unit` (no dictionary, no PDF
 * or workbook library, no process or HTTP app; `npm run test:unit` runs them in seconds), `integration` and `e2e`
 * (headless Chromium). `npm test` runs all three.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- jest reads its config as CommonJS
const { testKinds } = require('./scripts/test-kinds.cjs');

const kinds = testKinds();
const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.json' }] },
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: kinds.unit },
    // kuromoji's dictionary takes a second to load; integration suites share one per worker.
    { ...shared, displayName: 'integration', testMatch: kinds.integration },
    { ...shared, displayName: 'e2e', testMatch: kinds.e2e },
  ],
  // A global option: inside a project jest ignores it and keeps its 5 s default, too short for building an index.
  testTimeout: 60000,
  maxWorkers: 2,
};
