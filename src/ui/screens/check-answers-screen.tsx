/**
 * "Check your answers": every answer on the journey, by section, each with a Change action that
 * returns here after the change (asking any newly opened question first).
 */
import { answerLabels } from '../../../questions/answer-labels.ts';
import { journey } from '../../../questions/journey.ts';
import type { WordedQuestion } from '../../../questions/schema.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { BackLink } from '../components/back-link.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';
import { useLocale } from '../locale/locale-context.ts';
import { SaveAnswers } from '../components/save-answers.tsx';

export function CheckAnswersScreen() {
  const messages = useAllMessages();
  const actor = QuestionnaireActor.useActorRef();
  const { questionnaire } = useLocale();
  const answers = QuestionnaireActor.useSelector((snapshot) => snapshot.context.answers);
  const path = journey(questionnaire, answers);
  const groups = questionnaire.sections
    .map((section) => ({ section, questions: path.filter((question) => section.questions.includes(question)) }))
    .filter((group) => group.questions.length > 0);
  const t = messages.check;

  const row = (question: WordedQuestion) => {
    const labels = answerLabels(question, answers[question.id]);
    const action = labels.length > 0 ? t.change : t.answer;
    return (
      <div className="summary-list__row" key={question.id}>
        <dt className="summary-list__key">{question.summary}</dt>
        <dd className="summary-list__value">
          {labels.length === 0 ? t.notAnswered : null}
          {labels.length === 1 ? labels[0] : null}
          {labels.length > 1 ? (
            <ul className="list">
              {labels.map((label) => (
                <li key={label}>{label}</li>
              ))}
            </ul>
          ) : null}
        </dd>
        <dd className="summary-list__actions">
          <button
            type="button"
            className="link-button"
            onClick={() => actor.send({ type: 'nav.edit', questionId: question.id })}
          >
            {action} <span className="visually-hidden">{question.summary.toLowerCase()}</span>
          </button>
        </dd>
      </div>
    );
  };

  return (
    <>
      <BackLink />
      <PageHeading title={t.title}>{t.title}</PageHeading>
      {groups.map(({ section, questions }) => (
        <section key={section.id} aria-labelledby={`check-${section.id}`}>
          <h2 id={`check-${section.id}`} className="heading-m">
            {section.title}
          </h2>
          <dl className="summary-list">{questions.map(row)}</dl>
        </section>
      ))}
      <SaveAnswers />
      <h2 className="heading-m">{t.confirmHeading}</h2>
      <p>{t.confirmNote}</p>
      <button type="button" className="button" onClick={() => actor.send({ type: 'check.confirm' })}>
        {t.confirm}
      </button>
    </>
  );
}
