/**
 * The published Questionnaires in a form tool the project did not write: NLM's LHC-Forms (see
 * `support/lhc-forms.ts` for how the test gets it), in Chromium, with nothing fetched from
 * anywhere but this machine. LHC-Forms loads each built Questionnaire as the site serves it and
 * shows every question; every `enableWhen` case read from the Questionnaire itself opens and
 * closes its question there as the app's own journey does; the app's own downloaded response,
 * in each language and voice, merged into the Questionnaire it cites, shows every answer and comes
 * back out unchanged; and the PHQ-2 total is computed from the answers' scores.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Answers } from '../../questions/answers.ts';
import { journey } from '../../questions/journey.ts';
import type { Perspective } from '../../questions/perspective.ts';
import type { FhirQuestionnaire, QuestionnaireItem } from '../../src/export/fhir-questionnaire.ts';
import type { FhirQuestionnaireResponse, ResponseItem } from '../../src/export/fhir-response.ts';
import { ORDINAL_VALUE } from '../../src/export/fhir-sdc.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { inWords } from '../support/words.ts';
import { walkedAnswers } from '../unit/support/export-journeys.ts';
import { useBuiltSite } from './support/built-site.ts';
import {
  chosenLabels,
  clickAnswer,
  exportedResponse,
  lhcFormsDist,
  lhcItem,
  openLhcForms,
  showForm,
  startLhcFormsServer,
  type LhcFormsServer,
} from './support/lhc-forms.ts';
import { resultsFromSavedAnswers } from './support/saved-results.ts';

const { url, withApp } = useBuiltSite();
let lhc: LhcFormsServer | undefined;
beforeAll(async () => {
  lhc = await startLhcFormsServer(lhcFormsDist());
}, 300_000);
afterAll(async () => {
  await lhc?.close();
});
const lhcUrl = () => lhc?.url ?? '';

type Variant = { language: Language; perspective: Perspective };
const variants: Variant[] = [
  { language: 'en', perspective: 'self' },
  { language: 'en', perspective: 'other' },
  { language: 'es', perspective: 'self' },
  { language: 'es', perspective: 'other' },
];
const label = ({ language, perspective }: Variant) => `${language}, ${perspective}`;

/** The Questionnaire of a variant as the built site serves it. */
async function served({ language, perspective }: Variant): Promise<FhirQuestionnaire> {
  const address = new URL(`fhir/Questionnaire/treatment-options-self-check-${language}-${perspective}.json`, url());
  const response = await fetch(address);
  expect(response.status).toBe(200);
  return (await response.json()) as FhirQuestionnaire;
}

const flatten = <T extends { item?: T[] }>(items: readonly T[]): T[] =>
  items.flatMap((item) => [item, ...flatten(item.item ?? [])]);

/** One answer to click: in which item, its code and the label LHC-Forms shows for it. */
type Step = { linkId: string; code: string; display: string };
type EnableCase = { target: string; steps: Step[]; opens: boolean; what: string };

/**
 * Every `enableWhen` case of the Questionnaire: for each comparison (or, with `enableBehavior`
 * all, for the whole set) the answers that open the question, after those that open the question
 * it looks at; and an answer to that same question that none of its comparisons accepts, which
 * must leave it closed.
 */
function enableCases(fhir: FhirQuestionnaire): EnableCase[] {
  const items = new Map(flatten(fhir.item).map((item) => [item.linkId, item]));
  const stepOf = (question: string, code: string): Step => {
    const option = items.get(question)?.answerOption?.find((candidate) => candidate.valueCoding.code === code);
    if (!option) throw new Error(`"${question}" offers no "${code}"`);
    return { linkId: question, code, display: option.valueCoding.display };
  };
  const opening = (item: QuestionnaireItem): Step[] => {
    const [first] = item.enableWhen ?? [];
    if (!first) return [];
    const chosen = item.enableBehavior === 'all' ? (item.enableWhen ?? []) : [first];
    return chosen.flatMap((when) => [
      ...opening(items.get(when.question) as QuestionnaireItem),
      stepOf(when.question, when.answerCoding.code),
    ]);
  };
  return flatten(fhir.item).flatMap((item) => {
    const comparisons = item.enableWhen ?? [];
    if (comparisons.length === 0) return [];
    const alternatives = item.enableBehavior === 'all' ? [comparisons] : comparisons.map((when) => [when]);
    const opens = alternatives.map((alternative) => ({
      target: item.linkId,
      opens: true,
      what: alternative.map((when) => `${when.question} = ${when.answerCoding.code}`).join(' and '),
      steps: alternative.flatMap((when) => [
        ...opening(items.get(when.question) as QuestionnaireItem),
        stepOf(when.question, when.answerCoding.code),
      ]),
    }));
    const questions = [...new Set(comparisons.map((when) => when.question))];
    const closes = questions.flatMap((question) => {
      const accepted = comparisons.filter((when) => when.question === question).map((when) => when.answerCoding.code);
      const other = items.get(question)?.answerOption?.find((option) => !accepted.includes(option.valueCoding.code));
      if (!other) return [];
      return [
        {
          target: item.linkId,
          opens: false,
          what: `${question} = ${other.valueCoding.code}`,
          steps: [...opening(items.get(question) as QuestionnaireItem), stepOf(question, other.valueCoding.code)],
        },
      ];
    });
    return [...opens, ...closes];
  });
}

