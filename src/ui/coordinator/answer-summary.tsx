/**
 * The running summary of the call: every answer so far, in journey order, each with a Change.
 * Beside the question on a wide screen; folded under it in a <details> on a narrow one, so the
 * question stays first. Labels come from the questionnaire in the language on screen.
 */
import { useImperativeHandle, useRef, type Ref } from 'react';
import { useLocale } from '../locale/locale-context.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';
import { answeredRows } from './answered-rows.ts';
import { canChange, changeAnswer } from './edit-answer.ts';
import { useWideScreen } from './use-wide-screen.ts';

export type AnswerSummaryHandle = { focus: () => void };

export function AnswerSummary({ ref }: { ref?: Ref<AnswerSummaryHandle> }) {
  const t = useAllMessages().coordinator;
  const wide = useWideScreen();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const toggleRef = useRef<HTMLElement>(null);
  const { questionnaire } = useLocale();
  const answers = QuestionnaireActor.useSelector((snapshot) => snapshot.context.answers);
  const rows = answeredRows(questionnaire, answers);

  useImperativeHandle(ref, () => ({
    focus: () => {
      if (detailsRef.current) detailsRef.current.open = true;
      (titleRef.current ?? toggleRef.current)?.focus();
    },
  }));

  const list = rows.length === 0 ? <p>{t.noAnswers}</p> : <SummaryRows rows={rows} />;
  if (!wide) {
    return (
      <details ref={detailsRef} className="details coordinator-summary">
        <summary ref={toggleRef} className="details__summary">
          {t.summaryToggle(rows.length)}
        </summary>
        {list}
      </details>
    );
  }
  return (
    <section className="coordinator-summary" aria-labelledby="coordinator-summary-title">
      <h2 id="coordinator-summary-title" ref={titleRef} tabIndex={-1} className="heading-m">
        {t.summaryTitle}
      </h2>
      {list}
    </section>
  );
}

function SummaryRows({ rows }: { rows: ReturnType<typeof answeredRows> }) {
  const t = useAllMessages().coordinator;
  const actor = QuestionnaireActor.useActorRef();
  const snapshot = QuestionnaireActor.useSelector((current) => current);
  return (
    <dl className="coordinator-summary__list">
      {rows.map(({ question, labels }) => (
        <div className="coordinator-summary__row" key={question.id}>
          <dt className="coordinator-summary__key">{question.summary}</dt>
          <dd className="coordinator-summary__value">{labels.join('; ')}</dd>
          {canChange(snapshot, question.id) ? (
            <dd className="coordinator-summary__action">
              <button type="button" className="link-button" onClick={() => changeAnswer(actor, question.id)}>
                {t.change} <span className="visually-hidden">{question.summary.toLowerCase()}</span>
              </button>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
