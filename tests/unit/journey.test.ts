import { describe, expect, it } from 'vitest';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { Answers } from '../../questions/answers.ts';
import type { Questionnaire } from '../../questions/schema.ts';
import {
  allQuestions,
  effectiveAnswers,
  findQuestion,
  firstUnanswered,
  journey,
  nextQuestion,
  previousQuestion,
  sectionOf,
} from '../../questions/journey.ts';

const ids = (answers: Answers) => journey(questionnaire, answers).map((question) => question.id);

/** Answers every question on the journey (first option unless overridden), as a person would. */
function answerAll(overrides: Answers = {}): Answers {
  let answers: Answers = { ...overrides };
  for (
    let question = firstUnanswered(questionnaire, answers);
    question;
    question = firstUnanswered(questionnaire, answers)
  ) {
    const first = question.options[0]?.value ?? '';
    answers = { ...answers, [question.id]: question.kind === 'single' ? first : [first] };
  }
  return answers;
}

/** The answers to question `id` that put `followUp` on the journey. */
function answersThatShow(id: string, followUp: string): string[] {
  const values = findQuestion(questionnaire, id)?.options.map((option) => option.value) ?? [];
  return values.filter((value) => ids({ [id]: value }).includes(followUp));
}

describe('follow-up questions appear only when they apply', () => {
  it('asks about prenatal care only of someone who is pregnant', () => {
    expect(answersThatShow('pregnancy', 'prenatal-care')).toEqual(['pregnant']);
    expect(ids({})).not.toContain('prenatal-care');
  });

  it('asks about breastfeeding only of someone who gave birth in the past year', () => {
    expect(answersThatShow('pregnancy', 'breastfeeding')).toEqual(['recently-gave-birth']);
  });

  it('asks about the home only of someone who has one', () => {
    expect(answersThatShow('housing', 'others-use')).toEqual(['stable', 'unstable']);
    expect(answersThatShow('housing', 'home-safe')).toEqual(['stable', 'unstable']);
  });

  it('asks what kind of treatment only after some treatment', () => {
    expect(answersThatShow('previous-treatment', 'previous-treatment-type')).toEqual([
      'helped',
      'returned-once',
      'returned-repeatedly',
    ]);
    expect(ids({})).not.toContain('previous-treatment-type');
  });

  it('skips the medicine follow-ups for someone not open to medicine', () => {
    expect(answersThatShow('open-to-medication', 'daily-visits')).toEqual(['yes', 'not-sure']);
    expect(answersThatShow('open-to-medication', 'prefers-non-opioid')).toEqual(['yes', 'not-sure']);
  });

  it('keeps the questions in the order they are defined', () => {
    const order = allQuestions(questionnaire).map((question) => question.id);
    const path = ids(answerAll());
    expect(path).toEqual(order.filter((id) => path.includes(id)));
    expect(sectionOf(questionnaire, 'home-safe')?.id).toBe('home');
  });
});

describe('answers on hidden branches', () => {
  it('are dropped by effectiveAnswers but kept in the input', () => {
    const answers = answerAll({ pregnancy: 'pregnant', 'prenatal-care': 'yes' });
    const changed = { ...answers, pregnancy: 'no' };
    expect(effectiveAnswers(questionnaire, changed)).not.toHaveProperty('prenatal-care');
    expect(effectiveAnswers(questionnaire, changed)).toHaveProperty('pregnancy', 'no');
    expect(changed).toHaveProperty('prenatal-care', 'yes');
    expect(effectiveAnswers(questionnaire, { ...changed, pregnancy: 'pregnant' })).toHaveProperty(
      'prenatal-care',
      'yes',
    );
  });

  it('do not open questions that depend on them', () => {
    const chained: Questionnaire = {
      id: 'chained',
      version: '1.0.0',
      sections: [
        {
          id: 'only',
          questions: ['a', 'b', 'c'].map((id, index) => ({
            kind: 'single' as const,
            id,
            ...(index > 0 && {
              showWhen: { questionId: ['a', 'b'][index - 1] ?? '', anyOf: ['yes'] },
            }),
            options: [{ value: 'yes' }, { value: 'no' }],
          })),
        },
      ],
    };
    const answers = { a: 'no', b: 'yes', c: 'yes' };
    expect(journey(chained, answers).map((question) => question.id)).toEqual(['a']);
    expect(effectiveAnswers(chained, answers)).toEqual({ a: 'no' });
  });
});

describe('moving through the journey', () => {
  it('starts at the first question and ends after the last one that applies', () => {
    const first = allQuestions(questionnaire)[0];
    expect(firstUnanswered(questionnaire, {})?.id).toBe(first?.id);
    expect(previousQuestion(questionnaire, {}, first?.id ?? '')).toBeUndefined();
    const done = answerAll({ 'open-to-medication': 'yes' });
    expect(firstUnanswered(questionnaire, done)).toBeUndefined();
    expect(nextQuestion(questionnaire, done, 'prefers-non-opioid')?.id).toBe('payment');
    expect(nextQuestion(questionnaire, done, 'payment')).toBeUndefined();
  });

  it('goes from open-to-medication straight to the payment question when its follow-ups do not apply', () => {
    const done = answerAll({ 'open-to-medication': 'no' });
    expect(nextQuestion(questionnaire, done, 'open-to-medication')?.id).toBe('payment');
    expect(nextQuestion(questionnaire, done, 'payment')).toBeUndefined();
    expect(firstUnanswered(questionnaire, done)).toBeUndefined();
  });

  it('skips hidden questions going forward and back', () => {
    const answers = answerAll({ housing: 'none' });
    expect(nextQuestion(questionnaire, answers, 'housing')?.id).toBe('support-person');
    expect(previousQuestion(questionnaire, answers, 'support-person')?.id).toBe('housing');
    const withHome = answerAll({ housing: 'stable' });
    expect(nextQuestion(questionnaire, withHome, 'housing')?.id).toBe('others-use');
  });

  it('goes to the first unanswered question from a question not on the journey', () => {
    const answers = { 'overdose-now': 'no', pregnancy: 'no' };
    expect(nextQuestion(questionnaire, answers, 'prenatal-care')?.id).toBe('self-harm-thoughts');
    expect(previousQuestion(questionnaire, answers, 'prenatal-care')).toBeUndefined();
  });

  it('asks a newly opened follow-up first when an earlier answer changes', () => {
    const done = answerAll({ pregnancy: 'no' });
    expect(firstUnanswered(questionnaire, { ...done, pregnancy: 'pregnant' })?.id).toBe('prenatal-care');
  });
});
