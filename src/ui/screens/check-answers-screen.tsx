/**
 * "Check your answers": every answer on the journey, by section, each with a Change action that
 * returns here after the change (asking any newly opened question first). A question declined on
 * an intake call (coordinator mode) shows "Declined to answer".
 */
import { rowsBySection, type JourneyRow } from '../../machine/selectors.ts';
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
  const declined = QuestionnaireActor.useSelector((snapshot) => snapshot.context.declined);
  const groups = rowsBySection(questionnaire, answers);
  const t = messages.check;

  const row = ({ question, labels: given }: JourneyRow) => {
    const labels = declined.includes(question.id) ? [t.declined] : given;
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
      {groups.map(({ section, rows }) => (
        <section key={section.id} aria-labelledby={`check-${section.id}`}>
          <h2 id={`check-${section.id}`} className="heading-m">
            {section.title}
          </h2>
          <dl className="summary-list">{rows.map(row)}</dl>
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
