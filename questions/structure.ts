import type { Questionnaire } from './schema.ts';

export function findStructuralProblems(_questionnaire: Questionnaire): string[] {
  return [];
}
