/**
 * "Save my answers on this device": off until the person ticks it, with a plain note on where the
 * answers are kept, for how long and who could see them, and a way to clear every trace.
 */
import { useId } from 'react';
import { useAppOptions } from '../app-options.tsx';
import { useMessages } from '../messages.tsx';
import { useSaveProgress } from './save-progress-context.tsx';

export function SaveAnswers() {
  const t = useMessages().save;
  const { status, found, setSaving, clear } = useSaveProgress();
  const id = useId();
  // An intake coordinator's device serves caller after caller: one caller's answers must never be
  // kept for the next, so coordinator mode offers no saving at all.
  if (useAppOptions().mode === 'coordinator') return null;
  if (status === 'unavailable') {
    return (
      <div className="save-answers">
        <p className="save-answers__unavailable" role="status">
          {t.unavailable}
        </p>
      </div>
    );
  }
  const hintId = `${id}-hint`;
  return (
    <div className="save-answers">
      <div className="choice">
        <input
          className="choice__input"
          id={id}
          type="checkbox"
          checked={status === 'on'}
          aria-describedby={hintId}
          onChange={(event) => setSaving(event.target.checked)}
        />
        <label className="choice__label" htmlFor={id}>
          {t.checkbox}
        </label>
        <p id={hintId} className="hint choice__hint">
          {t.hint}
        </p>
      </div>
      <p role="status" className="save-answers__status">
        {status === 'on' ? t.savingOn : null}
      </p>
      {status === 'on' || found ? (
        <button type="button" className="button button--secondary" onClick={clear}>
          {t.clear}
        </button>
      ) : null}
    </div>
  );
}
