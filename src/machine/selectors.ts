/**
 * The machine's answers as the screens show them, derived in one place: the journey with the
 * labels of each answer ("Check your answers", the coordinator's running summary) and a question's
 * place on it (the progress line). The machine checks answers against its own questionnaire; a
 * screen shows the questionnaire in other words (another language or voice), so every selector
 * takes the questionnaire on screen and words its rows from that, wherever its words come from.
 * Questions and options are matched by id and value, which every wording shares.
 */
import type { Answers } from '../../questions/answers.ts';
import { answerLabels } from '../../questions/answer-labels.ts';
import { journey } from '../../questions/journey.ts';
import type {
  WordedQuestion as Question,
  WordedQuestionnaire as Questionnaire,
  WordedSection as Section,
} from '../../questions/schema.ts';

/** A question on the journey with the labels of its answer (none while it is unanswered). */
export type JourneyRow = { question: Question; labels: string[] };

export function journeyRows(shown: Questionnaire, answers: Answers): JourneyRow[] {
  return journey(shown, answers).map((question) => ({
    question,
    labels: answerLabels(question, answers[question.id]),
  }));
}

/** The questions answered so far, in journey order. */
export function answeredRows(shown: Questionnaire, answers: Answers): JourneyRow[] {
  return journeyRows(shown, answers).filter((row) => row.labels.length > 0);
}

/** The journey by section, leaving out a section with no question on it. */
export function rowsBySection(shown: Questionnaire, answers: Answers): { section: Section; rows: JourneyRow[] }[] {
  const rows = journeyRows(shown, answers);
  return shown.sections
    .map((section) => ({ section, rows: rows.filter((row) => section.questions.includes(row.question)) }))
    .filter((group) => group.rows.length > 0);
}

export type QuestionPlace = {
  question: Question;
  section: Section;
  /** Counted from 1. */
  sectionNumber: number;
  sectionCount: number;
  /** Counted from 1 along the journey the answers give now. */
  questionNumber: number;
  questionCount: number;
};

/** Where a question sits: its section, and its place on the journey; null when it is not on it. */
export function questionPlace(shown: Questionnaire, answers: Answers, questionId: string): QuestionPlace | null {
  const rows = journeyRows(shown, answers);
  const index = rows.findIndex((row) => row.question.id === questionId);
  const sectionIndex = shown.sections.findIndex((section) => section.questions.some((q) => q.id === questionId));
  const question = rows[index]?.question;
  const section = shown.sections[sectionIndex];
  if (!question || !section) return null;
  return {
    question,
    section,
    sectionNumber: sectionIndex + 1,
    sectionCount: shown.sections.length,
    questionNumber: index + 1,
    questionCount: rows.length,
  };
}
