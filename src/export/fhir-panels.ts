/**
 * The PHQ-2 as the LOINC panel it is (clinical reference PHQ-2: panel 55757-9, items 44250-9 and
 * 44255-8, total 55758-7): in the Questionnaires, one `group` coded with the panel holding its two
 * items and a read-only total that a form tool computes from the answers' `ordinalValue`s (SDC
 * `calculatedExpression`); in a response, the same group with the total the rules scored. The
 * GAD-2 has no panel code of its own, so its items stay where the questionnaire puts them.
 */
import type { Questionnaire, Section } from '../../questions/schema.ts';
import { moodScreenItems } from '../rules/mood-screens.ts';
import type { Coding } from './fhir-codes.ts';

export type FhirPanel = {
  readonly linkId: string;
  readonly code: Coding;
  /** The questions in the panel, in the questionnaire's order. */
  readonly questionIds: readonly string[];
  readonly total: { readonly linkId: string; readonly code: Coding };
};

const LOINC = 'http://loinc.org';

export const phq2Panel: FhirPanel = {
  linkId: 'phq-2',
  code: { system: LOINC, code: '55757-9', display: 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]' },
  questionIds: moodScreenItems.phq2,
  total: {
    linkId: 'phq-2-total',
    code: {
      system: LOINC,
      code: '55758-7',
      display: 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]',
    },
  },
};

export const panels: readonly FhirPanel[] = [phq2Panel];

/**
 * The total as FHIRPath over the response being filled in: the sum of the items' scores once
 * every item is answered, and nothing before (a total of one item would read as a real score).
 */
export function totalExpression(panel: FhirPanel): string {
  const answers = `%resource.repeat(item).where(${panel.questionIds.map((id) => `linkId = '${id}'`).join(' or ')}).answer`;
  return `iif(${answers}.count() = ${String(panel.questionIds.length)}, ${answers}.value.ordinal().sum(), {})`;
}

export const sectionLinkId = (section: Pick<Section, 'id'>) => `section-${section.id}`;

/** The linkIds from the top of a response down to a question: its section's group, its panel's, its own. */
export function linkIdPath(questionnaire: Questionnaire, questionId: string): string[] {
  const section = questionnaire.sections.find((candidate) =>
    candidate.questions.some((question) => question.id === questionId),
  );
  if (!section) throw new Error(`No section holds the question "${questionId}"`);
  const panel = panels.find((candidate) => candidate.questionIds.includes(questionId));
  return [sectionLinkId(section), ...(panel ? [panel.linkId] : []), questionId];
}
