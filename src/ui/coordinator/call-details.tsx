/**
 * The caller's details, filled in whenever the caller gives them: name, a callback number (a tel
 * field the browser does not fill from its own memory), whether they agreed to call notes, and
 * the call time. The timer ticks quietly: it is not a live region, so a screen reader never reads
 * it out each second; it is read when the coordinator moves to it.
 */
import { useEffect, useState } from 'react';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { callLength, useCall, type CallDetails as Details } from './call-state.tsx';

export function CallDetails() {
  const t = useAllMessages().coordinator.details;
  const { call, update } = useCall();
  const set = (change: Partial<Details>) =>
    update((current) => ({ ...current, details: { ...current.details, ...change } }));
  return (
    <section className="coordinator-details" aria-labelledby="coordinator-details-title">
      <h2 id="coordinator-details-title" className="heading-m">
        {t.heading}
      </h2>
      <CallTimer startedAt={call.startedAt} label={t.timer} />
      <div className="form-group">
        <label className="coordinator-label" htmlFor="caller-name">
          {t.name}
        </label>
        <input
          id="caller-name"
          className="coordinator-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={call.details.name}
          onChange={(event) => set({ name: event.target.value })}
        />
      </div>
      <div className="form-group">
        <label className="coordinator-label" htmlFor="caller-callback">
          {t.callback}
        </label>
        <input
          id="caller-callback"
          className="coordinator-input coordinator-input--short"
          type="tel"
          autoComplete="off"
          value={call.details.callback}
          onChange={(event) => set({ callback: event.target.value })}
        />
      </div>
      <div className="form-group">
        <fieldset className="fieldset">
          <legend className="fieldset__legend coordinator-label">{t.consent}</legend>
          <div className="radios radios--inline">
            {(['yes', 'no'] as const).map((value) => (
              <div className="choice" key={value}>
                <input
                  className="choice__input"
                  id={`caller-consent-${value}`}
                  type="radio"
                  name="caller-consent"
                  checked={call.details.consent === value}
                  onChange={() => set({ consent: value })}
                />
                <label className="choice__label" htmlFor={`caller-consent-${value}`}>
                  {t[value]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </section>
  );
}

function CallTimer({ startedAt, label }: { startedAt: number | null; label: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p className="coordinator-timer">
      {label}: <span className="coordinator-timer__value">{callLength(startedAt, now)}</span>
    </p>
  );
}
