/**
 * The questionnaire machine, one behaviour per test, on the tiny questionnaire:
 *   danger (crisis options) -> branch -> follow-up (only when branch is "yes") -> needs (checkboxes).
 */
import { describe, expect, it } from 'vitest';
import { effectiveAnswers } from '../../questions/journey.ts';
import { tiny } from './fixtures/tiny-questionnaire.ts';
import { answer, begin, created, screenOf as screen, toCheck, type QuestionnaireActor } from './fixtures/tiny-walk.ts';

describe('questionnaire machine: moving forward', () => {
  it('starts on the intro with nothing answered', () => {
    const snapshot = created().getSnapshot();
    expect(snapshot.matches('intro')).toBe(true);
    expect(snapshot.context).toMatchObject({ answers: {}, questionId: null, editing: false, crisis: null });
    expect(snapshot.can({ type: 'start' })).toBe(true);
  });

  it('start shows the first question, one question per page', () => {
    expect(screen(begin())).toEqual({ value: 'question', questionId: 'danger', editing: false });
  });

  it('Continue goes to the next question on the journey, skipping a follow-up the answers do not open', () => {
    const actor = begin();
    answer(actor, 'danger', 'no');
    expect(screen(actor).questionId).toBe('branch');
    answer(actor, 'branch', 'no');
    expect(screen(actor).questionId).toBe('needs');
  });

  it('a single-choice branch opens its follow-up', () => {
    const actor = begin();
    answer(actor, 'danger', 'no');
    answer(actor, 'branch', 'yes');
    expect(screen(actor).questionId).toBe('follow-up');
  });

  it('answering the last question on the journey goes to "Check your answers"', () => {
    const actor = toCheck('no');
    expect(actor.getSnapshot().context).toMatchObject({
      questionId: null,
      editing: false,
      answers: { danger: 'no', branch: 'no', needs: ['x', 'y'] },
    });
  });

  it('answer.submit for a question that is not the current one is ignored', () => {
    const actor = begin();
    const before = actor.getSnapshot();
    const stray = { type: 'answer.submit', questionId: 'branch', value: 'yes' } as const;
    expect(before.can(stray)).toBe(false);
    actor.send(stray);
    expect(actor.getSnapshot()).toBe(before);
    expect(actor.getSnapshot().context.answers).toEqual({});
  });

  it('answer.submit outside a question page is ignored', () => {
    const actor = toCheck();
    const before = actor.getSnapshot();
    actor.send({ type: 'answer.submit', questionId: 'danger', value: 'overdose' });
    expect(actor.getSnapshot()).toBe(before);
  });
});

describe('questionnaire machine: crisis screen', () => {
  it.each([
    ['overdose', 'overdose'],
    ['self-harm', 'self-harm'],
  ] as const)('an answer whose option has crisis "%s" opens the crisis screen at once', (value, kind) => {
    const actor = begin();
    answer(actor, 'danger', value);
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches('crisis')).toBe(true);
    expect(snapshot.context).toMatchObject({ crisis: kind, questionId: 'danger', answers: { danger: value } });
  });

  it('an answer without a crisis option never opens the crisis screen', () => {
    const actor = begin();
    answer(actor, 'danger', 'no');
    expect(actor.getSnapshot().matches('crisis')).toBe(false);
    expect(actor.getSnapshot().context.crisis).toBeNull();
  });

  it('crisis.continue resumes with the next step and clears the crisis', () => {
    const actor = begin();
    answer(actor, 'danger', 'overdose');
    expect(actor.getSnapshot().can({ type: 'crisis.continue' })).toBe(true);
    actor.send({ type: 'crisis.continue' });
    expect(screen(actor)).toEqual({ value: 'question', questionId: 'branch', editing: false });
    expect(actor.getSnapshot().context.crisis).toBeNull();
    expect(actor.getSnapshot().context.answers).toEqual({ danger: 'overdose' });
  });

  it('Back from the crisis screen returns to the question that opened it, answer kept', () => {
    const actor = begin();
    answer(actor, 'danger', 'self-harm');
    actor.send({ type: 'nav.back' });
    expect(screen(actor)).toEqual({ value: 'question', questionId: 'danger', editing: false });
    expect(actor.getSnapshot().context).toMatchObject({ crisis: null, answers: { danger: 'self-harm' } });
  });

  it('a crisis answer given during a Change from check: crisis.continue returns to check', () => {
    const actor = toCheck();
    actor.send({ type: 'nav.edit', questionId: 'danger' });
    answer(actor, 'danger', 'overdose');
    expect(actor.getSnapshot().matches('crisis')).toBe(true);
    actor.send({ type: 'crisis.continue' });
    expect(screen(actor)).toEqual({ value: 'check', questionId: null, editing: false });
  });
});

