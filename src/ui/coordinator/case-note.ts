/**
 * The plain-text case note a coordinator pastes into their own record after the call: the shared
 * export summary (answers, suggested setting, medicines, cautions, helplines, versions, date) under
 * a line that says it came from an intake call.
 */
import { plainTextSummary } from '../../export/plain-text.ts';
import { buildSummary, type SummaryInput } from '../../export/summary.ts';

export function caseNote(input: SummaryInput): string {
  return `${input.messages.coordinator.noteHeading}\n\n${plainTextSummary(buildSummary(input))}`;
}
