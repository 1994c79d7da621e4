/**
 * The running summary of the call: every answer so far, in journey order. Each row offers Change
 * only where the machine takes it (`nav.edit`): on a question page an earlier answer (any other
 * during a Change from "Check your answers"), on the crisis screen also the answer that opened it,
 * and every answer on the results. Beside the question on a wide screen; folded under it in a
 * <details> on a narrow one, so the question stays first. Labels come from the questionnaire in
 * the language on screen. A question the caller declined shows "Declined to answer", and the
 * coordinator's note on an answer shows under it.
 */
import { useImperativeHandle, useRef, type Ref } from 'react';
import { useLocale } from '../locale/locale-context.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { journeyRows, type JourneyRow } from '../../machine/selectors.ts';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';
import { useCall } from './call-state.tsx';
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
  const declined = QuestionnaireActor.useSelector((snapshot) => snapshot.context.declined);
  const rows = journeyRows(questionnaire, answers).flatMap((row) => {
    if (declined.includes(row.question.id)) return [{ ...row, labels: [t.declined] }];
    return row.labels.length > 0 ? [row] : [];
  });

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

function SummaryRows({ rows }: { rows: JourneyRow[] }) {
  const t = useAllMessages().coordinator;
  const actor = QuestionnaireActor.useActorRef();
  const snapshot = QuestionnaireActor.useSelector((current) => current);
  const { notes } = useCall().call;
  return (
    <dl className="coordinator-summary__list">
      {rows.map(({ question, labels }) => (
        <div className="coordinator-summary__row" key={question.id}>
          <dt className="coordinator-summary__key">{question.summary}</dt>
          <dd className="coordinator-summary__value">{labels.join('; ')}</dd>
          {notes[question.id]?.trim() ? (
            <dd className="coordinator-summary__note">
              {t.notePrefix} {notes[question.id]}
            </dd>
          ) : null}
          {snapshot.can({ type: 'nav.edit', questionId: question.id }) ? (
            <dd className="coordinator-summary__action">
              <button
                type="button"
                className="link-button"
                onClick={() => actor.send({ type: 'nav.edit', questionId: question.id })}
              >
                {t.change} <span className="visually-hidden">{question.summary.toLowerCase()}</span>
              </button>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
