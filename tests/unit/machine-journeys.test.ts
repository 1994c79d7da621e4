/**
 * Whole journeys through the real questionnaire: whatever a person chooses, Continue leads to
 * results, every question the answers open is asked once, and the crisis screen appears exactly for
 * a crisis answer.
 */
import { describe, expect, it } from 'vitest';
import { createActor, type Actor } from 'xstate';
import { answerSchemaFor, type AnswerValue } from '../../questions/answers.ts';
import { allQuestions, findQuestion, firstUnanswered, journey } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { CrisisKind, Question } from '../../questions/schema.ts';
import { questionnaireMachine } from '../../src/machine/questionnaire-machine.ts';
import { valuesFor } from './fixtures/machine-events.ts';

type Choose = (question: Question) => AnswerValue;
type Walk = { actor: Actor<typeof questionnaireMachine>; asked: string[]; crises: CrisisKind[] };

/** Presses Continue on every screen, answering each question with `choose`, until results. */
function walk(choose: Choose, actor = createActor(questionnaireMachine, { input: { questionnaire } }).start()): Walk {
  const asked: string[] = [];
  const crises: CrisisKind[] = [];
  if (actor.getSnapshot().matches('intro')) actor.send({ type: 'start' });
  for (let step = 0; step < 500 && !actor.getSnapshot().matches('results'); step += 1) {
    const snapshot = actor.getSnapshot();
    const { questionId, crisis } = snapshot.context;
    if (snapshot.matches('crisis') && crisis) {
      crises.push(crisis);
      actor.send({ type: 'crisis.continue' });
    } else if (snapshot.matches('check')) {
      actor.send({ type: 'check.confirm' });
    } else {
      const question = findQuestion(questionnaire, questionId ?? '');
      if (!question) throw new Error(`stuck on ${JSON.stringify(snapshot.value)} with question ${String(questionId)}`);
      const value = choose(question);
      if (!answerSchemaFor(question).safeParse(value).success) {
        throw new Error(`the walk chose an answer the page refuses: ${question.id} = ${JSON.stringify(value)}`);
      }
      asked.push(question.id);
      actor.send({ type: 'answer.submit', questionId: question.id, value });
    }
  }
  return { actor, asked, crises };
}

const crisisOf = (question: Question, value: AnswerValue) =>
  question.options.find(
    (option) => option.crisis && (typeof value === 'string' ? [value] : value).includes(option.value),
  )?.crisis;

/**
 * What is wrong with a finished walk, as a record that is all empty when nothing is: results
 * reached, each journey question asked exactly once and in order, crises only for crisis answers.
 */
function journeyProblems({ actor, asked, crises }: Walk, choose: Choose) {
  const snapshot = actor.getSnapshot();
  const { answers } = snapshot.context;
  const expectedCrises = asked.flatMap((id) => {
    const question = findQuestion(questionnaire, id);
    const kind = question && crisisOf(question, choose(question));
    return kind ? [kind] : [];
  });
  const ids = journey(questionnaire, answers).map((question) => question.id);
  return {
    notAtResults: snapshot.matches('results') ? [] : [JSON.stringify(snapshot.value)],
    unanswered: ids.filter((id) => answers[id] === undefined),
    askedOutOfOrder: asked.join() === ids.join() ? [] : asked,
    wrongCrises: crises.join() === expectedCrises.join() ? [] : crises,
  };
}
const complete = { notAtResults: [], unanswered: [], askedOutOfOrder: [], wrongCrises: [] };

const nth =
  (n: number): Choose =>
  (question) => {
    const values = valuesFor(question);
    return values[n % values.length] ?? values[0] ?? '';
  };
const last: Choose = (question) => valuesFor(question).at(-1) ?? '';
/** The first answer that opens no crisis screen. */
const safe: Choose = (question) => valuesFor(question).find((value) => !crisisOf(question, value)) ?? '';

const widest = Math.max(...allQuestions(questionnaire).map((question) => valuesFor(question).length));

