/**
 * The FHIR downloads: the bare QuestionnaireResponse (for a clinic's form tool) and the
 * transaction Bundle (for a clinic's FHIR server) with the response, the PHQ-2 and GAD-2 item
 * Observations and the result Observation. Both valid FHIR R4, both security-labelled.
 */
import { describe, expect, test } from 'vitest';
import { chosenValues } from '../../questions/chosen-values.ts';
import { findQuestion, journey } from '../../questions/journey.ts';
import type { Answers } from '../../questions/answers.ts';
import type { WordedQuestion as Question } from '../../questions/schema.ts';
import { fhirResponseBundle } from '../../src/export/fhir-bundle.ts';
import { answerCoding } from '../../src/export/fhir-codes.ts';
import { publishedFhirQuestionnaire } from '../../src/export/fhir-published.ts';
import type { ResponseItem } from '../../src/export/fhir-response.ts';
import { assessInEnglish, en, questionnaire } from '../support/words.ts';
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
import { date, expectValid, exportsIn, flatten } from './support/fhir.ts';
import { FHIR_BASE } from '../../src/export/fhir-base.ts';

const bundleFor = (answers: Answers) => exportsIn('en', 'self', answers).bundle;
const responseFor = (answers: Answers) => exportsIn('en', 'self', answers).response;

