/**
 * The coordinator's running summary offers Change on a row exactly when the questionnaire machine
 * takes `nav.edit` for that question (`snapshot.can`), on each kind of screen it shows on: a
 * question page, the crisis screen, a question during a Change from "Check your answers", and the
 * results. The machine is driven directly, so each screen is reached in a few events.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers, AnswerValue } from '../../questions/answers.ts';
import { findQuestion } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { Question } from '../../questions/schema.ts';
import { questionnaire as english } from '../support/words.ts';
import { parseUrlOptions } from '../../src/config/parse-url-options.ts';
import { questionnaireMachine } from '../../src/machine/questionnaire-machine.ts';
import { AppOptionsProvider } from '../../src/ui/app-options.tsx';
import { AnswerSummary } from '../../src/ui/coordinator/answer-summary.tsx';
import { CallContext, freshCall } from '../../src/ui/coordinator/call-state.tsx';
import { LocaleProvider } from '../../src/ui/locale/locale-provider.tsx';
import { QuestionnaireActor } from '../../src/ui/questionnaire-actor.tsx';

type Actor = ReturnType<typeof QuestionnaireActor.useActorRef>;

function renderSummary(): { actor: Actor } {
  let actor: Actor | undefined;
  function Grab() {
    actor = QuestionnaireActor.useActorRef();
    return null;
  }
  render(
    <AppOptionsProvider options={parseUrlOptions('?mode=coordinator')}>
      <QuestionnaireActor.Provider options={{ input: { questionnaire } }}>
        <LocaleProvider>
          <CallContext.Provider
            value={{ call: freshCall(), update: () => undefined, numberKeys: true, setNumberKeys: () => undefined }}
          >
            <AnswerSummary />
          </CallContext.Provider>
          <Grab />
        </LocaleProvider>
      </QuestionnaireActor.Provider>
    </AppOptionsProvider>,
  );
  if (!actor) throw new Error('the actor was not provided');
  return { actor };
}

const send = (actor: Actor, event: Parameters<Actor['send']>[0]) => act(() => actor.send(event));

/** The first option that opens no crisis screen, as the question takes it. */
function calmAnswer(question: Question): AnswerValue {
  const value = question.options.find((option) => !option.crisis)?.value ?? '';
  return question.kind === 'single' ? value : [value];
}

/** Answers the question on screen `count` times with a calm answer. */
function answerCalmly(actor: Actor, count: number) {
  for (let step = 0; step < count; step += 1) {
    const question = findQuestion(questionnaire, actor.getSnapshot().context.questionId ?? '');
    if (!question) throw new Error(`not on a question: ${JSON.stringify(actor.getSnapshot().value)}`);
    send(actor, { type: 'answer.submit', questionId: question.id, value: calmAnswer(question) });
  }
}

/** A calm answer to every question on the journey, walked without rendering anything. */
function everyAnswerCalm(): Answers {
  const actor = createActor(questionnaireMachine, { input: { questionnaire } }).start();
  actor.send({ type: 'start' });
  for (let step = 0; step < 60 && actor.getSnapshot().matches('question'); step += 1) {
    const question = findQuestion(questionnaire, actor.getSnapshot().context.questionId ?? '');
    if (question) actor.send({ type: 'answer.submit', questionId: question.id, value: calmAnswer(question) });
  }
  expect(actor.getSnapshot().matches('check')).toBe(true);
  return actor.getSnapshot().context.answers;
}

/** Each row of the summary as its question id and whether it offers Change, in page order. */
function offeredChanges() {
  const summary = screen.getByRole('region', { name: 'Answers so far' });
  const changes = new Set(
    within(summary)
      .queryAllByRole('button')
      .map((button) => button.textContent),
  );
  return within(summary)
    .getAllByRole('term')
    .map((term) => {
      const question = english.sections
        .flatMap((section) => section.questions)
        .find((q) => q.summary === term.textContent);
      if (!question) throw new Error(`no question is summed up as "${term.textContent}"`);
      return { id: question.id, offered: changes.has(`Change ${question.summary.toLowerCase()}`) };
    });
}

/** The summary's offers against what the machine takes; returns how many were offered. */
function expectOffersAsMachineTakes(actor: Actor, refusedAtLeast: number) {
  const rows = offeredChanges();
  const snapshot = actor.getSnapshot();
  const takes = rows.map(({ id }) => ({ id, offered: snapshot.can({ type: 'nav.edit', questionId: id }) }));
  expect(rows).toEqual(takes);
  expect(rows.filter((row) => !row.offered).length).toBeGreaterThanOrEqual(refusedAtLeast);
  expect(rows.some((row) => row.offered)).toBe(true);
}

describe('coordinator mode: Change in the running summary', () => {
  it('on a question page, offers earlier answers only, and a Change it offers lands on that question', async () => {
    const { actor } = renderSummary();
    send(actor, { type: 'start' });
    answerCalmly(actor, 4);
    send(actor, { type: 'nav.back' });
    send(actor, { type: 'nav.back' });
    // On the third question, with the third and fourth answered: neither offers Change.
    expectOffersAsMachineTakes(actor, 2);
    expect(offeredChanges().map((row) => row.offered)).toEqual([true, true, false, false]);
    await userEvent
      .setup({ delay: null })
      .click(screen.getByRole('button', { name: 'Change signs of an overdose right now' }));
    expect(actor.getSnapshot().context).toMatchObject({ questionId: 'overdose-now', editing: false });
  });

  it('on the crisis screen, offers the answer that opened it and earlier ones, not later ones', () => {
    const { actor } = renderSummary();
    send(actor, { type: 'start' });
    answerCalmly(actor, 4);
    for (let step = 0; step < 3; step += 1) send(actor, { type: 'nav.back' });
    send(actor, { type: 'answer.submit', questionId: 'self-harm-thoughts', value: 'yes' });
    expect(actor.getSnapshot().matches('crisis')).toBe(true);
    expectOffersAsMachineTakes(actor, 2);
    expect(offeredChanges().map((row) => row.offered)).toEqual([true, true, false, false]);
  });

  it('during a Change from "Check your answers", offers every other answer; on the results, every answer', () => {
    const { actor } = renderSummary();
    send(actor, { type: 'resume', answers: everyAnswerCalm(), questionId: null });
    expect(actor.getSnapshot().matches('check')).toBe(true);
    send(actor, { type: 'nav.edit', questionId: 'opioids-used' });
    expectOffersAsMachineTakes(actor, 1);
    expect(offeredChanges().filter((row) => !row.offered)).toEqual([{ id: 'opioids-used', offered: false }]);
    send(actor, { type: 'nav.back' });
    send(actor, { type: 'check.confirm' });
    expect(actor.getSnapshot().matches('results')).toBe(true);
    expectOffersAsMachineTakes(actor, 0);
    expect(offeredChanges().every((row) => row.offered)).toBe(true);
  });
});
