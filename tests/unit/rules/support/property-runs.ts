/**
 * How many cases each property tries. Mutation testing reruns the properties for every mutant, so
 * its own vitest config sets RULES_PROPERTY_RUNS_SCALE below 1: the random properties then try
 * fewer cases and stop at the first failing one (no shrinking: only "caught or not" matters), and
 * the exhaustive enumerations check a fixed pseudo-random share of their cases.
 */
import type fc from 'fast-check';

const scale = Math.min(1, Number(process.env.RULES_PROPERTY_RUNS_SCALE ?? '1'));
const mutationRun = scale < 1;

/** Room for the properties on a busy machine (each takes about a second on its own). */
export const PROPERTY_TIMEOUT = 60_000;

/** A fixed seed keeps failures reproducible; fast-check prints the seed and path of any failure. */
export function runs(numRuns: number): fc.Parameters<unknown> {
  return { numRuns: Math.max(20, Math.round(numRuns * scale)), seed: 20_260_611, endOnFailure: mutationRun };
}

/** All the cases; under mutation testing, a fixed pseudo-random share of them. */
export function exhaustive<T>(cases: readonly T[]): readonly T[] {
  if (!mutationRun) return cases;
  return cases.filter((_, index) => ((index * 2_654_435_761) % 4_294_967_296) / 4_294_967_296 < scale);
}
