/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: 'tsconfig.json' }] },
  // kuromoji's dictionary takes a second to load; integration suites share one per worker.
  testTimeout: 60000,
  maxWorkers: 2,
};
