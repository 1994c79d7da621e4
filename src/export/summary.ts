/**
 * The results as one printable, copyable summary: the model that the plain text, the print page
 * and the FHIR result share. Every word comes from what is passed in (a possibly translated
 * questionnaire, the messages of the active language and perspective, a worded Recommendation),
 * and the answers are only those on the person's journey, so a summary holds nothing the person
 * did not answer or see, except what is there for the provider: the ASAM orientation line and the
 * mood checks named PHQ-2 and GAD-2, which the person's own results screen leaves out.
 */
import { z } from 'zod';
import type { Answers } from '../../questions/answers.ts';
import { answerLabels } from '../../questions/answer-labels.ts';
import { journey } from '../../questions/journey.ts';
import type { WordedQuestionnaire } from '../../questions/schema.ts';
import { helplineNumbers, type Contact } from '../rules/helplines.ts';
import { searchStep } from '../rules/next-steps.ts';
import type { DoThisNow, Reason, Recommendation, Statement } from '../rules/recommendation.ts';
import type { Messages } from '../i18n/word-types.ts';
import { moodChecksOf } from './mood-checks.ts';

const Text = z.string().min(1);

export const SummarySchema = z.strictObject({
  title: Text,
  /** When the summary was made: ISO 8601 for machines, worded for people. */
  createdAt: z.iso.datetime(),
  dateLine: Text,
  questionnaireVersion: Text,
  rulesVersion: Text,
  versionsLine: Text,
  headings: z.strictObject({
    doThisNow: Text,
    findCare: Text,
    lookFor: Text,
    ask: Text,
    setting: Text,
    firstStep: Text,
    unknowns: Text,
    moodChecks: Text,
    reasons: Text,
    medications: Text,
    cautions: Text,
    answers: Text,
    helplines: Text,
  }),
  /** The results' "Do this now": the call with its numbers, what to say (when it is about treatment), the safety step. */
  doThisNow: z.strictObject({
    call: Text,
    contacts: z.array(Text).min(1),
    whatToSay: Text.nullable(),
    safety: Text,
  }),
  /** "Find a place": where to search (with its address), what to choose there, what to ask a program. */
  findCare: z.strictObject({
    /** The FindTreatment.gov step's link, as text; null only if the rules gave no such step. */
    search: Text.nullable(),
    lookFor: z.array(Text),
    ask: z.array(Text).min(1),
  }),
  /** Null when no setting is suggested: `firstStep` says what comes first instead. */
  setting: z
    .strictObject({
      name: Text,
      orientation: Text,
      description: Text,
      withdrawalCare: Text.nullable(),
      reasons: z.array(Text),
    })
    .nullable(),
  /** What comes first instead of a setting, and the answers that led to it. */
  firstStep: z.strictObject({ text: Text, reasons: z.array(Text) }).nullable(),
  /** The PHQ-2 and GAD-2 totals, named as the provider knows them, or "not answered". */
  moodChecks: z.array(Text).length(2),
  medications: z.array(
    z.strictObject({ name: Text, howGiven: Text, notNow: Text.nullable(), cautions: z.array(Text) }),
  ),
  cautionLabel: Text,
  cautions: z.array(Text),
  /** Each answer not known: what was answered (`reasons`) and what to tell the provider (`text`). */
  unknowns: z.array(z.strictObject({ text: Text, reasons: z.array(Text) })),
  /** Question summary label → the labels of the answers chosen, in the order asked. */
  answers: z.array(z.strictObject({ question: Text, answers: z.array(Text).min(1) })),
  helplines: z.array(z.strictObject({ label: Text, number: Text, href: Text })),
  notDiagnosis: Text,
});
export type Summary = z.infer<typeof SummarySchema>;

export type SummaryInput = {
  readonly questionnaire: WordedQuestionnaire;
  readonly answers: Answers;
  readonly recommendation: Recommendation;
  readonly date: Date;
  readonly messages: Messages;
};

/** The answers the person gave to the questions on their journey, worded by this questionnaire. */
export function answersGiven(questionnaire: WordedQuestionnaire, answers: Answers): Summary['answers'] {
  return journey(questionnaire, answers).flatMap((question) => {
    const labels = answerLabels(question, answers[question.id]);
    return labels.length > 0 ? [{ question: question.summary, answers: labels }] : [];
  });
}

