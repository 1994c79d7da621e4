/**
 * The start of a call: who is calling, the person themselves or someone calling about them. The
 * choice is the machine's perspective, so every later screen and the case note use its voice. "The
 * person themselves" is chosen to begin with. Focus stays on the page's heading, as on every new
 * screen; Enter there (or on a choice) starts the call at once, and Start is two Tabs away.
 * Starting also starts the timer.
 */
import { useCallback, useEffect, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Perspective } from '../../../questions/perspective.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';
import { useCall } from './call-state.tsx';

const choices = ['self', 'other'] as const satisfies readonly Perspective[];

export function CallerStart() {
  const t = useAllMessages().coordinator.intake;
  const actor = QuestionnaireActor.useActorRef();
  const { update } = useCall();
  const [chosen, setChosen] = useState<Perspective>('self');
  const start = useCallback(
    (event: SyntheticEvent | Event) => {
      event.preventDefault();
      update((call) => ({ ...call, startedAt: Date.now() }));
      actor.send({ type: 'start', perspective: chosen });
    },
    [actor, chosen, update],
  );
  // Enter on the heading (where focus lands) or on the page itself starts the call; Enter on a
  // link, button or text box keeps its own meaning.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      const target = event.target;
      const onPage = target === document.body || (target instanceof HTMLElement && target.matches('main h1'));
      if (event.key === 'Enter' && onPage && !event.defaultPrevented) start(event);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [start]);
  // Browsers differ on whether Enter on a radio submits its form: here it always does.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') start(event);
  };
  return (
    <form noValidate onSubmit={start} className="coordinator-start">
      <div className="form-group">
        <fieldset className="fieldset" aria-describedby="caller-hint">
          <legend className="fieldset__legend">
            <h2 className="heading-m">{t.question}</h2>
          </legend>
          <p id="caller-hint" className="hint">
            {t.hint}
          </p>
          <div className="radios">
            {choices.map((value) => (
              <div className="choice" key={value}>
                <input
                  className="choice__input"
                  id={`caller-${value}`}
                  type="radio"
                  name="caller"
                  value={value}
                  checked={chosen === value}
                  onChange={() => setChosen(value)}
                  onKeyDown={onKeyDown}
                />
                <label className="choice__label" htmlFor={`caller-${value}`}>
                  {t[value]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="button button--start">
        {t.start}
      </button>
    </form>
  );
}
