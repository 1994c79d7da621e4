/** Where a question sits: its section and its place on the journey, as text a screen reader reads. */
import { journey, sectionOf } from '../../questions/journey.ts';
import { useMessages } from './messages.tsx';
import { QuestionnaireActor } from './questionnaire-actor.tsx';
import { useLocale } from './locale/locale-context.ts';

export function useQuestionProgress(questionId: string) {
  const messages = useMessages();
  const { questionnaire } = useLocale();
  const answers = QuestionnaireActor.useSelector((snapshot) => snapshot.context.answers);
  const path = journey(questionnaire, answers);
  const index = path.findIndex((question) => question.id === questionId);
  const question = path[index];
  const section = sectionOf(questionnaire, questionId);
  if (!question || !section) return null;
  const sectionNumber = questionnaire.sections.indexOf(section) + 1;
  return {
    question,
    sectionCaption: messages.progress.section(sectionNumber, questionnaire.sections.length, section.title),
    questionCaption: messages.progress.question(index + 1, path.length),
  };
}
