/**
 * The published FHIR Questionnaires (one per language and voice) and CodeSystems: valid FHIR R4,
 * marked as SDC Questionnaires, and carrying what form tools need to show and score them as the
 * app does.
 */
import { evalFhirPathTyped, toTypedValue } from '@medplum/core';
import { describe, expect, test } from 'vitest';
import { allQuestions, findQuestion } from '../../questions/journey.ts';
import type { WordedQuestionnaire } from '../../questions/schema.ts';
import { questionnaire as structure } from '../../questions/questionnaire.ts';
import { questionnaireUrl } from '../../src/export/fhir-codes.ts';
import { ENABLE_WHEN_EXPRESSION } from '../../src/export/fhir-enable-when.ts';
import { publishedCodeSystems, publishedFhirQuestionnaire, fhirVariants } from '../../src/export/fhir-published.ts';
import { fhirQuestionnaire, type QuestionnaireItem } from '../../src/export/fhir-questionnaire.ts';
import { fhirQuestionnaireResponse } from '../../src/export/fhir-response.ts';
import {
  CALCULATED_EXPRESSION,
  ITEM_CONTROL,
  OPTION_EXCLUSIVE,
  ORDINAL_VALUE,
  VERSION_ALGORITHM,
} from '../../src/export/fhir-sdc.ts';
import { en, inWords, questionnaire } from '../support/words.ts';
import { date, expectValid, flatten } from './support/fhir.ts';
import { FHIR_BASE } from '../../src/export/fhir-base.ts';

const english = publishedFhirQuestionnaire({ language: 'en', perspective: 'self' });
const items = (fhir: typeof english) => new Map(flatten(fhir.item).map((item) => [item.linkId, item]));
const questionItems = items(english);
const item = (linkId: string) => questionItems.get(linkId) as QuestionnaireItem;
const extension = (of: { extension?: { url: string }[] } | undefined, url: string) =>
  of?.extension?.filter((candidate) => candidate.url === url) ?? [];

