/**
 * The plain-text case note a coordinator pastes into their own record after the call: who called
 * and how to call back, consent and call length, then the shared export summary (answers, result,
 * medicines, cautions, helplines, versions, date) with each declined question shown as declined and
 * each answer's note beside it, and how the call ended. The caller passes the words in the 'other'
 * voice, so the note speaks of "the person", never "you" (the shared summary is wrapped, not changed).
 */
import type { Perspective } from '../../../questions/perspective.ts';
import { answerLabels } from '../../../questions/answer-labels.ts';
import { journey } from '../../../questions/journey.ts';
import { plainTextSummary } from '../../export/plain-text.ts';
import { buildSummary, type SummaryInput } from '../../export/summary.ts';
import { callLength, type CallRecord } from './call-state.tsx';

export type CaseNoteInput = SummaryInput & {
  /** Whom the caller called about. */
  readonly perspective: Perspective;
  readonly declined: readonly string[];
  readonly call: CallRecord;
};

export function caseNote(input: CaseNoteInput): string {
  const t = input.messages.coordinator;
  const { details, disposition, startedAt } = input.call;
  const given = (text: string) => (text.trim() === '' ? t.note.notGiven : text.trim());
  const yesNo = (value: 'yes' | 'no' | null) => (value === null ? t.note.notGiven : t.details[value]);
  const callLines = [
    `${t.note.caller}: ${given(details.name)}`,
    `${t.note.relationship}: ${t.note[input.perspective]}`,
    `${t.note.callback}: ${given(details.callback)}`,
    `${t.note.consent}: ${yesNo(details.consent)}`,
    `${t.note.length}: ${callLength(startedAt, input.date.getTime())}`,
  ];
  const d = t.disposition;
  const followUp =
    disposition.followUp === 'yes' ? `${d.yes}, ${given(disposition.followUpWhen)}` : yesNo(disposition.followUp);
  const endLines = [
    t.note.dispositionHeading,
    `${d.referredTo}: ${given(disposition.referredTo)}`,
    `${d.handOff}: ${disposition.handOff === null ? t.note.notGiven : d[disposition.handOff]}`,
    `${d.followUp} ${followUp}`,
  ];
  const summary = { ...buildSummary(input), answers: answersWithNotes(input) };
  return [t.noteHeading, callLines.join('\n'), plainTextSummary(summary), endLines.join('\n')].join('\n\n');
}

/** Each question on the journey that was answered, declined or has a note, as the note lists it. */
function answersWithNotes({ questionnaire, answers, declined, call, messages }: CaseNoteInput) {
  const t = messages.coordinator;
  return journey(questionnaire, answers).flatMap((question) => {
    const labels = declined.includes(question.id) ? [t.declined] : answerLabels(question, answers[question.id]);
    const note = call.notes[question.id]?.trim() ?? '';
    const lines = note === '' ? labels : [...labels, `${t.notePrefix} ${note}`];
    return lines.length > 0 ? [{ question: question.summary, answers: lines }] : [];
  });
}
