/** Where a question sits: its section and its place on the journey, as text a screen reader reads. */
import { questionPlace } from '../machine/selectors.ts';
import { useMessages } from './messages.tsx';
import { QuestionnaireActor } from './questionnaire-actor.tsx';
import { useLocale } from './locale/locale-context.ts';

export function useQuestionProgress(questionId: string) {
  const messages = useMessages();
  const { questionnaire } = useLocale();
  const answers = QuestionnaireActor.useSelector((snapshot) => snapshot.context.answers);
  const place = questionPlace(questionnaire, answers, questionId);
  if (!place) return null;
  const { question, section, sectionNumber, sectionCount, questionNumber, questionCount } = place;
  return {
    question,
    sectionCaption: messages.progress.section(sectionNumber, sectionCount, section.title),
    questionCaption: messages.progress.question(questionNumber, questionCount),
  };
}
