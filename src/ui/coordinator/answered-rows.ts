/** The answers given so far, as rows a person reads: in journey order, each with its labels. */
import type { Answers } from '../../../questions/answers.ts';
import { answerLabels } from '../../../questions/answer-labels.ts';
import { journey } from '../../../questions/journey.ts';
import type { WordedQuestion, WordedQuestionnaire } from '../../../questions/schema.ts';

export type AnsweredRow = { question: WordedQuestion; labels: string[] };

export function answeredRows(questionnaire: WordedQuestionnaire, answers: Answers): AnsweredRow[] {
  return journey(questionnaire, answers)
    .map((question) => ({ question, labels: answerLabels(question, answers[question.id]) }))
    .filter((row) => row.labels.length > 0);
}