const securityLabels = [
  {
    system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
    code: 'ETH',
    display: 'substance abuse information sensitivity',
  },
  { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: '42CFRPart2', display: '42 CFR Part2' },
  { system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R', display: 'restricted' },
];

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
type Offered = { valueCoding: { system: string; code: string } }[];
const observations = (bundle: ReturnType<typeof bundleFor>) =>
  resources(bundle).filter((resource) => resource.resourceType === 'Observation') as (Entry & {
    code: { coding: { system: string; code: string }[] };
    valueCodeableConcept?: { coding: { system: string; code: string }[] };
    derivedFrom?: { reference: string }[];
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

describe('the FHIR QuestionnaireResponse', () => {
  test.each(answerSets)(
    'for answer set %i (%s) is valid FHIR R4, answers only the questions answered, each with an option its Questionnaire offers',
    (seed, perspective) => {
      const answers = walkedAnswers(seed, perspective);
      const { words, response, bundle } = exportsIn('en', perspective, answers);
      expectValid(response);
      expectValid(bundle);
      expect(responseOf(bundle)).toEqual(response);
      const offeredBy = new Map(
        flatten(publishedFhirQuestionnaire({ language: 'en', perspective }).item).map((item) => [
          item.linkId,
          (item.answerOption ?? []) as Offered,
        ]),
      );
      const answered = flatten(response.item).filter((item) => item.answer && offeredBy.get(item.linkId)?.length);
      const asked = journey(words.questionnaire, answers).filter((question) => answers[question.id] !== undefined);
      expect(answered.map((item) => item.linkId)).toEqual(asked.map((question) => question.id));
      for (const item of answered) {
        const question = findQuestion(words.questionnaire, item.linkId);
        const chosen = chosenValues(answers[item.linkId]);
        const expected = question?.options.filter((option) => chosen.includes(option.value));
        expect(item.answer?.map((given) => ('valueCoding' in given ? given.valueCoding : given))).toEqual(
          expected?.map((option) => answerCoding(question as Question, option)),
        );
        const offered = offeredBy.get(item.linkId)?.map((option) => codeOf(option.valueCoding));
        const codings = (item.answer ?? []).flatMap((given) => ('valueCoding' in given ? [given.valueCoding] : []));
        for (const coding of codings) expect(offered).toContain(codeOf(coding));
      }
    },
  );

  test('walks that answer for someone else do reach "I don\'t know"', () => {
    const chosen = seeds.flatMap((seed) => Object.values(walkedAnswers(seed, 'other')).flat());
    expect(chosen).toContain('dont-know');
    expect(seeds.flatMap((seed) => Object.values(walkedAnswers(seed, 'self')).flat())).not.toContain('dont-know');
  });

  test('is completed, authored now, in its language, for the version of the Questionnaire of its language and voice, with the security labels of substance use information', () => {
    const response = responseFor(walkedAnswers(4));
    expect(response).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      authored: '2026-11-20T15:30:00.000Z',
      language: 'en',
      questionnaire: `${FHIR_BASE}/Questionnaire/treatment-options-self-check-en-self|${questionnaire.version}`,
    });
    expect(response.meta.security).toEqual(securityLabels);
    const forOther = exportsIn('es', 'other', walkedAnswers(4, 'other')).response;
    expect(forOther.questionnaire).toBe(
      `${publishedFhirQuestionnaire({ language: 'es', perspective: 'other' }).url}|${questionnaire.version}`,
    );
    expect(forOther.language).toBe('es');
  });

  test('nests each answer in its section group, leaving out sections with nothing answered', () => {
    const answers = { 'overdose-now': 'no', 'self-harm-thoughts': 'no', 'opioids-used': ['heroin'] };
    const groups = responseFor(answers).item;
    expect(groups.map((group) => [group.linkId, group.item?.map((item) => item.linkId)])).toEqual([
      ['section-safety', ['overdose-now', 'self-harm-thoughts']],
      ['section-use', ['opioids-used']],
    ]);
  });

  test('puts the PHQ-2 answers in the PHQ-2 group with their total once both are answered, and no total before', () => {
    const health = (answers: Answers) => responseFor(answers).item.find((group) => group.linkId === 'section-health');
    const both = health({
      'phq-interest': 'nearly-every-day',
      'phq-down': 'several-days',
      'gad-nervous': 'not-at-all',
    });
    expect(both?.item?.map((item) => item.linkId)).toEqual(['phq-2', 'gad-nervous']);
    const [panel] = both?.item ?? [];
    expect(panel?.text).toBe(en.exports.moodChecks.phq2);
    expect(panel?.item?.map((item) => [item.linkId, item.answer])).toEqual([
      ['phq-interest', [{ valueCoding: expect.objectContaining({ code: 'LA6571-9' }) as unknown }]],
      ['phq-down', [{ valueCoding: expect.objectContaining({ code: 'LA6569-3' }) as unknown }]],
      ['phq-2-total', [{ valueInteger: 4 }]],
    ]);
    expect(panel?.item?.[2]?.text).toBe(en.exports.fhir.moodCheckCode.phq2);
    const one = health({ 'phq-interest': 'nearly-every-day' });
    expect(one?.item?.[0]?.item?.map((item) => item.linkId)).toEqual(['phq-interest']);
  });

  test('leaves out an answer left behind on a branch that is no longer asked', () => {
    const answers = { ...walkedAnswers(2), pregnancy: 'no', 'prenatal-care': 'yes' };
    const linkIds = flatten(responseFor(answers).item).map((item) => item.linkId);
    expect(linkIds).toContain('pregnancy');
    expect(linkIds).not.toContain('prenatal-care');
  });
});

describe('the FHIR Bundle for a server', () => {
  test('is a transaction that POSTs the response, then each Observation, whose derivedFrom points at the response', () => {
    const bundle = bundleFor(walkedAnswers(4));
    expectValid(bundle);
    expect(bundle.type).toBe('transaction');
    expect(bundle.entry.map((entry) => entry.request)).toEqual(
      bundle.entry.map((entry) => ({ method: 'POST', url: entry.resource.resourceType })),
    );
    expect(bundle.entry[0]?.resource.resourceType).toBe('QuestionnaireResponse');
    const response = bundle.entry[0]?.fullUrl;
    for (const observation of observations(bundle)) {
      expect(observation.derivedFrom).toEqual([{ reference: response }]);
    }
    expect(bundle.timestamp).toBe('2026-11-20T15:30:00.000Z');
  });

  test('gives each entry a new urn:uuid of its own by default', () => {
    const { words, recommendation } = exportsIn('en', 'self', walkedAnswers(4));
    const bundle = fhirResponseBundle({
      questionnaire: words.questionnaire,
      answers: walkedAnswers(4),
      recommendation,
      date,
      messages: words.messages,
      variant: { language: 'en', perspective: 'self' },
    });
    const urls = bundle.entry.map((entry) => entry.fullUrl);
    expect(urls.every((url) => /^urn:uuid:[0-9a-f-]{36}$/.test(url))).toBe(true);
    expect(new Set(urls).size).toBe(urls.length);
  });

  test('labels the Bundle and every resource in it as substance use information, restricted', () => {
    const bundle = bundleFor(walkedAnswers(4));
    expect(bundle.meta.security).toEqual(securityLabels);
    for (const resource of resources(bundle)) expect(resource.meta).toEqual({ security: securityLabels });
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
    const { recommendation, bundle } = exportsIn(language, perspective, crisisAnswers);
    expectValid(bundle);
    const instead = withoutSetting(recommendation);
    const parts = resultParts(bundle);
    expect(parts('suggested-setting')).toEqual([]);
    expect(parts('no-setting').map((part) => part.valueCodeableConcept)).toEqual([
      {
        coding: [{ system: `${FHIR_BASE}/CodeSystem/no-setting-reason`, code: 'crisis-first' }],
        text: instead.text,
      },
    ]);
  });

  test('carries each answer not known: what was answered, then what to tell the provider', () => {
    const { recommendation, bundle } = exportsIn(language, perspective, unknownAnswers(perspective));
    expectValid(bundle);
    expect(recommendation.unknowns.length).toBeGreaterThanOrEqual(2);
    expect(resultParts(bundle)('unknown-answer').map((part) => part.valueString)).toEqual(
      recommendation.unknowns.map((unknown) =>
        [...unknown.reasons.map((reason) => reason.text), unknown.text].join(' '),
      ),
    );
  });

  test('carries the PHQ-2 total (LOINC 55758-7) and the GAD-2 total, each marked positive or negative', () => {
    const { words, bundle } = exportsIn(language, perspective, settingAnswers);
    expectValid(bundle);
    const parts = resultParts(bundle);
    const t = words.messages.exports.fhir;
    const [phq] = parts('phq2-score');
    const [gad] = parts('gad2-score');
    expect(phq?.code.coding[0]).toMatchObject({ system: 'http://loinc.org', code: '55758-7' });
    expect(phq?.code.text).toBe(t.moodCheckCode.phq2);
    expect(phq?.code.text).toMatch(/PHQ-2/);
    expect([phq?.valueInteger, phq?.interpretation?.[0]?.coding[0]?.code]).toEqual([4, 'POS']);
    expect(gad?.code.coding.map((coding) => coding.system)).not.toContain('http://loinc.org');
    expect(gad?.code.text).toMatch(/GAD-2/);
    expect([gad?.valueInteger, gad?.interpretation?.[0]?.coding[0]?.code]).toEqual([0, 'NEG']);
    expect(gad?.interpretation?.[0]?.text).toBe(t.negative);
  });

  test('leaves out a mood check that was not fully answered, rather than send a partial total', () => {
    const { bundle } = exportsIn(language, perspective, halfAnsweredMood);
    expectValid(bundle);
    const parts = resultParts(bundle);
    expect(parts('phq2-score')).toHaveLength(1);
    expect(parts('gad2-score')).toEqual([]);
  });
});
