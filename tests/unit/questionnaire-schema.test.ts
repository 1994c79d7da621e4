import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { definition } from '../../questions/questionnaire.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { inWords, questionnaire } from '../support/words.ts';
import { QuestionnaireSchema } from '../../questions/schema.ts';
import { findStructuralProblems } from '../../questions/structure.ts';
import { allQuestions } from '../../questions/journey.ts';
import { offeredTo } from '../../questions/offered-to.ts';
import { questionnaire as rawQuestionnaire } from '../../questions/questionnaire.ts';

/** A writable deep copy of the questionnaire, for one test to break. */
type Draft = z.output<typeof QuestionnaireSchema>;
type DraftQuestion = Draft['sections'][number]['questions'][number];

function draft(): Draft {
  return structuredClone<unknown>(definition) as Draft;
}

/** Replaces the list rather than pushing: the data shares option lists between questions. */
function addOption(question: DraftQuestion, option: DraftQuestion['options'][number]) {
  question.options = [...question.options, option];
}

function questionIn(copy: Draft, id: string): DraftQuestion {
  const found = copy.sections.flatMap((section) => section.questions).find((question) => question.id === id);
  if (!found) throw new Error(`no question "${id}" in the questionnaire`);
  return found;
}

/** Each issue as "<ids along its path>: <message>", so a test can look for the id it expects. */
function problemsWith(copy: Draft): string[] {
  const result = QuestionnaireSchema.safeParse(copy);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    let node: unknown = copy;
    const ids: string[] = [];
    for (const key of issue.path) {
      node = (node as Record<PropertyKey, unknown>)[key];
      const id = (node as { id?: unknown }).id;
      if (typeof id === 'string') ids.push(id);
    }
    return `${ids.join(' > ')}: ${issue.message}`;
  });
}

describe('the real questionnaire', () => {
  it('passes the schema and every structural check', () => {
    expect(QuestionnaireSchema.safeParse(definition).success).toBe(true);
    expect(findStructuralProblems(questionnaire)).toEqual([]);
  });

  it('offers "Prefer not to say" on the sensitive questions: self-harm, pregnancy, alcohol, benzos, the home', () => {
    const withPreferNotToSay = allQuestions(questionnaire)
      .filter((question) => question.options.some((option) => option.value === 'prefer-not-to-say' && option.unknown))
      .map((question) => question.id);
    expect(withPreferNotToSay).toEqual([
      'self-harm-thoughts',
      'alcohol',
      'benzodiazepines',
      'pregnancy',
      'others-use',
      'home-safe',
    ]);
  });

  it('offers "I don\'t know" only to someone answering about another person, changing nothing else', () => {
    const self = allQuestions(offeredTo(rawQuestionnaire, 'self'));
    const other = allQuestions(offeredTo(rawQuestionnaire, 'other'));
    const offering = (questions: typeof self) =>
      questions.filter((question) => question.options.some((option) => option.value === 'dont-know'));
    expect(offering(self)).toEqual([]);
    expect(offering(other).length).toBeGreaterThan(5);
    expect(other.map((question) => question.id)).toEqual(self.map((question) => question.id));
    for (const [index, question] of other.entries()) {
      expect(self[index]?.showWhen).toEqual(question.showWhen);
      expect(question.options.filter((option) => option.value !== 'dont-know')).toEqual(self[index]?.options);
    }
  });

  it('gives every question text, a summary and an error message, in every language and voice', () => {
    for (const language of LANGUAGES) {
      for (const perspective of ['self', 'other'] as const) {
        const missing = allQuestions(inWords(language, perspective).questionnaire).filter(
          (question) => !question.text.trim() || !question.summary.trim() || !question.errorMessage.trim(),
        );
        expect(missing.map((question) => `${language}/${perspective}: ${question.id}`)).toEqual([]);
      }
    }
  });

  it('keeps every question text to 25 words or fewer', () => {
    const long = allQuestions(questionnaire)
      .map((question) => ({ id: question.id, words: question.text.split(/\s+/).filter(Boolean).length }))
      .filter(({ words }) => words > 25);
    expect(long).toEqual([]);
  });
});

describe('a showWhen comparison', () => {
  it('reads the same on a single-choice and on a checkbox question', () => {
    const copy = draft();
    questionIn(copy, 'transport').showWhen = {
      any: [
        { questionId: 'housing', anyOf: ['stable', 'unstable'] },
        { questionId: 'responsibilities', anyOf: ['work'] },
      ],
    };
    expect(problemsWith(copy)).toEqual([]);
  });
});