describe('questionnaire machine: whole journeys through the real questionnaire', () => {
  it('always choosing the first option reaches results (through every crisis screen)', () => {
    const choose = nth(0);
    const result = walk(choose);
    expect(journeyProblems(result, choose)).toEqual(complete);
    expect(result.crises).toEqual(['overdose', 'self-harm', 'medical-emergency']);
  });

  it('always choosing the last option reaches results', () => {
    expect(journeyProblems(walk(last), last)).toEqual(complete);
  });

  it('never choosing a crisis option reaches results without a crisis screen', () => {
    const result = walk(safe);
    expect(journeyProblems(result, safe)).toEqual(complete);
    expect(result.crises).toEqual([]);
  });

  it.each(Array.from({ length: widest }, (_, n) => n))('choosing answer number %i (wrapping) reaches results', (n) => {
    const choose = nth(n);
    expect(journeyProblems(walk(choose), choose)).toEqual(complete);
  });

  it('together, those journeys ask every question in the questionnaire', () => {
    const asked = new Set(Array.from({ length: widest }, (_, n) => walk(nth(n)).asked).flat());
    expect([...asked].sort()).toEqual(
      allQuestions(questionnaire)
        .map((question) => question.id)
        .sort(),
    );
  });

  it('Back from results, then from check, leads to the last question of each journey, and Back again to the one before it, hidden ones skipped', () => {
    const landings = Array.from({ length: widest }, (_, n) => {
      const { actor } = walk(nth(n));
      const path = journey(questionnaire, actor.getSnapshot().context.answers);
      actor.send({ type: 'nav.back' });
      const check = actor.getSnapshot().value;
      actor.send({ type: 'nav.back' });
      const landed = actor.getSnapshot().context.questionId;
      actor.send({ type: 'nav.back' });
      const before = actor.getSnapshot().context.questionId;
      return { check, landed, before, last: path.at(-1)?.id, secondLast: path.at(-2)?.id };
    });
    expect(landings.map(({ check, landed, before }) => ({ check, landed, before }))).toEqual(
      landings.map(({ last, secondLast }) => ({ check: 'check', landed: last, before: secondLast })),
    );
    // At least one journey hides the questions asked just before the last one on others.
    expect(new Set(landings.map(({ secondLast }) => secondLast)).size).toBeGreaterThan(1);
  });

  const crisisOptions = allQuestions(questionnaire).flatMap((question) =>
    question.options.flatMap((option) => (option.crisis ? [{ question, option }] : [])),
  );

  it('the questionnaire has crisis options to walk', () => {
    expect(crisisOptions.length).toBeGreaterThan(0);
  });

  it.each(crisisOptions.map(({ question, option }) => [question.id, option.value, option] as const))(
    'choosing %s = %s opens its crisis screen once, then reaches results',
    (questionId, value, option) => {
      const choose: Choose = (question) => (question.id === questionId ? value : safe(question));
      const result = walk(choose);
      expect(journeyProblems(result, choose)).toEqual(complete);
      expect(result.crises).toEqual([option.crisis]);
    },
  );

  it('a Change from check that opens a question asks it, then returns to check and on to results', () => {
    const { actor } = walk(safe);
    actor.send({ type: 'nav.back' }); // results -> check
    expect(actor.getSnapshot().matches('check')).toBe(true);
    const { answers } = actor.getSnapshot().context;
    const before = journey(questionnaire, answers).map((q) => q.id);
    // The first question on this journey with an answer that opens a question not yet answered.
    const opens = (question: Question, value: AnswerValue) =>
      firstUnanswered(questionnaire, { ...answers, [question.id]: value }) !== undefined;
    const change = allQuestions(questionnaire).find(
      (question) => before.includes(question.id) && valuesFor(question).some((value) => opens(question, value)),
    );
    if (!change) throw new Error('no answer in the questionnaire opens a follow-up');
    const opening = valuesFor(change).find((value) => opens(change, value)) ?? '';

    actor.send({ type: 'nav.edit', questionId: change.id });
    actor.send({ type: 'answer.submit', questionId: change.id, value: opening });
    const opened = firstUnanswered(questionnaire, actor.getSnapshot().context.answers);
    expect(actor.getSnapshot().context).toMatchObject({ questionId: opened?.id, editing: true });

    const { asked } = walk(safe, actor);
    expect(asked[0]).toBe(opened?.id);
    expect(asked).not.toContain(before.at(-1));
    expect(actor.getSnapshot().matches('results')).toBe(true);
  });
});
