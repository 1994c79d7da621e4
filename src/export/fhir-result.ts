/**
 * The result as a FHIR R4 `Observation` a clinic can read: a self-reported survey result (category
 * `survey`), derived from the QuestionnaireResponse, with one component for the suggested setting
 * (or, when none is suggested, for what comes first, coded by why), one per medicine to ask about
 * (or not to start now), one per caution, one per answer not known (what was answered and what to
 * tell the provider), and one per mood check answered (the PHQ-2 total with its LOINC code, the
 * GAD-2 total with the project's, each marked positive or negative), the rules version as its
 * `method` and the not-a-diagnosis line as a `note`. An Observation is used because it needs no
 * patient, practitioner or order that this private tool does not have, and says no more than the
 * results page did; the codes are the project's own (no standard code exists for these settings).
 */
import type { Recommendation, Statement } from '../rules/recommendation.ts';
import type { Messages } from '../i18n/word-types.ts';
import { codeSystem, surveyCategory, type Coding } from './fhir-codes.ts';
import { phq2Panel } from './fhir-panels.ts';
import type { MoodCheck } from './mood-checks.ts';

/** A Coding that names its code only, where the project has no short display for it. */
type Concept = { coding: (Coding | Omit<Coding, 'display'>)[]; text: string };
type Component = {
  code: Concept;
  valueCodeableConcept?: Concept;
  valueString?: string;
  valueInteger?: number;
  interpretation?: Concept[];
};

export type ResultObservation = {
  resourceType: 'Observation';
  status: 'final';
  category: (typeof surveyCategory)[];
  code: Concept;
  effectiveDateTime: string;
  issued: string;
  method: { text: string };
  derivedFrom: { reference: string }[];
  component: Component[];
  note: { text: string }[];
};

const concept = (system: string, code: string, display: string): Concept => ({
  coding: [{ system: codeSystem(system), code, display }],
  text: display,
});

const INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';

/** The statement's sentence after the answers that led to it, as the printout lists them. */
const withReasons = (statement: Statement) =>
  [...statement.reasons.map((reason) => reason.text), statement.text].join(' ');

function moodComponents(checks: readonly MoodCheck[], t: Messages['exports']['fhir']): Component[] {
  return checks.flatMap((check) => {
    if (!check.answered) return [];
    const own = concept('result-part', `${check.id}-score`, t.moodCheckCode[check.id]);
    // The clinical reference gives LOINC's code for the PHQ-2 total, and none for the GAD-2 total.
    const [result, display] = check.positive ? ['POS', t.positive] : ['NEG', t.negative];
    return [
      {
        code: check.id === 'phq2' ? { ...own, coding: [phq2Panel.total.code, ...own.coding] } : own,
        valueInteger: check.score,
        interpretation: [{ coding: [{ system: INTERPRETATION, code: result, display }], text: display }],
      },
    ];
  });
}

function settingComponent(recommendation: Recommendation, t: Messages['exports']['fhir']): Component[] {
  const part = (code: string, display: string) => concept('result-part', code, display);
  const { setting, insteadOfSetting } = recommendation;
  if (setting) {
    return [
      {
        code: part('suggested-setting', t.settingCode),
        valueCodeableConcept: concept('setting-level', setting.level, setting.name),
      },
    ];
  }
  if (!insteadOfSetting) return [];
  return [
    {
      code: part('no-setting', t.noSettingCode),
      valueCodeableConcept: {
        coding: [{ system: codeSystem('no-setting-reason'), code: insteadOfSetting.id }],
        text: insteadOfSetting.text,
      },
    },
  ];
}

export function resultObservation(
  recommendation: Recommendation,
  messages: Messages,
  authored: string,
  responseReference: string,
  moodChecks: readonly MoodCheck[],
): ResultObservation {
  const t = messages.exports.fhir;
  const part = (code: string, display: string) => concept('result-part', code, display);
  const medicationCautions = recommendation.medications.flatMap((medication) =>
    medication.cautions.map((caution) => `${medication.name}: ${caution.text}`),
  );
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [surveyCategory],
    code: concept('result', 'treatment-options-self-check', t.resultTitle),
    effectiveDateTime: authored,
    issued: authored,
    method: { text: t.method(recommendation.rulesVersion) },
    derivedFrom: [{ reference: responseReference }],
    component: [
      ...settingComponent(recommendation, t),
      ...recommendation.medications.map((medication) => ({
        code:
          medication.stance === 'not-now'
            ? part('medication-not-now', t.notNowCode)
            : part('medication-to-discuss', t.medicationCode),
        valueCodeableConcept: concept('medication', medication.id, medication.name),
      })),
      ...[...recommendation.cautions.map((caution) => caution.text), ...medicationCautions].map((text) => ({
        code: part('caution', t.cautionCode),
        valueString: text,
      })),
      ...recommendation.unknowns.map((unknown) => ({
        code: part('unknown-answer', t.unknownCode),
        valueString: withReasons(unknown),
      })),
      ...moodComponents(moodChecks, t),
    ],
    note: [{ text: messages.notDiagnosis }],
  };
}