describe('a questionnaire with a mistake fails and names the question', () => {
  it('rejects an unknown key on a question (strict objects catch typos)', () => {
    const copy = draft();
    Object.assign(questionIn(copy, 'alcohol'), { hnit: 'a typo of hint' });
    expect(problemsWith(copy)).toEqual(['health > alcohol: Unrecognized key: "hnit"']);
  });

  it('rejects a showWhen that refers to an unknown question', () => {
    const copy = draft();
    questionIn(copy, 'prenatal-care').showWhen = { questionId: 'pregnancy-x', anyOf: ['pregnant'] };
    expect(problemsWith(copy)).toEqual([
      ': question "prenatal-care": showWhen refers to unknown question "pregnancy-x"',
    ]);
  });

  it('rejects a showWhen that refers to a question asked later', () => {
    const copy = draft();
    questionIn(copy, 'support-person').showWhen = { questionId: 'open-to-medication', anyOf: ['yes'] };
    expect(problemsWith(copy)).toEqual([
      ': question "support-person": showWhen refers to question "open-to-medication", which is not asked before it',
    ]);
  });

  it('rejects a showWhen that refers to the question itself', () => {
    const copy = draft();
    questionIn(copy, 'support-person').showWhen = { questionId: 'support-person', anyOf: ['yes'] };
    expect(problemsWith(copy)).toEqual([
      ': question "support-person": showWhen refers to question "support-person", which is not asked before it',
    ]);
  });

  it('rejects a showWhen value that is not one of the options', () => {
    const copy = draft();
    questionIn(copy, 'breastfeeding').showWhen = { questionId: 'pregnancy', anyOf: ['had-a-baby'] };
    expect(problemsWith(copy)).toContain(
      ': question "breastfeeding": showWhen refers to value "had-a-baby", which is not an option of question "pregnancy"',
    );
  });

  it('rejects a showWhen comparison that lists no values', () => {
    const copy = draft();
    questionIn(copy, 'transport').showWhen = { questionId: 'housing', anyOf: [] };
    expect(problemsWith(copy)).toContain('home > transport: Too small: expected array to have >=1 items');
  });

  it('rejects a question that no answers can make visible', () => {
    const copy = draft();
    questionIn(copy, 'breastfeeding').showWhen = {
      all: [
        { questionId: 'pregnancy', anyOf: ['pregnant'] },
        { questionId: 'pregnancy', anyOf: ['no'] },
      ],
    };
    expect(problemsWith(copy)).toEqual([
      ': question "breastfeeding": unreachable, no answers to "pregnancy" make it visible',
    ]);
  });

  it('rejects a question hidden behind another question that is never visible', () => {
    const copy = draft();
    questionIn(copy, 'prenatal-care').showWhen = {
      all: [
        { questionId: 'pregnancy', anyOf: ['pregnant'] },
        { questionId: 'housing', anyOf: ['none'] },
      ],
    };
    questionIn(copy, 'breastfeeding').showWhen = { questionId: 'prenatal-care', anyOf: ['yes'] };
    expect(problemsWith(copy)).toEqual([
      ': question "prenatal-care": showWhen refers to question "housing", which is not asked before it',
      ': question "breastfeeding": unreachable, no answers to "pregnancy", "prenatal-care" make it visible',
    ]);
  });

  it('reports a question whose dependencies have too many answers to check, rather than passing it', () => {
    const copy = draft();
    const opioids = questionIn(copy, 'opioids-used');
    for (let n = 1; n <= 10; n++) addOption(opioids, { value: `extra-${n}` });
    questionIn(copy, 'last-use').showWhen = { questionId: 'opioids-used', anyOf: ['heroin'] };
    expect(problemsWith(copy)).toEqual([
      ': question "last-use": showWhen depends on too many answer combinations to check (65536 over "opioids-used"; the limit is 10000)',
    ]);
  });

  it('rejects a duplicate question id', () => {
    const copy = draft();
    questionIn(copy, 'breastfeeding').id = 'prenatal-care';
    expect(problemsWith(copy)).toEqual([
      ': question "prenatal-care": duplicate question id (in sections "pregnancy", "pregnancy")',
    ]);
  });

  it('rejects a duplicate section id', () => {
    const copy = draft();
    const home = copy.sections.find((section) => section.id === 'home');
    if (!home) throw new Error('no home section');
    home.id = 'health';
    expect(problemsWith(copy)).toEqual([': section "health": duplicate section id']);
  });

  it('rejects a duplicate option value within a question', () => {
    const copy = draft();
    addOption(questionIn(copy, 'alcohol'), { value: 'some' });
    expect(problemsWith(copy)).toEqual([': question "alcohol": duplicate option value "some"']);
  });

  it('rejects two exclusive options in one question', () => {
    const copy = draft();
    addOption(questionIn(copy, 'control'), { value: 'prefer-not-to-say', exclusive: true });
    expect(problemsWith(copy)).toEqual([
      ': question "control": more than one exclusive option ("none", "prefer-not-to-say")',
    ]);
  });

  it('rejects an exclusive option on a single-choice question', () => {
    const copy = draft();
    addOption(questionIn(copy, 'recent-overdose'), { value: 'none', exclusive: true });
    expect(problemsWith(copy)).toEqual([
      ': question "recent-overdose", option "none": exclusive only applies to multiple-choice questions',
    ]);
  });

  it('rejects a crisis option on a multiple-choice question', () => {
    const copy = draft();
    addOption(questionIn(copy, 'how-used'), { value: 'overdosed', crisis: 'overdose' });
    expect(problemsWith(copy)).toEqual([
      ': question "how-used", option "overdosed": crisis is only allowed on single-choice questions',
    ]);
  });

  it('rejects an unknown answer in a checkbox list unless it is exclusive, since it cannot sit beside real answers', () => {
    const copy = draft();
    addOption(questionIn(copy, 'how-used'), { value: 'prefer-not-to-say', unknown: true });
    expect(problemsWith(copy)).toEqual([
      ': question "how-used", option "prefer-not-to-say": an unknown answer in a checkbox list must be exclusive',
    ]);
  });

  it('rejects an option offered to a perspective that does not exist', () => {
    const copy = draft();
    addOption(questionIn(copy, 'last-use'), { value: 'ask-later', onlyFor: 'clinic' } as never);
    expect(problemsWith(copy).join()).toMatch(/last-use/);
  });

  it('rejects a score on some options of a question but not all', () => {
    const copy = draft();
    addOption(questionIn(copy, 'phq-down'), { value: 'sometimes' });
    expect(problemsWith(copy)).toEqual([': question "phq-down": score is on some options but not on "sometimes"']);
  });
});
