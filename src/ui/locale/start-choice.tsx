/**
 * "Start now", after asking whom the answers are about (GOV.UK radios: the question is the legend,
 * nothing is chosen in advance, and an error summary appears when Continue is pressed without a
 * choice). The choice picks the words of every later screen. Coordinator mode asks who is
 * calling instead (coordinator/caller-start.tsx).
 * Both voices' words come with the page, so Start moves on at once either way.
 */
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { Perspective } from '../../../questions/perspective.ts';
import { ErrorSummary } from '../components/error-summary.tsx';
import { useMessages } from '../messages.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';

const choices = [
  { value: 'self', id: 'perspective' },
  { value: 'other', id: 'perspective-other' },
] as const satisfies readonly { value: Perspective; id: string }[];

export function StartChoice() {
  const messages = useMessages();
  const actor = QuestionnaireActor.useActorRef();
  const [chosen, setChosen] = useState<Perspective | null>(null);
  const [attempt, setAttempt] = useState(0);
  const t = messages.locale.perspective;
  const error = attempt > 0 && chosen === null;
  const formRef = useRef<HTMLFormElement>(null);
  const readPickedBeforeStart = useRef(true);
  useEffect(() => {
    // Until the app runs, the intro is static HTML (see src/boot.ts): a radio picked then is on
    // screen but not yet in this state. Take it over once, so Start does what the screen shows.
    if (!readPickedBeforeStart.current) return;
    readPickedBeforeStart.current = false;
    const picked = formRef.current?.querySelector<HTMLInputElement>('input[name="perspective"]:checked')?.value;
    const choice = choices.find(({ value }) => value === picked)?.value;
    if (choice) setChosen(choice);
  }, []);
  useEffect(() => {
    if (error) document.title = messages.pageTitle(`${messages.errorTitlePrefix}${messages.intro.title}`);
  }, [error, messages]);

  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (chosen) actor.send({ type: 'start', perspective: chosen });
    else setAttempt((count) => count + 1);
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit}>
      {error ? <ErrorSummary message={t.error} fieldId="perspective" attempt={attempt} /> : null}
      <div className={error ? 'form-group form-group--error' : 'form-group'}>
        <fieldset
          className="fieldset"
          aria-describedby={error ? 'perspective-hint perspective-error' : 'perspective-hint'}
        >
          <legend className="fieldset__legend">
            <h2 className="heading-m">{t.question}</h2>
          </legend>
          <p id="perspective-hint" className="hint">
            {t.hint}
          </p>
          {error ? (
            <p id="perspective-error" className="error-message">
              <span className="visually-hidden">{messages.hiddenError}</span> {t.error}
            </p>
          ) : null}
          <div className="radios">
            {choices.map(({ value, id }) => (
              <div className="choice" key={value}>
                <input
                  className="choice__input"
                  id={id}
                  type="radio"
                  name="perspective"
                  value={value}
                  checked={chosen === value}
                  onChange={() => setChosen(value)}
                />
                <label className="choice__label" htmlFor={id}>
                  {t[value]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" id="start-now" className="button button--start">
        {messages.intro.start}
      </button>
    </form>
  );
}
