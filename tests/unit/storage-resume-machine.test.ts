/** Resuming saved answers in the questionnaire machine: the machine re-checks everything it is given. */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers } from '../../questions/answers.ts';
import { questionnaireMachine } from '../../src/machine/questionnaire-machine.ts';
import { tiny } from './fixtures/tiny-questionnaire.ts';

function resume(answers: Answers, questionId: string | null) {
  const actor = createActor(questionnaireMachine, { input: { questionnaire: tiny } }).start();
  actor.send({ type: 'resume', answers, questionId });
  const snapshot = actor.getSnapshot();
  return { value: snapshot.value, questionId: snapshot.context.questionId, answers: snapshot.context.answers };
}

describe('questionnaire machine: resuming saved answers', () => {
  it('returns to the saved question with the saved answers', () => {
    expect(resume({ danger: 'no', branch: 'yes' }, 'follow-up')).toEqual({
      value: 'question',
      questionId: 'follow-up',
      answers: { danger: 'no', branch: 'yes' },
    });
  });

  it('goes to the first unanswered question when the saved question is no longer on the journey', () => {
    expect(resume({ danger: 'no', branch: 'no' }, 'follow-up')).toMatchObject({
      value: 'question',
      questionId: 'needs',
    });
  });

  it('goes to "Check your answers" when everything is answered and no question was open', () => {
    expect(resume({ danger: 'no', branch: 'no', needs: ['x'] }, null)).toMatchObject({
      value: 'check',
      questionId: null,
    });
  });

  it('ignores a resume with an answer the question does not offer, staying on the intro with nothing kept', () => {
    expect(resume({ danger: 'no', branch: 'maybe' }, 'branch')).toEqual({
      value: 'intro',
      questionId: null,
      answers: {},
    });
  });

  it('ignores a resume with an unknown question id', () => {
    expect(resume({ danger: 'no', 'not-a-question': 'yes' }, 'branch').value).toBe('intro');
  });

  it('ignores "None of these" combined with other options', () => {
    expect(resume({ needs: ['x', 'none'] }, 'needs').value).toBe('intro');
  });

  it('is only possible from the intro, never in the middle of the questions', () => {
    const actor = createActor(questionnaireMachine, { input: { questionnaire: tiny } }).start();
    actor.send({ type: 'start' });
    expect(actor.getSnapshot().can({ type: 'resume', answers: { danger: 'no' }, questionId: 'branch' })).toBe(false);
  });

  it('restores whom the answers are about, and assumes the person answering when the save does not say', () => {
    const actor = createActor(questionnaireMachine, { input: { questionnaire: tiny } }).start();
    actor.send({ type: 'resume', answers: { danger: 'no' }, questionId: 'branch', perspective: 'other' });
    expect(actor.getSnapshot().context.perspective).toBe('other');
    actor.send({ type: 'restart' });
    actor.send({ type: 'resume', answers: { danger: 'no' }, questionId: 'branch' });
    expect(actor.getSnapshot().context.perspective).toBe('self');
  });

  it('does not open a crisis screen for a saved crisis answer: the person already saw it', () => {
    expect(resume({ danger: 'overdose' }, 'branch')).toMatchObject({ value: 'question', questionId: 'branch' });
  });
});
