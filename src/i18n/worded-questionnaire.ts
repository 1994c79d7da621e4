/**
 * The questionnaire in one language's words and one voice, with the options offered to that
 * perspective: what the screens, the check page and the exports read. Put together once per words and voice, so a screen re-rendering gets the same object.
 */
import type { Perspective } from '../../questions/perspective.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { WordedQuestionnaire } from '../../questions/schema.ts';
import { offeredTo } from '../../questions/offered-to.ts';
import { withWords } from '../../questions/with-words.ts';
import { inVoice } from './voices.ts';
import type { FirstWords } from './word-types.ts';

const worded = new WeakMap<FirstWords['questions'], Partial<Record<Perspective, WordedQuestionnaire>>>();

export function questionnaireIn(questions: FirstWords['questions'], perspective: Perspective): WordedQuestionnaire {
  const known = worded.get(questions) ?? {};
  worded.set(questions, known);
  known[perspective] ??= withWords(offeredTo(questionnaire, perspective), inVoice(questions, perspective));
  return known[perspective];
}
