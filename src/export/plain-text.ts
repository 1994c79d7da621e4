/**
 * plainTextSummary(summary: Summary, options?: PlainTextOptions): string
 *
 * The summary as plain text for a message, an email, a patient portal or a coordinator's case
 * note: "Do this now" (the call, what to say, the safety step), the setting (or, when none is
 * suggested, what comes first), the medicines, "Find a place" (where to search, a checklist of
 * what to choose there, the questions to ask a program), the cautions,
 * the answers not known with what to tell the provider, the answers, the mood checks and the
 * helplines, each under its heading, as "- " bullet lines, wrapped at `options.width` characters (72 by default; 0 turns wrapping off). Continuation
 * lines are indented under their bullet; a word longer than the width (a phone number, a web
 * address) is never broken. Every word comes from the summary (see `buildSummary` in
 * `summary.ts`), so the text is in the summary's language. Lines end with "\n".
 */
import type { Summary } from './summary.ts';

export type PlainTextOptions = {
  /** Wrap lines at this many characters; 0 keeps each entry on one line. */
  readonly width?: number;
};

const BULLET = '- ';
const INDENT = '  ';

/** Breaks `text` into lines of at most `width` characters, the first led by `first`, the rest by `rest`. */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  if (width <= 0) return [first + words.join(' ')];
  const lines: string[] = [];
  let line = '';
  const lead = () => (lines.length === 0 ? first : rest);
  for (const word of words) {
    if (line !== '' && lead().length + line.length + 1 + word.length > width) {
      lines.push(lead() + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(lead() + line);
  return lines;
}

export function plainTextSummary(summary: Summary, options: PlainTextOptions = {}): string {
  const width = options.width ?? 72;
  const paragraph = (text: string) => wrap(text, width);
  const bullet = (text: string) => wrap(text, width, BULLET, INDENT);
  const indented = (text: string) => wrap(text, width, INDENT);
  const section = (heading: string, body: string[]) => (body.length > 0 ? ['', heading, ...body] : []);
  const { setting, headings } = summary;

  const lines = [
    ...paragraph(summary.title),
    ...paragraph(summary.dateLine),
    ...paragraph(summary.versionsLine),
    ...section(headings.doThisNow, [
      ...bullet(summary.doThisNow.call),
      ...summary.doThisNow.contacts.flatMap(indented),
      ...(summary.doThisNow.whatToSay ? bullet(summary.doThisNow.whatToSay) : []),
      ...bullet(summary.doThisNow.safety),
    ]),
    ...(setting
      ? [
          ...section(headings.setting, [
            ...bullet(setting.name),
            ...[setting.orientation, setting.description, setting.withdrawalCare ?? ''].flatMap((text) =>
              text ? indented(text) : [],
            ),
          ]),
          ...section(headings.reasons, setting.reasons.flatMap(bullet)),
        ]
      : []),
    // No setting is suggested: what comes first takes its place, with its reasons.
    ...(summary.firstStep
      ? [
          ...section(headings.firstStep, bullet(summary.firstStep.text)),
          ...section(headings.reasons, summary.firstStep.reasons.flatMap(bullet)),
        ]
      : []),
    ...section(
      headings.medications,
      summary.medications.flatMap((medication) => [
        ...bullet(medication.notNow ? `${medication.name} (${medication.notNow})` : medication.name),
        ...indented(medication.howGiven),
        ...medication.cautions.flatMap((caution) => indented(`${summary.cautionLabel} ${caution}`)),
      ]),
    ),
    ...section(headings.findCare, [
      ...(summary.findCare.search ? bullet(summary.findCare.search) : []),
      ...(summary.findCare.lookFor.length > 0
        ? [...indented(`${headings.lookFor}:`), ...summary.findCare.lookFor.flatMap((line) => indented(`[ ] ${line}`))]
        : []),
      ...bullet(`${headings.ask}:`),
      ...summary.findCare.ask.flatMap(indented),
    ]),
    ...section(headings.cautions, summary.cautions.flatMap(bullet)),
    // Each answer not known: what was answered, then what to tell the provider under it.
    ...section(
      headings.unknowns,
      summary.unknowns.flatMap(({ text, reasons }) =>
        reasons.length > 0 ? [...bullet(reasons.join(' ')), ...indented(text)] : bullet(text),
      ),
    ),
    ...section(
      headings.answers,
      summary.answers.flatMap((row) => bullet(`${row.question}: ${row.answers.join('; ')}`)),
    ),
    ...section(headings.moodChecks, summary.moodChecks.flatMap(bullet)),
    ...section(
      headings.helplines,
      summary.helplines.flatMap((helpline) => bullet(`${helpline.label}: ${helpline.number}`)),
    ),
    '',
    ...paragraph(summary.notDiagnosis),
  ];
  return lines.map((line) => line.trimEnd()).join('\n') + '\n';
}