/** The clicked answers as the app's answers, to ask the app's own journey the same question. */
function answersOf(steps: readonly Step[], variant: Variant): Answers {
  const { questionnaire } = inWords(variant.language, variant.perspective);
  const answers: Record<string, string | string[]> = {};
  for (const step of steps) {
    const question = questionnaire.sections.flatMap((section) => section.questions).find((q) => q.id === step.linkId);
    const option = question?.options.find((candidate) => (candidate.code?.code ?? candidate.value) === step.code);
    if (!question || !option) throw new Error(`No option ${step.code} of ${step.linkId}`);
    answers[step.linkId] =
      question.kind === 'multiple'
        ? [...((answers[step.linkId] as string[] | undefined) ?? []), option.value]
        : option.value;
  }
  return answers;
}

describe('the Questionnaires in LHC-Forms', () => {
  test('each shows every question and group with its text, radio buttons or check boxes for its options, and the conditional ones only once opened', async () => {
    const app = await openLhcForms(lhcUrl());
    try {
      for (const variant of variants) {
        const fhir = await served(variant);
        await showForm(app.page, fhir);
        const conditional = new Set(
          flatten(fhir.item)
            .filter((item) => item.enableWhen)
            .map((item) => item.linkId),
        );
        const seen: unknown[] = [];
        const expected: unknown[] = [];
        for (const item of flatten(fhir.item)) {
          const shown = lhcItem(app.page, item.linkId);
          const closed = conditional.has(item.linkId);
          const role = item.repeats ? 'checkbox' : 'radio';
          const text = closed ? null : ((await shown.locator('.question').first().textContent()) ?? '').trim();
          const options = closed || item.type !== 'choice' ? 0 : await shown.getByRole(role).count();
          seen.push([label(variant), item.linkId, await shown.count(), text, options]);
          expected.push([
            label(variant),
            item.linkId,
            closed ? 0 : 1,
            closed ? null : item.text,
            closed ? 0 : (item.answerOption?.length ?? 0),
          ]);
        }
        expect(seen).toEqual(expected);
      }
      expect(app.problems.foreignRequests).toEqual([]);
      expect(app.problems.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test.each([variants[0], variants[3]] as Variant[])(
    'opens and closes every question with an enableWhen as the app does, case by case from the Questionnaire ($language, $perspective)',
    async (variant) => {
      const fhir = await served(variant);
      const cases = enableCases(fhir);
      expect(cases.filter((one) => one.opens).length).toBeGreaterThanOrEqual(15);
      expect(cases.filter((one) => !one.opens).length).toBeGreaterThanOrEqual(9);
      const app = await openLhcForms(lhcUrl());
      try {
        for (const one of cases) {
          await showForm(app.page, fhir);
          for (const step of one.steps) await clickAnswer(app.page, step.linkId, step.display);
          const target = lhcItem(app.page, one.target);
          await (one.opens ? target.waitFor() : target.waitFor({ state: 'detached' }));
          const inApp = journey(
            inWords(variant.language, variant.perspective).questionnaire,
            answersOf(one.steps, variant),
          );
          const seen = [
            one.target,
            one.what,
            (await target.count()) > 0,
            inApp.some((question) => question.id === one.target),
          ];
          expect(seen).toEqual([one.target, one.what, one.opens, one.opens]);
        }
        expect(app.problems.foreignRequests).toEqual([]);
      } finally {
        await app.close();
      }
    },
    240_000,
  );
});

/** Answers a person gives on a whole journey, with both PHQ-2 items answered so the total shows. */
const answersFor = (perspective: Perspective): Answers => ({
  ...walkedAnswers(5, perspective),
  'phq-interest': 'several-days',
  'phq-down': 'nearly-every-day',
});

/** The download, as the app makes it on its results page in this language and voice. */
async function downloaded(variant: Variant): Promise<FhirQuestionnaireResponse> {
  let saved: FhirQuestionnaireResponse | undefined;
  await withApp(
    async (app) => {
      const ui = await resultsFromSavedAnswers(
        app.page,
        url(),
        { answers: answersFor(variant.perspective), perspective: variant.perspective },
        variant.language,
      );
      const [download] = await Promise.all([
        app.page.waitForEvent('download'),
        app.page.getByRole('button', { name: ui.exports.actions.downloadResponse, exact: true }).click(),
      ]);
      saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as FhirQuestionnaireResponse;
    },
    { acceptDownloads: true, viewport: 'desktop' },
  );
  if (!saved) throw new Error('Nothing was downloaded');
  return saved;
}

/** LHC-Forms copies each answer's score onto its Coding; the scores must be the options' own. */
function withoutCopiedScores(items: ResponseItem[], fhir: FhirQuestionnaire): ResponseItem[] {
  const options = new Map(flatten(fhir.item).map((item) => [item.linkId, item.answerOption ?? []]));
  return items.map((item) => ({
    ...item,
    ...(item.answer
      ? {
          answer: item.answer.map((answer) => {
            if (!('valueCoding' in answer)) return answer;
            const { extension, ...coding } = answer.valueCoding as typeof answer.valueCoding & {
              extension?: { url: string; valueDecimal: number }[];
            };
            const option = options.get(item.linkId)?.find((candidate) => candidate.valueCoding.code === coding.code);
            expect(extension ?? []).toEqual(option?.extension?.filter((one) => one.url === ORDINAL_VALUE) ?? []);
            return { valueCoding: coding };
          }),
        }
      : {}),
    ...(item.item ? { item: withoutCopiedScores(item.item, fhir) } : {}),
  }));
}

describe('the app’s own downloaded response in LHC-Forms', () => {
  test.each(variants)(
    'in $language for perspective $perspective, merged into the Questionnaire it cites, shows every answer, computes the PHQ-2 total and comes back out unchanged',
    async (variant) => {
      const response = await downloaded(variant);
      const fhir = await served(variant);
      expect(response.questionnaire).toBe(`${fhir.url}|${fhir.version}`);
      const answered = flatten(response.item).filter((item) => item.answer);
      expect(answered.length).toBeGreaterThan(30);
      const app = await openLhcForms(lhcUrl());
      try {
        await showForm(app.page, fhir, response);
        // LHC-Forms shows a scored answer as "<display> - <score>".
        const options = new Map(flatten(fhir.item).map((item) => [item.linkId, item.answerOption ?? []]));
        const shownAs = (linkId: string, code: string, display: string) => {
          const option = options.get(linkId)?.find((candidate) => candidate.valueCoding.code === code);
          const score = option?.extension?.find((one) => one.url === ORDINAL_VALUE);
          return score && 'valueDecimal' in score ? `${display} - ${String(score.valueDecimal)}` : display;
        };
        let coded = 0;
        for (const item of answered) {
          const displays = (item.answer ?? []).flatMap((answer) =>
            'valueCoding' in answer ? [shownAs(item.linkId, answer.valueCoding.code, answer.valueCoding.display)] : [],
          );
          coded += displays.length;
          if (displays.length === 0) continue;
          expect([item.linkId, (await chosenLabels(app.page, item.linkId)).sort()]).toEqual([
            item.linkId,
            displays.sort(),
          ]);
        }
        const chosenOnPage = await app.page
          .locator('label.ant-radio-wrapper-checked, label.ant-checkbox-wrapper-checked')
          .count();
        expect(chosenOnPage).toBe(coded);
        await expect.poll(() => lhcItem(app.page, 'phq-2-total').locator('input').inputValue()).toBe('4');
        const total = answered.find((item) => item.linkId === 'phq-2-total');
        expect(total?.answer).toEqual([{ valueInteger: 4 }]);

        const back = (await exportedResponse(app.page)) as unknown as FhirQuestionnaireResponse;
        expect(back.questionnaire).toBe(response.questionnaire);
        expect(withoutCopiedScores(back.item, fhir)).toEqual(response.item);
        expect(app.problems.foreignRequests).toEqual([]);
        expect(app.problems.pageErrors).toEqual([]);
      } finally {
        await app.close();
      }
    },
    180_000,
  );
});
