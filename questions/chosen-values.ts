import type { AnswerValue } from './answers.ts';

/**
 * The option values an answer chose: one for a single choice, any number for checkboxes. Anything
 * else (a number, null, an object, from a hand-written file or a tampered store) chose nothing, so
 * the journey and the rules stay total on any input.
 */
export function chosenValues(answer: AnswerValue | undefined): readonly string[] {
  const value: unknown = answer;
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}
