/**
 * The SDC and core extensions the Questionnaires carry, so form tools render and score them as
 * the app does: radio buttons and check boxes (`itemControl`), "None of these" exclusive of the
 * other options (`optionExclusive`), the PHQ-2 and GAD-2 item scores (`ordinalValue`), the PHQ-2
 * total (`calculatedExpression`) and how versions compare (`artifact-versionAlgorithm`, semver).
 * Also the security labels every exported resource carries (`securityLabels`).
 */
import type { Coding } from './fhir-codes.ts';

export type Extension =
  | { url: string; valueBoolean: boolean }
  | { url: string; valueDecimal: number }
  | { url: string; valueCoding: Coding }
  | { url: string; valueCodeableConcept: { coding: Coding[]; text?: string } }
  | { url: string; valueExpression: { language: 'text/fhirpath'; expression: string; description?: string } };

/** What every published canonical resource (Questionnaire, CodeSystem) says of itself. */
export type CanonicalFields = {
  id: string;
  language: string;
  /** The version algorithm (semver). */
  extension: Extension[];
  url: string;
  version: string;
  /** A computer-friendly name: the id in PascalCase (`computableName`). */
  name: string;
  title: string;
  status: 'active';
  date: string;
  publisher: string;
};

export const computableName = (id: string) =>
  id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

export const SDC_QUESTIONNAIRE_PROFILE = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire';
export const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
export const OPTION_EXCLUSIVE = 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive';
export const ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const CALCULATED_EXPRESSION =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';
export const VERSION_ALGORITHM = 'http://hl7.org/fhir/StructureDefinition/artifact-versionAlgorithm';

export function itemControl(code: 'radio-button' | 'check-box'): Extension {
  const display = code === 'radio-button' ? 'Radio Button' : 'Check-box';
  return {
    url: ITEM_CONTROL,
    valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code, display }] },
  };
}

export const optionExclusive: Extension = { url: OPTION_EXCLUSIVE, valueBoolean: true };

export const ordinalValue = (score: number): Extension => ({ url: ORDINAL_VALUE, valueDecimal: score });

export const calculatedExpression = (expression: string, description: string): Extension => ({
  url: CALCULATED_EXPRESSION,
  valueExpression: { language: 'text/fhirpath', expression, description },
});

export const semverAlgorithm: Extension = {
  url: VERSION_ALGORITHM,
  valueCoding: { system: 'http://hl7.org/fhir/version-algorithm', code: 'semver', display: 'SemVer' },
};

/**
 * What the downloads carry, whatever the answers: substance use information (`ETH`), covered by
 * 42 CFR Part 2 when a Part 2 program holds it (`42CFRPart2`), and so restricted (`R`). A clinic
 * that stores the file keeps these labels on it, and its system can apply its own consent rules.
 */
export const securityLabels: Coding[] = [
  {
    system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
    code: 'ETH',
    display: 'substance abuse information sensitivity',
  },
  { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: '42CFRPart2', display: '42 CFR Part2' },
  { system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R', display: 'restricted' },
];