describe('questionnaire machine: Back', () => {
  it('Back goes to the previous question on the journey, re-derived from the answers', () => {
    const withFollowUp = toCheck('yes');
    withFollowUp.send({ type: 'nav.back' });
    withFollowUp.send({ type: 'nav.back' });
    expect(screen(withFollowUp).questionId).toBe('follow-up');

    const withoutFollowUp = toCheck('no');
    withoutFollowUp.send({ type: 'nav.back' });
    withoutFollowUp.send({ type: 'nav.back' });
    expect(screen(withoutFollowUp).questionId).toBe('branch');
  });

  it('Back from a question opened by a changed earlier answer follows the new journey', () => {
    const actor = toCheck('no');
    actor.send({ type: 'nav.back' }); // needs
    actor.send({ type: 'nav.back' }); // branch
    answer(actor, 'branch', 'yes');
    expect(screen(actor).questionId).toBe('follow-up');
    actor.send({ type: 'nav.back' });
    expect(screen(actor).questionId).toBe('branch');
  });

  it('Back from the first question goes to the intro, and start returns to it with answers kept', () => {
    const actor = begin();
    answer(actor, 'danger', 'no');
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().matches('intro')).toBe(true);
    actor.send({ type: 'start' });
    expect(screen(actor).questionId).toBe('danger');
    expect(actor.getSnapshot().context.answers).toEqual({ danger: 'no' });
  });

  it('Back from check goes to the last question on the journey', () => {
    const actor = toCheck('yes');
    actor.send({ type: 'nav.back' });
    expect(screen(actor)).toEqual({ value: 'question', questionId: 'needs', editing: false });
  });

  it('Back from results goes to check', () => {
    const actor = toCheck();
    actor.send({ type: 'check.confirm' });
    expect(actor.getSnapshot().matches('results')).toBe(true);
    actor.send({ type: 'nav.back' });
    expect(actor.getSnapshot().matches('check')).toBe(true);
  });

  it('Back goes to check when a Change from check is in progress', () => {
    const actor = toCheck();
    actor.send({ type: 'nav.edit', questionId: 'branch' });
    actor.send({ type: 'nav.back' });
    expect(screen(actor)).toEqual({ value: 'check', questionId: null, editing: false });
  });

  it('answers are never lost on Back, including on a branch that is now hidden', () => {
    const actor = toCheck('yes');
    const given = actor.getSnapshot().context.answers;
    actor.send({ type: 'nav.back' }); // needs
    actor.send({ type: 'nav.back' }); // follow-up
    actor.send({ type: 'nav.back' }); // branch
    expect(actor.getSnapshot().context.answers).toEqual(given);

    answer(actor, 'branch', 'no'); // hides the follow-up
    const { answers } = actor.getSnapshot().context;
    expect(answers).toMatchObject({ 'follow-up': 'a', branch: 'no' });
    expect(effectiveAnswers(tiny, answers)).not.toHaveProperty('follow-up');

    actor.send({ type: 'nav.back' });
    answer(actor, 'branch', 'yes'); // opens it again: the earlier answer is still there
    expect(screen(actor).questionId).toBe('follow-up');
    expect(actor.getSnapshot().context.answers['follow-up']).toBe('a');
  });
});

