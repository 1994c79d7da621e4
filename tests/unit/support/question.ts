/** A question of the shipped questionnaire by id; fails the test at once when there is none. */
import { findQuestion } from '../../../questions/journey.ts';
import { questionnaire } from '../../../questions/questionnaire.ts';
import type { Question } from '../../../questions/schema.ts';

export function question(id: string): Question {
  const found = findQuestion(questionnaire, id);
  if (!found) throw new Error(`no question "${id}" in the questionnaire`);
  return found;
}
