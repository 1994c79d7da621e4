/**
 * A response matches the Questionnaire it cites, in every language and voice: each item sits
 * where that Questionnaire puts it, with the same text, and each answer is one of that item's
 * `answerOption`s, display included (a form tool that matches by code and display finds every
 * answer; the HL7 validator flags a text that differs from its Questionnaire's).
 */
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../questions/answers.ts';
import { publishedFhirQuestionnaire } from '../../src/export/fhir-published.ts';
import type { QuestionnaireItem } from '../../src/export/fhir-questionnaire.ts';
import type { ResponseItem } from '../../src/export/fhir-response.ts';
import { settingAnswers, unknownAnswers, voices } from './support/export-cases.ts';
import { seeds, walkedAnswers } from './support/export-journeys.ts';
import { exportsIn } from './support/fhir.ts';

/** Every mismatch between a response's items and the Questionnaire's items at the same place. */
function mismatches(given: readonly ResponseItem[], defined: readonly QuestionnaireItem[], path = ''): string[] {
  return given.flatMap((item) => {
    const where = `${path}/${item.linkId}`;
    const own = defined.find((candidate) => candidate.linkId === item.linkId);
    if (!own) return [`${where}: not in the Questionnaire here`];
    const problems = own.text === item.text ? [] : [`${where}: text "${item.text}" is "${own.text}" there`];
    for (const answer of item.answer ?? []) {
      if ('valueInteger' in answer) {
        if (own.type !== 'integer') problems.push(`${where}: an integer answer to a ${own.type} item`);
        continue;
      }
      const offered = (own.answerOption ?? []).some(
        ({ valueCoding }) =>
          valueCoding.system === answer.valueCoding.system &&
          valueCoding.code === answer.valueCoding.code &&
          valueCoding.display === answer.valueCoding.display,
      );
      if (!offered) problems.push(`${where}: ${JSON.stringify(answer.valueCoding)} is not an answerOption there`);
    }
    return [...problems, ...mismatches(item.item ?? [], own.item ?? [], where)];
  });
}

describe.each(voices)('a response in %s for perspective %s', (language, perspective) => {
  const fhir = publishedFhirQuestionnaire({ language, perspective });
  const answerSets: [string, Answers][] = [
    ...seeds.map((seed): [string, Answers] => [`walk ${String(seed)}`, walkedAnswers(seed, perspective)]),
    ['the mood checks answered', settingAnswers],
    ['answers kept back or not known', unknownAnswers(perspective)],
  ];

  test.each(answerSets)('(%s) cites this Questionnaire and has its texts and answer displays exactly', (_, answers) => {
    const { response } = exportsIn(language, perspective, answers);
    expect(response.questionnaire).toBe(`${fhir.url}|${fhir.version}`);
    expect(response.language).toBe(fhir.language);
    expect(response.item.length).toBeGreaterThan(0);
    expect(mismatches(response.item, fhir.item)).toEqual([]);
  });

  test('would not match the Questionnaire of the other voice or language: the check sees wording', () => {
    const { response } = exportsIn(language, perspective, settingAnswers);
    const other = publishedFhirQuestionnaire({ language: language === 'en' ? 'es' : 'en', perspective });
    expect(mismatches(response.item, other.item).length).toBeGreaterThan(10);
  });
});