describe('questionnaire machine: Change from check', () => {
  it('nav.edit shows the question with a Change in progress', () => {
    const actor = toCheck();
    expect(actor.getSnapshot().can({ type: 'nav.edit', questionId: 'branch' })).toBe(true);
    actor.send({ type: 'nav.edit', questionId: 'branch' });
    expect(screen(actor)).toEqual({ value: 'question', questionId: 'branch', editing: true });
  });

  it('a Change that opens nothing new returns straight to check', () => {
    const actor = toCheck();
    actor.send({ type: 'nav.edit', questionId: 'needs' });
    answer(actor, 'needs', ['none']);
    expect(screen(actor)).toEqual({ value: 'check', questionId: null, editing: false });
    expect(actor.getSnapshot().context.answers.needs).toEqual(['none']);
  });

  it('a Change that newly opens a question asks it first, then returns to check', () => {
    const actor = toCheck('no');
    actor.send({ type: 'nav.edit', questionId: 'branch' });
    answer(actor, 'branch', 'yes');
    expect(screen(actor)).toEqual({ value: 'question', questionId: 'follow-up', editing: true });
    answer(actor, 'follow-up', 'b');
    expect(screen(actor)).toEqual({ value: 'check', questionId: null, editing: false });
  });

  it('a Change that reopens a question answered before returns straight to check', () => {
    const actor = toCheck('yes');
    actor.send({ type: 'nav.edit', questionId: 'branch' });
    answer(actor, 'branch', 'no');
    expect(screen(actor).value).toBe('check');
    actor.send({ type: 'nav.edit', questionId: 'branch' });
    answer(actor, 'branch', 'yes');
    expect(screen(actor).value).toBe('check');
    expect(actor.getSnapshot().context.answers['follow-up']).toBe('a');
  });

  it('nav.edit for a question not on the journey is ignored', () => {
    const actor = toCheck('no');
    const before = actor.getSnapshot();
    for (const questionId of ['follow-up', 'no-such-question']) {
      expect(before.can({ type: 'nav.edit', questionId })).toBe(false);
      actor.send({ type: 'nav.edit', questionId });
      expect(actor.getSnapshot()).toBe(before);
    }
  });
});

describe('questionnaire machine: check and results', () => {
  it('check.confirm goes to results when every question on the journey is answered', () => {
    const actor = toCheck('no');
    actor.send({ type: 'check.confirm' });
    expect(actor.getSnapshot().matches('results')).toBe(true);
  });

  it('check.confirm goes to the first unanswered question when one is left, then back to check', () => {
    const actor = toCheck('no');
    actor.send({ type: 'nav.edit', questionId: 'branch' });
    answer(actor, 'branch', 'yes'); // opens the follow-up...
    actor.send({ type: 'nav.back' }); // ...which is left unanswered
    expect(actor.getSnapshot().matches('check')).toBe(true);
    actor.send({ type: 'check.confirm' });
    expect(screen(actor)).toEqual({ value: 'question', questionId: 'follow-up', editing: true });
    answer(actor, 'follow-up', 'a');
    expect(actor.getSnapshot().matches('check')).toBe(true);
  });

  it('ignores an answer that the current question does not offer', () => {
    const actor = begin();
    actor.send({ type: 'answer.submit', questionId: 'danger', value: 'not-an-option' });
    actor.send({ type: 'answer.submit', questionId: 'danger', value: [] });
    expect(actor.getSnapshot().context.answers).toEqual({});
    expect(screen(actor).questionId).toBe('danger');
  });

  it('snapshot.can offers each event only where it applies', () => {
    const actor = begin();
    const question = actor.getSnapshot();
    expect(question.can({ type: 'answer.submit', questionId: 'danger', value: 'no' })).toBe(true);
    expect(question.can({ type: 'check.confirm' })).toBe(false);
    expect(question.can({ type: 'crisis.continue' })).toBe(false);
    expect(question.can({ type: 'nav.edit', questionId: 'danger' })).toBe(false);
    const check = toCheck().getSnapshot();
    expect(check.can({ type: 'check.confirm' })).toBe(true);
    expect(check.can({ type: 'start' })).toBe(false);
  });
});

describe('questionnaire machine: restart', () => {
  const reach: Record<string, () => QuestionnaireActor> = {
    intro: created,
    question: () => {
      const actor = begin();
      answer(actor, 'danger', 'no');
      return actor;
    },
    crisis: () => {
      const actor = begin();
      answer(actor, 'danger', 'overdose');
      return actor;
    },
    'a Change from check': () => {
      const actor = toCheck();
      actor.send({ type: 'nav.edit', questionId: 'needs' });
      return actor;
    },
    check: () => toCheck(),
    results: () => {
      const actor = toCheck();
      actor.send({ type: 'check.confirm' });
      return actor;
    },
  };

  it.each(Object.keys(reach))('restart from %s returns to the intro and forgets everything', (where) => {
    const actor = reach[where]?.();
    if (!actor) throw new Error(`no way to reach ${where}`);
    actor.send({ type: 'restart' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.matches('intro')).toBe(true);
    expect(snapshot.context).toEqual({
      questionnaire: tiny,
      answers: {},
      questionId: null,
      editing: false,
      crisis: null,
      perspective: 'self',
      declined: [],
    });
  });
});
