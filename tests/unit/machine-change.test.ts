/**
 * Change (`nav.edit`) on every screen, on the tiny questionnaire: where the machine takes it, where
 * it lands and what Continue does next; where it refuses it, `can` says so and nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { answer, begin, created, screenOf, toCheck, type QuestionnaireActor } from './fixtures/tiny-walk.ts';

/** Asks for a Change, after checking that `can` agrees with what the machine then does. */
function change(actor: QuestionnaireActor, questionId: string) {
  const before = actor.getSnapshot();
  const offered = before.can({ type: 'nav.edit', questionId });
  actor.send({ type: 'nav.edit', questionId });
  expect(actor.getSnapshot() !== before).toBe(offered);
  return offered;
}

/** The Changes among these that the machine takes; none may change anything when refused. */
function taken(actor: QuestionnaireActor, questionIds: string[]) {
  const before = actor.getSnapshot();
  const accepted = questionIds.filter((questionId) => change(actor, questionId));
  if (accepted.length === 0) expect(actor.getSnapshot()).toBe(before);
  return accepted;
}

/** On "needs" in the normal flow, with danger, branch and follow-up answered before it. */
function onLastQuestion() {
  const actor = begin();
  answer(actor, 'danger', 'no');
  answer(actor, 'branch', 'yes');
  answer(actor, 'follow-up', 'a');
  return actor;
}

/** Every question answered, then back on "danger" and a crisis answer there. */
function crisisWithLaterAnswers() {
  const actor = toCheck();
  for (let step = 0; step < 4; step += 1) actor.send({ type: 'nav.back' });
  answer(actor, 'danger', 'overdose');
  expect(actor.getSnapshot().matches('crisis')).toBe(true);
  return actor;
}

describe('questionnaire machine: Change on the intro', () => {
  it('is refused, even with answers given', () => {
    const actor = begin();
    answer(actor, 'danger', 'no');
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().matches('intro')).toBe(true);
    expect(taken(actor, ['danger', 'branch'])).toEqual([]);
    expect(taken(created(), ['danger'])).toEqual([]);
  });
});

describe('questionnaire machine: Change on a question page', () => {
  it('to an earlier question lands on it, answers kept, and Continue goes on along the journey', () => {
    const actor = onLastQuestion();
    const { answers } = actor.getSnapshot().context;
    expect(change(actor, 'branch')).toBe(true);
    expect(screenOf(actor)).toEqual({ value: 'question', questionId: 'branch', editing: false });
    expect(actor.getSnapshot().context.answers).toEqual(answers);
    answer(actor, 'branch', 'yes');
    expect(screenOf(actor)).toEqual({ value: 'question', questionId: 'follow-up', editing: false });
  });

  it('is refused for the question on screen, a later one, one off the journey and an unknown one', () => {
    const actor = toCheck('yes');
    actor.send({ type: 'nav.back' }); // needs
    actor.send({ type: 'nav.back' }); // follow-up
    actor.send({ type: 'nav.back' }); // branch, with follow-up and needs answered after it
    answer(actor, 'branch', 'no'); // takes follow-up off the journey; on "needs" now
    actor.send({ type: 'nav.back' });
    expect(screenOf(actor)).toEqual({ value: 'question', questionId: 'branch', editing: false });
    expect(taken(actor, ['branch', 'needs', 'follow-up', 'no-such-question'])).toEqual([]);
  });

  it('during a Change from check, to any other question on the journey, and Continue still returns to check', () => {
    const actor = toCheck('yes');
    actor.send({ type: 'nav.edit', questionId: 'branch' });
    expect(change(actor, 'needs')).toBe(true);
    expect(screenOf(actor)).toEqual({ value: 'question', questionId: 'needs', editing: true });
    expect(change(actor, 'danger')).toBe(true);
    expect(screenOf(actor)).toEqual({ value: 'question', questionId: 'danger', editing: true });
    answer(actor, 'danger', 'no');
    expect(screenOf(actor)).toEqual({ value: 'check', questionId: null, editing: false });
  });

  it('during a Change from check, is refused for the question on screen and one off the journey', () => {
    const actor = toCheck('no');
    actor.send({ type: 'nav.edit', questionId: 'needs' });
    expect(taken(actor, ['needs', 'follow-up', 'no-such-question'])).toEqual([]);
  });
});

describe('questionnaire machine: Change on the crisis screen', () => {
  it('to the question that opened it clears the crisis and shows that question', () => {
    const actor = begin();
    answer(actor, 'danger', 'self-harm');
    expect(change(actor, 'danger')).toBe(true);
    expect(screenOf(actor)).toEqual({ value: 'question', questionId: 'danger', editing: false });
    expect(actor.getSnapshot().context).toMatchObject({ crisis: null, answers: { danger: 'self-harm' } });
  });

  it('is refused for an answer further along the journey', () => {
    expect(taken(crisisWithLaterAnswers(), ['branch', 'needs', 'no-such-question'])).toEqual([]);
  });

  it('during a Change from check, to any question on the journey, and Continue still returns to check', () => {
    const actor = toCheck('no');
    actor.send({ type: 'nav.edit', questionId: 'danger' });
    answer(actor, 'danger', 'overdose');
    expect(actor.getSnapshot().matches('crisis')).toBe(true);
    expect(taken(actor, ['follow-up'])).toEqual([]);
    expect(change(actor, 'needs')).toBe(true);
    expect(screenOf(actor)).toEqual({ value: 'question', questionId: 'needs', editing: true });
    expect(actor.getSnapshot().context.crisis).toBeNull();
    answer(actor, 'needs', ['none']);
    expect(screenOf(actor)).toEqual({ value: 'check', questionId: null, editing: false });
  });
});

describe('questionnaire machine: Change on the results', () => {
  it('shows the question with a Change in progress, so Continue returns to check', () => {
    const actor = toCheck('yes');
    actor.send({ type: 'check.confirm' });
    expect(change(actor, 'branch')).toBe(true);
    expect(screenOf(actor)).toEqual({ value: 'question', questionId: 'branch', editing: true });
    answer(actor, 'branch', 'yes');
    expect(screenOf(actor)).toEqual({ value: 'check', questionId: null, editing: false });
  });

  it('is refused for a question off the journey', () => {
    const actor = toCheck('no');
    actor.send({ type: 'check.confirm' });
    expect(taken(actor, ['follow-up', 'no-such-question'])).toEqual([]);
  });
});
