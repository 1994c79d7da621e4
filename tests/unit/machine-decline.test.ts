/**
 * "Declined to answer" (`answer.decline`): taken only for the question on screen, recorded in
 * `declined`, on as Continue would go; where the question offers "Prefer not to say" that is kept
 * as its answer so the rules still read a kept-back answer; "Check your answers" passes over a
 * declined question; an answer given later, or a restart, clears it.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { questionnaire } from '../../questions/questionnaire.ts';
import { questionnaireMachine } from '../../src/machine/questionnaire-machine.ts';
import { assessInEnglish } from '../support/words.ts';
import { answer, begin, screenOf, toCheck } from './fixtures/tiny-walk.ts';

describe('answer.decline on the tiny questionnaire', () => {
  it('records the question on screen, keeps no answer for it and moves on as Continue would', () => {
    const actor = begin();
    answer(actor, 'danger', 'no');
    actor.send({ type: 'answer.decline', questionId: 'branch' });
    const { context } = actor.getSnapshot();
    expect(context.declined).toEqual(['branch']);
    expect(context.answers).toEqual({ danger: 'no' });
    // With no answer to "branch", its follow-up is not on the journey: next is "needs".
    expect(screenOf(actor)).toEqual({ value: 'question', questionId: 'needs', editing: false });
  });

  it('is refused for a question that is not on screen', () => {
    const actor = begin();
    const before = actor.getSnapshot();
    expect(before.can({ type: 'answer.decline', questionId: 'branch' })).toBe(false);
    actor.send({ type: 'answer.decline', questionId: 'branch' });
    expect(actor.getSnapshot()).toBe(before);
  });

  it('lets "Check your answers" go on to the results past a declined question', () => {
    const actor = begin();
    answer(actor, 'danger', 'no');
    actor.send({ type: 'answer.decline', questionId: 'branch' });
    answer(actor, 'needs', ['x']);
    expect(actor.getSnapshot().matches('check')).toBe(true);
    actor.send({ type: 'check.confirm' });
    expect(actor.getSnapshot().matches('results')).toBe(true);
  });

  it('takes a declined question back off the list once it is answered after a Change', () => {
    const actor = toCheck();
    actor.send({ type: 'nav.edit', questionId: 'branch' });
    actor.send({ type: 'answer.decline', questionId: 'branch' });
    expect(actor.getSnapshot().matches('check')).toBe(true);
    expect(actor.getSnapshot().context.declined).toEqual(['branch']);
    actor.send({ type: 'nav.edit', questionId: 'branch' });
    answer(actor, 'branch', 'no');
    expect(actor.getSnapshot().context.declined).toEqual([]);
    expect(actor.getSnapshot().context.answers.branch).toBe('no');
  });

  it('is forgotten by restart', () => {
    const actor = begin();
    actor.send({ type: 'answer.decline', questionId: 'danger' });
    actor.send({ type: 'restart' });
    expect(actor.getSnapshot().context.declined).toEqual([]);
  });
});

describe('answer.decline on the real questionnaire', () => {
  it('keeps "Prefer not to say" for a declined self-harm question, so 988 still comes first (SAFE-2)', () => {
    const actor = createActor(questionnaireMachine, { input: { questionnaire } }).start();
    actor.send({ type: 'start' });
    actor.send({ type: 'answer.submit', questionId: 'overdose-now', value: 'no' });
    expect(actor.getSnapshot().context.questionId).toBe('self-harm-thoughts');
    actor.send({ type: 'answer.decline', questionId: 'self-harm-thoughts' });
    const { context } = actor.getSnapshot();
    expect(context.answers['self-harm-thoughts']).toBe('prefer-not-to-say');
    expect(context.declined).toEqual(['self-harm-thoughts']);
    expect(actor.getSnapshot().matches('question')).toBe(true);
    expect(assessInEnglish(context.answers).nextSteps[0]?.id).toBe('crisis-988');
    // Declining a question with no "Prefer not to say" leaves it unanswered instead.
    actor.send({ type: 'answer.decline', questionId: 'danger-signs-now' });
    expect(actor.getSnapshot().context.answers).not.toHaveProperty('danger-signs-now');
  });
});
