/**
 * The project's own CodeSystems as FHIR R4 resources, published beside the Questionnaires so a
 * clinic's terminology service can check every code a download uses: one per question for its
 * answers (the PHQ-2 and GAD-2 answers are LOINC's), and five for the result (`fhir-result.ts`).
 * Each concept's `display` is its English wording for a person answering for themselves; every
 * other wording a Questionnaire of another language or voice uses is a `designation`, so a
 * display in any published Questionnaire or response is one the CodeSystem knows.
 */
import type { Questionnaire, WordedQuestionnaire } from '../../questions/schema.ts';
import type { Language } from '../i18n/languages.ts';
import type { Messages, RuleTexts } from '../i18n/word-types.ts';
import { settingGates } from '../rules/setting-gates.ts';
import { MedicationIdSchema, settingLevels } from '../rules/recommendation.ts';
import { codeSystem, FHIR_PUBLISHER } from './fhir-codes.ts';
import { computableName, semverAlgorithm, type CanonicalFields } from './fhir-sdc.ts';

type Designation = { language: Language; value: string };
export type Concept = { code: string; display?: string; definition?: string; designation?: Designation[] };

export type FhirCodeSystem = CanonicalFields & {
  resourceType: 'CodeSystem';
  caseSensitive: true;
  content: 'complete';
  count: number;
  concept: Concept[];
};

/** One language and voice's words, for the wordings of the codes. */
export type VariantWords = {
  readonly language: Language;
  readonly questionnaire: WordedQuestionnaire;
  readonly messages: Messages;
  readonly rules: RuleTexts;
};

export type Release = { readonly version: string; readonly date: string };

function codeSystemResource(name: string, title: string, release: Release, concept: Concept[]): FhirCodeSystem {
  return {
    resourceType: 'CodeSystem',
    id: name,
    language: 'en',
    extension: [semverAlgorithm],
    url: codeSystem(name),
    version: release.version,
    name: computableName(name),
    title,
    status: 'active',
    date: release.date,
    publisher: FHIR_PUBLISHER,
    caseSensitive: true,
    content: 'complete',
    count: concept.length,
    concept,
  };
}

/** The concept with `display`, and each other wording (by language, once) as a designation. */
function worded(code: string, wordings: readonly Designation[]): Concept {
  const [first] = wordings;
  if (!first) return { code };
  const seen = new Set([`${first.language}:${first.value}`]);
  const designation = wordings.filter((wording) => {
    const key = `${wording.language}:${wording.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { code, display: first.value, ...(designation.length > 0 ? { designation } : {}) };
}

/**
 * One CodeSystem per question with options of its own; `variants` start with the English words in
 * the voice of a person answering for themselves, each worded over every option (`withWords` on
 * the whole questionnaire), so options offered to one voice only are in it too.
 */
export function answerCodeSystems(
  questionnaire: Questionnaire,
  variants: readonly VariantWords[],
  release: Release,
): FhirCodeSystem[] {
  const questions = questionnaire.sections.flatMap((section) => section.questions);
  return questions
    .filter((question) => question.options.some((option) => !option.code))
    .map((question) => {
      const wordingsOf = (value: string) =>
        variants.flatMap(({ language, questionnaire: words }) => {
          const label = words.sections
            .flatMap((section) => section.questions)
            .find((candidate) => candidate.id === question.id)
            ?.options.find((option) => option.value === value)?.label;
          return label === undefined ? [] : [{ language, value: label }];
        });
      const english = variants[0]?.questionnaire.sections
        .flatMap((section) => section.questions)
        .find((candidate) => candidate.id === question.id);
      return codeSystemResource(
        question.id,
        english?.summary ?? question.id,
        release,
        question.options
          .filter((option) => !option.code)
          .map((option) => worded(option.value, wordingsOf(option.value))),
      );
    });
}

/** The result's CodeSystems; `variants` as above. */
export function resultCodeSystems(variants: readonly VariantWords[], release: Release): FhirCodeSystem[] {
  const part = (code: string, text: (fhir: Messages['exports']['fhir']) => string) =>
    worded(
      code,
      variants.map(({ language, messages }) => ({ language, value: text(messages.exports.fhir) })),
    );
  const named = (code: string, text: (rules: RuleTexts) => string) =>
    worded(
      code,
      variants.map(({ language, rules }) => ({ language, value: text(rules) })),
    );
  const [english] = variants;
  const title = english?.messages.exports.fhir.resultTitle ?? 'result';
  return [
    codeSystemResource('result', title, release, [part('treatment-options-self-check', (fhir) => fhir.resultTitle)]),
    codeSystemResource('result-part', `${title}: parts`, release, [
      part('suggested-setting', (fhir) => fhir.settingCode),
      part('no-setting', (fhir) => fhir.noSettingCode),
      part('medication-to-discuss', (fhir) => fhir.medicationCode),
      part('medication-not-now', (fhir) => fhir.notNowCode),
      part('caution', (fhir) => fhir.cautionCode),
      part('unknown-answer', (fhir) => fhir.unknownCode),
      part('phq2-score', (fhir) => fhir.moodCheckCode.phq2),
      part('gad2-score', (fhir) => fhir.moodCheckCode.gad2),
    ]),
    codeSystemResource(
      'setting-level',
      `${title}: settings`,
      release,
      settingLevels.map((level) => named(level, (rules) => rules.settings[level].name)),
    ),
    codeSystemResource(
      'medication',
      `${title}: medicines`,
      release,
      MedicationIdSchema.options.map((id) => named(id, (rules) => rules.medicines[id].name)),
    ),
    codeSystemResource(
      'no-setting-reason',
      `${title}: why no setting is suggested`,
      release,
      settingGates.map((gate) => ({ code: gate.id, definition: english?.rules.insteadOfSetting[gate.id] ?? gate.id })),
    ),
  ];
}
