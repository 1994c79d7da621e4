/**
 * The test run used by mutation testing (`npm run test:mutation`, stryker.config.mjs): only the
 * rules' unit tests, in node; no component or end-to-end project is loaded. Stryker reruns the
 * tests for every mutant and stops at the first failure, so quick example tests go first and the
 * property tests last (the order changes only how soon a mutant is caught, not whether), with a tenth of their random cases and of their exhaustive enumerations
 * (RULES_PROPERTY_RUNS_SCALE, see tests/unit/rules/support/property-runs.ts): the score is then a
 * lower bound of what the full suite catches.
 */
import { BaseSequencer } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/** Broad, quick checks first (the generated decision table changes with any rule), properties last. */
const order = (file) => {
  if (file.moduleId.endsWith('/generated-docs.test.ts')) return 0;
  if (file.moduleId.includes('/properties/')) return 3;
  return file.moduleId.endsWith('/sources-coverage.test.ts') ? 2 : 1;
};

class QuickFirst extends BaseSequencer {
  sort(files) {
    return [...files].sort((a, b) => order(a) - order(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

export default defineConfig({
  test: {
    globals: true,
    include: ['tests/unit/rules/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    env: { RULES_PROPERTY_RUNS_SCALE: '0.1' },
    sequence: { sequencer: QuickFirst },
  },
});
