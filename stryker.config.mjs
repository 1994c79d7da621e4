/**
 * Mutation testing of the rules (`npm run test:mutation`): Stryker changes the code of
 * src/rules/ one small edit at a time and checks that some unit test fails for each edit.
 * The rules' sentences are not here but in src/i18n/ (words only, no decisions). Left out:
 * src/rules/sources.ts (the clinical reference copied as data: summaries and links no result
 * shows; every cited id is checked against it by the schema and the property tests).
 */
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.mjs' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/rules/**/*.ts', '!src/rules/sources.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 95, low: 90, break: 90 },
  ignorePatterns: ['/dist', '/reports', '/coverage', '/public', '/deploy', '/tests/e2e', '/tests/component'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
