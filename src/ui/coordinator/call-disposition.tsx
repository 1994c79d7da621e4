/**
 * How the call ended, on "Check your answers" and the results: where the caller was referred, a
 * warm hand-off (with what to say to introduce the caller to that service, its number from the
 * helplines list), and any follow-up planned. All of it goes into the case note.
 */
import { useId } from 'react';
import { useLocale } from '../locale/locale-context.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { useCall, type Disposition, type HandOff } from './call-state.tsx';

const handOffs = ['helpline', 'lifeline', 'clinic', 'other', 'none'] as const satisfies readonly HandOff[];

export function CallDisposition() {
  const t = useAllMessages().coordinator;
  const { call, update } = useCall();
  const id = useId();
  const { disposition } = call;
  const set = (change: Partial<Disposition>) =>
    update((current) => ({ ...current, disposition: { ...current.disposition, ...change } }));
  const script = useHandOffScript(disposition.handOff);
  return (
    <section className="coordinator-disposition" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="heading-m">
        {t.disposition.heading}
      </h2>
      <div className="form-group">
        <label className="coordinator-label" htmlFor={`${id}-referred`}>
          {t.disposition.referredTo}
        </label>
        <input
          id={`${id}-referred`}
          className="coordinator-input"
          type="text"
          autoComplete="off"
          value={disposition.referredTo}
          onChange={(event) => set({ referredTo: event.target.value })}
        />
      </div>
      <div className="form-group">
        <fieldset className="fieldset">
          <legend className="fieldset__legend coordinator-label">{t.disposition.handOff}</legend>
          <div className="radios">
            {handOffs.map((value) => (
              <div className="choice" key={value}>
                <input
                  className="choice__input"
                  id={`${id}-handoff-${value}`}
                  type="radio"
                  name={`${id}-handoff`}
                  checked={disposition.handOff === value}
                  onChange={() => set({ handOff: value })}
                />
                <label className="choice__label" htmlFor={`${id}-handoff-${value}`}>
                  {t.disposition[value]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {script.length > 0 ? (
        <div className="inset">
          <h3 className="heading-s">{t.disposition.scriptHeading}</h3>
          <ol className="list list--number coordinator-script">
            {script.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ol>
        </div>
      ) : null}
      <div className="form-group">
        <fieldset className="fieldset">
          <legend className="fieldset__legend coordinator-label">{t.disposition.followUp}</legend>
          <div className="radios radios--inline">
            {(['yes', 'no'] as const).map((value) => (
              <div className="choice" key={value}>
                <input
                  className="choice__input"
                  id={`${id}-follow-${value}`}
                  type="radio"
                  name={`${id}-follow`}
                  checked={disposition.followUp === value}
                  onChange={() => set({ followUp: value })}
                />
                <label className="choice__label" htmlFor={`${id}-follow-${value}`}>
                  {t.disposition[value]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {disposition.followUp === 'yes' ? (
        <div className="form-group">
          <label className="coordinator-label" htmlFor={`${id}-when`}>
            {t.disposition.followUpWhen}
          </label>
          <input
            id={`${id}-when`}
            className="coordinator-input"
            type="text"
            autoComplete="off"
            value={disposition.followUpWhen}
            onChange={(event) => set({ followUpWhen: event.target.value })}
          />
        </div>
      ) : null}
    </section>
  );
}

/** What to say to introduce the caller to the chosen service: SAMHSA (HELP-1), 988 (SAFE-2, HELP-3). */
function useHandOffScript(handOff: HandOff): readonly string[] {
  const t = useAllMessages().coordinator.handOffScript;
  const { contacts } = useLocale();
  if (handOff === 'helpline') return t.helpline(contacts.samhsa.display);
  if (handOff === 'lifeline') return t.lifeline(contacts.lifelineCall.display);
  if (handOff === 'clinic') return t.clinic;
  if (handOff === 'other') return t.other;
  return [];
}