describe.each(fhirVariants)('the FHIR Questionnaire in $language for perspective $perspective', (variant) => {
  const fhir = publishedFhirQuestionnaire(variant);
  const words = inWords(variant.language, variant.perspective);

  test('is valid FHIR R4, an SDC Questionnaire in its language, with its own canonical url, the version, date, publisher and semver', () => {
    expectValid(fhir);
    expect(fhir.meta.profile).toEqual(['http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire']);
    expect(fhir.language).toBe(variant.language);
    expect(fhir.url).toBe(
      `${FHIR_BASE}/Questionnaire/treatment-options-self-check-${variant.language}-${variant.perspective}`,
    );
    expect(fhir.version).toBe(questionnaire.version);
    expect(fhir.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(fhir.publisher).toBe('Treatment Options Self-Check project');
    expect(extension(fhir, VERSION_ALGORITHM)).toEqual([
      { url: VERSION_ALGORITHM, valueCoding: expect.objectContaining({ code: 'semver' }) as unknown },
    ]);
    expect(fhir.status).toBe('active');
  });

  test('words every section and question as the app does in this language and voice, offering the options it offers', () => {
    const mine = items(fhir);
    for (const section of words.questionnaire.sections) {
      expect(mine.get(`section-${section.id}`)?.text).toBe(section.title);
      for (const question of section.questions) {
        const own = mine.get(question.id);
        expect(own?.text).toBe(question.text);
        expect(own?.answerOption?.map((option) => option.valueCoding.code)).toEqual(
          question.options.map((option) => option.code?.code ?? option.value),
        );
        const labels = question.options.map((option) => option.code?.display ?? option.label);
        expect(own?.answerOption?.map((option) => option.valueCoding.display)).toEqual(labels);
      }
    }
    const lastUse = mine.get('last-use')?.answerOption?.map((option) => option.valueCoding.code);
    expect(lastUse?.includes('dont-know')).toBe(variant.perspective === 'other');
  });
});

describe('every published Questionnaire', () => {
  test('has its own canonical url and id', () => {
    const urls = fhirVariants.map((variant) => publishedFhirQuestionnaire(variant).url);
    expect(new Set(urls).size).toBe(fhirVariants.length);
    expect(urls).toContain(questionnaireUrl(structure, { language: 'es', perspective: 'other' }));
  });
});

describe('the FHIR Questionnaire structure', () => {
  test('has one group per section holding its questions, the PHQ-2 items in a group of their own, each linkId unique', () => {
    expect(english.item.map((group) => group.type)).toEqual(questionnaire.sections.map(() => 'group'));
    const questionIds = flatten(english.item)
      .filter((candidate) => candidate.type === 'choice')
      .map((candidate) => candidate.linkId);
    expect(questionIds).toEqual(allQuestions(questionnaire).map((question) => question.id));
    const health = english.item.find((group) => group.linkId === 'section-health');
    expect(health?.item?.map((child) => child.linkId).slice(0, 3)).toEqual(['phq-2', 'gad-nervous', 'gad-worry']);
    const linkIds = flatten(english.item).map((candidate) => candidate.linkId);
    expect(new Set(linkIds).size).toBe(linkIds.length);
  });

  test('codes the PHQ-2 group with LOINC 55757-9 and computes its total (55758-7) from the answers’ scores', () => {
    const panel = item('phq-2');
    expect(panel.type).toBe('group');
    expect(panel.code?.map((coding) => [coding.system, coding.code])).toEqual([['http://loinc.org', '55757-9']]);
    expect(panel.text).toBe(en.exports.moodChecks.phq2);
    expect(panel.item?.map((child) => child.linkId)).toEqual(['phq-interest', 'phq-down', 'phq-2-total']);
    const total = item('phq-2-total');
    expect(total).toMatchObject({ type: 'integer', readOnly: true, text: en.exports.fhir.moodCheckCode.phq2 });
    expect(total.code?.map((coding) => coding.code)).toEqual(['55758-7']);
    const [calculated] = extension(total, CALCULATED_EXPRESSION) as {
      valueExpression?: { language: string; expression: string };
    }[];
    expect(calculated?.valueExpression?.language).toBe('text/fhirpath');
    expect(calculated?.valueExpression?.expression).toContain('ordinal().sum()');
    expect(calculated?.valueExpression?.expression).toContain("linkId = 'phq-interest' or linkId = 'phq-down'");
  });

  test('gives the PHQ-2 and GAD-2 items their LOINC codes and each answer its score as ordinalValue 0 to 3', () => {
    const loinc = {
      'phq-interest': '44250-9',
      'phq-down': '44255-8',
      'gad-nervous': '69725-0',
      'gad-worry': '68509-9',
    };
    for (const [linkId, code] of Object.entries(loinc)) {
      expect(item(linkId).code?.map((coding) => [coding.system, coding.code])).toEqual([['http://loinc.org', code]]);
      expect(
        item(linkId).answerOption?.map((option) => [option.valueCoding.code, extension(option, ORDINAL_VALUE)]),
      ).toEqual(
        ['LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9'].map((answer, score) => [
          answer,
          [{ url: ORDINAL_VALUE, valueDecimal: score }],
        ]),
      );
    }
    const scored = flatten(english.item).filter((candidate) =>
      candidate.answerOption?.some((option) => extension(option, ORDINAL_VALUE).length > 0),
    );
    expect(scored.map((candidate) => candidate.linkId).sort()).toEqual(Object.keys(loinc).sort());
  });

  test('shows single-choice questions as radio buttons and checkbox questions as repeating check boxes', () => {
    for (const question of allQuestions(questionnaire)) {
      const [control] = extension(item(question.id), ITEM_CONTROL) as {
        valueCodeableConcept?: { coding: { system: string; code: string }[] };
      }[];
      const expected = question.kind === 'multiple' ? 'check-box' : 'radio-button';
      expect({ id: question.id, ...control?.valueCodeableConcept?.coding[0] }).toMatchObject({
        id: question.id,
        system: 'http://hl7.org/fhir/questionnaire-item-control',
        code: expected,
      });
      expect(item(question.id).repeats).toBe(question.kind === 'multiple' ? true : undefined);
    }
  });

  test('marks exactly the exclusive options ("None of these") with optionExclusive', () => {
    const exclusive = allQuestions(questionnaire).flatMap((question) =>
      question.options.filter((option) => option.exclusive).map((option) => `${question.id}#${option.value}`),
    );
    expect(exclusive.length).toBeGreaterThanOrEqual(5);
    const marked = flatten(english.item).flatMap((candidate) =>
      (candidate.answerOption ?? [])
        .filter((option) => extension(option, OPTION_EXCLUSIVE).length > 0)
        .map((option) => `${candidate.linkId}#${option.valueCoding.code}`),
    );
    expect(marked).toEqual(exclusive);
    const none = item('other-drugs').answerOption?.find((option) => option.valueCoding.code === 'none');
    const [flag] = extension(none, OPTION_EXCLUSIVE);
    expect(flag).toEqual({ url: OPTION_EXCLUSIVE, valueBoolean: true });
  });

  test('turns a comparison with several values into one comparison per value joined by any, and one with one value into one comparison', () => {
    const kind = item('previous-treatment-type');
    expect(kind.enableBehavior).toBe('any');
    expect(kind.enableWhen?.map((when) => [when.question, when.operator, when.answerCoding.code])).toEqual([
      ['previous-treatment', '=', 'helped'],
      ['previous-treatment', '=', 'returned-once'],
      ['previous-treatment', '=', 'returned-repeatedly'],
    ]);
    const prenatal = item('prenatal-care');
    expect(prenatal.enableWhen).toEqual([
      { question: 'pregnancy', operator: '=', answerCoding: expect.objectContaining({ code: 'pregnant' }) as unknown },
    ]);
    expect(prenatal.enableBehavior).toBeUndefined();
    expect(item('medicine-working').enableWhen?.map((when) => [when.question, when.answerCoding.code])).toEqual([
      ['current-medicine', 'methadone'],
      ['current-medicine', 'buprenorphine'],
      ['current-medicine', 'naltrexone'],
    ]);
  });
});

describe('conditions FHIR cannot say flat', () => {
  const nested: WordedQuestionnaire = {
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
                      { questionId: 'phq-down', anyOf: ['nearly-every-day'] },
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
  const variant = { language: 'en', perspective: 'self' } as const;
  const fhir = fhirQuestionnaire({ questionnaire: nested, messages: en, variant, date: '2026-12-03' });
  const breastfeeding = flatten(fhir.item).find((candidate) => candidate.linkId === 'breastfeeding');
  const [rule] = extension(breastfeeding, ENABLE_WHEN_EXPRESSION) as { valueExpression?: { expression: string } }[];
  const expression = rule?.valueExpression?.expression ?? '';

  test('are written as an SDC enableWhenExpression in FHIRPath instead of enableWhen', () => {
    expect(breastfeeding?.enableWhen).toBeUndefined();
    expect(expression).toContain(
      "%resource.item.where(linkId = 'section-health').item.where(linkId = 'phq-2').item.where(linkId = 'phq-down')",
    );
    expectValid(fhir);
  });

  test.each([
    [{ pregnancy: 'recently-gave-birth', 'phq-down': 'not-at-all', 'last-use': 'longer' }, true],
    [{ pregnancy: 'no', 'phq-down': 'nearly-every-day', 'last-use': 'past-week' }, true],
    [{ pregnancy: 'no', 'phq-down': 'nearly-every-day', 'last-use': 'longer' }, false],
    [{ pregnancy: 'no', 'phq-down': 'several-days', 'last-use': 'past-day' }, false],
  ])(
    'whose FHIRPath holds exactly when the condition does, even on an item inside the PHQ-2 group (%o → %s)',
    (answers, holds) => {
      const response = fhirQuestionnaireResponse({ questionnaire: nested, answers, date, messages: en, variant });
      const typed = toTypedValue(response);
      const result = evalFhirPathTyped(expression, [typed], { '%resource': typed });
      expect(result.map((value) => value.value as unknown)).toEqual([holds]);
    },
  );
});

describe('the published CodeSystems', () => {
  const codeSystems = publishedCodeSystems();
  const byUrl = new Map(codeSystems.map((codeSystem) => [codeSystem.url, codeSystem]));

  test('are valid FHIR R4, complete, each with its own id, with the version, date and publisher', () => {
    for (const codeSystem of codeSystems) {
      expectValid(codeSystem);
      expect(codeSystem.content).toBe('complete');
      expect(codeSystem.count).toBe(codeSystem.concept.length);
      expect(codeSystem.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set(codeSystems.map((codeSystem) => codeSystem.id)).size).toBe(codeSystems.length);
    expect(byUrl.get(`${FHIR_BASE}/CodeSystem/last-use`)?.version).toBe(questionnaire.version);
  });

  test('hold every code of the project a Questionnaire offers, with its display there as display or designation', () => {
    const offered = fhirVariants.flatMap((variant) =>
      flatten(publishedFhirQuestionnaire(variant).item).flatMap((candidate) =>
        (candidate.answerOption ?? []).map((option) => ({ ...option.valueCoding, language: variant.language })),
      ),
    );
    const own = offered.filter((coding) => coding.system.startsWith(`${FHIR_BASE}/`));
    expect(own.length).toBeGreaterThan(100);
    for (const coding of own) {
      const concept = byUrl.get(coding.system)?.concept.find((candidate) => candidate.code === coding.code);
      const wordings = [concept?.display, ...(concept?.designation ?? []).map((designation) => designation.value)];
      expect(wordings, `${coding.system}#${coding.code}`).toContain(coding.display);
    }
    expect(findQuestion(questionnaire, 'last-use')).toBeDefined();
  });
});
