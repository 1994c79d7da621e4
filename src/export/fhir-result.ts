/**
 * The result as a FHIR R4 `Observation` a clinic can read: a self-reported survey result (category
 * `survey`), derived from the QuestionnaireResponse, with one component for the suggested setting,
 * one per medicine to ask about (or not to start now) and one per caution, the rules version as
 * its `method` and the not-a-diagnosis line as a `note`. An Observation is used because it needs no
 * patient, practitioner or order that this private tool does not have, and says no more than the
 * results page did; the codes are the project's own (no standard code exists for these settings).
 */
import type { Recommendation } from '../rules/recommendation.ts';
import type { Messages } from '../i18n/word-types.ts';
import { codeSystem, surveyCategory, type Coding } from './fhir-codes.ts';

type Concept = { coding: Coding[]; text: string };
type Component = { code: Concept; valueCodeableConcept?: Concept; valueString?: string };

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

export function resultObservation(
  recommendation: Recommendation,
  messages: Messages,
  authored: string,
  responseReference: string,
): ResultObservation {
  const t = messages.exports.fhir;
  const part = (code: string, display: string) => concept('result-part', code, display);
  const { setting } = recommendation;
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
      setting
        ? {
            code: part('suggested-setting', t.settingCode),
            valueCodeableConcept: concept('setting-level', setting.level, setting.name),
          }
        : { code: part('no-setting', t.noSettingCode), valueString: recommendation.insteadOfSetting?.text ?? '' },
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
    ],
    note: [{ text: messages.notDiagnosis }],
  };
}
