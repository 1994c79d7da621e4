/**
 * What the coordinator can do besides answering: copy the case note (on "Check your answers" and
 * the results), confirm a new caller (asked for in the header), turn the number keys off or on,
 * and the shortcut list. Results are said in a status region;
 * when the clipboard refuses, the note is shown in a text box to select and copy by hand.
 */
import { useEffect, useRef } from 'react';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { useCall } from './call-state.tsx';
import { NewCallerConfirm } from './new-caller-confirm.tsx';
import { ShortcutList, type ShortcutName } from './shortcut-list.tsx';

/** What copying said; `notes` holds the note to copy by hand when the clipboard refused. */
export type CopyNotice = { text: string; notes: string | null };

type Props = {
  choices: number;
  shortcuts: readonly ShortcutName[];
  onCopy: (() => void) | null;
  notice: CopyNotice | null;
  confirming: boolean;
  onConfirmNewCaller: () => void;
  onCancelNewCaller: () => void;
};

export function CallTools(props: Props) {
  const t = useAllMessages().coordinator;
  const { numberKeys, setNumberKeys } = useCall();
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const fallback = props.notice?.notes ?? null;
  useEffect(() => {
    if (fallback === null) return;
    notesRef.current?.focus();
    notesRef.current?.select();
  }, [fallback]);
  return (
    <section className="coordinator-tools" aria-labelledby="coordinator-tools-title">
      <h2 id="coordinator-tools-title" className="heading-m">
        {t.toolsHeading} <span className="coordinator-tools__mode">({t.modeName})</span>
      </h2>
      {props.confirming ? (
        <NewCallerConfirm
          id="coordinator-new-caller"
          onConfirm={props.onConfirmNewCaller}
          onCancel={props.onCancelNewCaller}
        />
      ) : null}
      {props.onCopy ? (
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={props.onCopy}>
            {t.copyNotes}
          </button>
        </div>
      ) : null}
      {/* A refusal is a warning to act on, never shown in the colour of success. */}
      <p
        role="status"
        className={
          fallback === null
            ? 'coordinator-tools__status'
            : 'coordinator-tools__status coordinator-tools__status--warning'
        }
      >
        {props.notice?.text}
      </p>
      {fallback !== null ? (
        <div className="form-group">
          <label className="heading-s" htmlFor="coordinator-notes">
            {t.notesLabel}
          </label>
          <textarea
            ref={notesRef}
            id="coordinator-notes"
            className="coordinator-notes"
            readOnly
            rows={12}
            value={fallback}
          />
        </div>
      ) : null}
      <div className="choice coordinator-number-keys">
        <input
          className="choice__input"
          id="coordinator-number-keys"
          type="checkbox"
          checked={numberKeys}
          onChange={(event) => setNumberKeys(event.target.checked)}
        />
        <label className="choice__label" htmlFor="coordinator-number-keys">
          {t.numberKeys}
        </label>
      </div>
      <ShortcutList choices={numberKeys ? props.choices : 0} names={props.shortcuts} />
    </section>
  );
}
