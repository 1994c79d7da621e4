/**
 * The one field of a question page's form: the option chosen (one value, or a list for
 * checkboxes), or nothing yet. Its own module, so the page's form and the choice list that fills
 * it in both import it and neither imports the other's screen.
 */
import type { AnswerValue } from '../../../questions/answers.ts';

export type QuestionFields = { answer: AnswerValue | null };
