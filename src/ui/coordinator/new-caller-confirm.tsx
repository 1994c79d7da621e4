/**
 * The one confirmation before "New caller" wipes the call: inline, GOV.UK style (never a browser
 * dialog). It takes focus so the question is read out; Escape or Cancel closes it.
 */
import { useEffect, useRef } from 'react';
import { useAllMessages } from '../locale/use-all-messages.ts';

type Props = { id: string; onConfirm: () => void; onCancel: () => void };

export function NewCallerConfirm({ id, onConfirm, onCancel }: Props) {
  const t = useAllMessages().coordinator;
  const promptRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    promptRef.current?.focus();
  }, []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancel();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onCancel]);
  return (
    <div id={id} className="coordinator-confirm" role="group" aria-labelledby={`${id}-prompt`}>
      <p id={`${id}-prompt`} ref={promptRef} tabIndex={-1} className="coordinator-confirm__prompt">
        {t.confirmNewCaller}
      </p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {t.confirmYes}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
