/**
 * Under each question in coordinator mode: a short note on the answer, kept per question in the
 * call record (never an answer, never read by the rules), and "Declined to answer", which the
 * machine records and moves on from as Continue would (`answer.decline`). Keys typed in the note
 * stay in the note: the number keys leave text fields alone (text-entry.ts).
 */
import { useAllMessages } from '../locale/use-all-messages.ts';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';
import { useCall } from './call-state.tsx';

export function QuestionExtras({ questionId }: { questionId: string }) {
  const t = useAllMessages().coordinator.question;
  const actor = QuestionnaireActor.useActorRef();
  const { call, update } = useCall();
  const note = call.notes[questionId] ?? '';
  const setNote = (text: string) =>
    update((current) => ({ ...current, notes: { ...current.notes, [questionId]: text } }));
  return (
    <div className="coordinator-question">
      <div className="form-group">
        <label className="coordinator-label" htmlFor="coordinator-answer-note">
          {t.note}
        </label>
        <textarea
          id="coordinator-answer-note"
          className="coordinator-input"
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => actor.send({ type: 'answer.decline', questionId })}
      >
        {t.decline}
      </button>
    </div>
  );
}