const numberOf = (id: keyof typeof helplineNumbers) => ({
  number: helplineNumbers[id].display,
  href: helplineNumbers[id].href,
});

const texts = (reasons: readonly Reason[]) => reasons.map((reason) => reason.text);
const explained = (statement: Statement) => ({ text: statement.text, reasons: texts(statement.reasons) });

/** A contact as one line of text: "Call 911", "Call the SAMHSA National Helpline at 1-800-662-4357". */
const contactLine = (contact: Contact) =>
  contact.label.includes(contact.display) ? contact.label : `${contact.label} ${contact.display}`;

function doThisNowOf({ call, script, safety }: DoThisNow, messages: Messages): Summary['doThisNow'] {
  const t = messages.results.doThisNow;
  const said = script.map((line) => line.text).join(' ');
  return {
    call: call.title,
    contacts: call.contacts.map(contactLine),
    whatToSay: said === '' ? null : `${t.whatToSay}: ${said}`,
    safety: `${t.safetyLabel} ${safety.text}`,
  };
}

/** On paper and in a message the address is what matters: "Search FindTreatment.gov: https://findtreatment.gov". */
function findCareOf({ nextSteps, findCare }: Recommendation): Summary['findCare'] {
  const search = searchStep(nextSteps)?.contacts[0];
  return {
    search: search ? `${search.label}: ${search.href}` : null,
    lookFor: findCare.lookFor.map((line) => line.text),
    ask: findCare.ask.map((line) => line.text),
  };
}

export function buildSummary({ questionnaire, answers, recommendation, date, messages }: SummaryInput): Summary {
  const t = messages.exports;
  const { setting } = recommendation;
  return {
    title: t.title,
    createdAt: date.toISOString(),
    dateLine: t.date(t.formatDate(date)),
    questionnaireVersion: recommendation.questionnaireVersion,
    rulesVersion: recommendation.rulesVersion,
    versionsLine: t.versions(recommendation.questionnaireVersion, recommendation.rulesVersion),
    headings: {
      doThisNow: messages.results.doThisNow.heading,
      findCare: messages.results.findCare.heading,
      lookFor: messages.results.findCare.lookForHeading,
      ask: messages.results.findCare.askHeading,
      setting: t.settingHeading,
      firstStep: t.firstStepHeading,
      unknowns: t.unknownsHeading,
      moodChecks: t.moodChecks.heading,
      reasons: t.reasonsHeading,
      medications: t.medicationsHeading,
      cautions: t.cautionsHeading,
      answers: t.answersHeading,
      helplines: t.helplinesHeading,
    },
    doThisNow: doThisNowOf(recommendation.doThisNow, messages),
    findCare: findCareOf(recommendation),
    setting: setting && {
      name: setting.name,
      orientation: setting.asamOrientation,
      description: setting.description,
      withdrawalCare: setting.medicalWithdrawalManagement ? t.withdrawalCare : null,
      reasons: texts(setting.reasons),
    },
    firstStep: recommendation.insteadOfSetting && explained(recommendation.insteadOfSetting),
    moodChecks: moodChecksOf(questionnaire, answers, recommendation).map((check) =>
      check.answered
        ? t.moodChecks.score(t.moodChecks[check.id], check.score, check.positive)
        : t.moodChecks.notAnswered(t.moodChecks[check.id]),
    ),
    medications: recommendation.medications.map((medication) => ({
      name: medication.name,
      howGiven: medication.howGiven,
      notNow: medication.stance === 'not-now' ? t.notNow : null,
      cautions: medication.cautions.map((caution) => caution.text),
    })),
    cautionLabel: t.cautionLabel,
    cautions: recommendation.cautions.map((caution) => caution.text),
    unknowns: recommendation.unknowns.map(explained),
    answers: answersGiven(questionnaire, answers),
    // HELP-1 always; HELP-3 / SAFE-2 and HELP-4 for a crisis. The numbers are the clinical reference's.
    helplines: [
      { label: t.helplines.samhsa, ...numberOf('samhsa') },
      { label: t.helplines.lifeline, ...numberOf('lifelineCall') },
      { label: t.helplines.emergency, ...numberOf('emergency') },
    ],
    notDiagnosis: messages.notDiagnosis,
  };
}
