/**
 * The "Listen" button on a question page: offered only when the device has a voice of its own for
 * the page's language, it reads the question, its hint and its options with that voice, and stops
 * when pressed again, when the question changes, and when another reading starts.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogIn } from '../support/words.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import { LocaleProvider } from '../../src/ui/locale/locale-provider.tsx';
import { QuestionnaireActor } from '../../src/ui/questionnaire-actor.tsx';
import { ListenButton } from '../../src/ui/read-aloud/listen-button.tsx';
import { renderWith } from './l10n-app.tsx';
import { renderApp, startForMyself } from './render-app.tsx';
import { removeSpeech, stubSpeech, voice } from './read-aloud-stub.ts';

const firstQuestion =
  'Is anyone with you showing signs of an overdose right now? ' +
  'Signs include: cannot be woken up, slow or stopped breathing, tiny pupils, or blue or gray lips. Yes. No.';

async function onFirstQuestion() {
  const view = renderApp();
  await startForMyself(view.user);
  return view;
}

afterEach(removeSpeech);

describe('the Listen button on a question page', () => {
  it('is not there when the browser has no speech', async () => {
    await onFirstQuestion();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Listen' })).not.toBeInTheDocument();
  });

  it('is not there when the only voices for the language are online ones', async () => {
    stubSpeech([voice('en-US', false), voice('en-GB', false)]);
    await onFirstQuestion();
    expect(screen.queryByRole('button', { name: 'Listen' })).not.toBeInTheDocument();
  });

  it('is not there when the device has a voice only for another language', async () => {
    stubSpeech([voice('es-MX', true), voice('en-US', false)]);
    await onFirstQuestion();
    expect(screen.queryByRole('button', { name: 'Listen' })).not.toBeInTheDocument();
  });

  it('appears when a voice on the device arrives after the page has loaded', async () => {
    const speech = stubSpeech([]);
    await onFirstQuestion();
    expect(screen.queryByRole('button', { name: 'Listen' })).not.toBeInTheDocument();
    act(() => speech.arrive([voice('en-US', false), voice('en-GB', true)]));
    expect(await screen.findByRole('button', { name: 'Listen' })).toBeInTheDocument();
  });

  it('reads the question, hint and options with the voice on the device, then stops when pressed again', async () => {
    const local = voice('en-GB', true);
    const speech = stubSpeech([voice('en-US', false), local]);
    const { user } = await onFirstQuestion();
    const button = screen.getByRole('button', { name: 'Listen' });
    await user.click(button);
    expect(speech.spoken.map(({ text }) => text)).toEqual([firstQuestion]);
    expect(speech.spoken[0]?.voice).toBe(local);
    expect(button).toHaveAccessibleName('Stop');
    expect(button).toHaveFocus();
    await user.click(button);
    expect(speech.speaking()).toBe(false);
    expect(button).toHaveAccessibleName('Listen');
  });

  it('is no part of the question group name and works from the keyboard alone', async () => {
    const speech = stubSpeech([voice('en-US', true)]);
    const { user } = await onFirstQuestion();
    expect(screen.getByRole('group')).not.toHaveAccessibleName(/Listen/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    await user.tab();
    const button = screen.getByRole('button', { name: 'Listen' });
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(speech.speaking()).toBe(true);
    expect(button).toHaveAccessibleName('Stop');
    await user.keyboard(' ');
    expect(speech.speaking()).toBe(false);
    expect(button).toHaveFocus();
  });

  it('says "Listen" again when the reading comes to its end', async () => {
    const speech = stubSpeech([voice('en-US', true)]);
    const { user } = await onFirstQuestion();
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    act(() => speech.finish());
    expect(await screen.findByRole('button', { name: 'Listen' })).toBeInTheDocument();
  });

  it('stops reading when the person moves on to the next question', async () => {
    const speech = stubSpeech([voice('en-US', true)]);
    const { user } = await onFirstQuestion();
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('thoughts of suicide');
    expect(speech.speaking()).toBe(false);
    expect(speech.events).toEqual(['cancel', 'speak', 'cancel']);
    expect(speech.spoken).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    expect(speech.spoken.at(-1)?.text).toMatch(/^Are you having thoughts of suicide or of hurting yourself\? /);
  });

  it('stops reading when another screen takes the place of the question', async () => {
    const speech = stubSpeech([voice('en-US', true)]);
    const { user } = await onFirstQuestion();
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    expect(speech.speaking()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(screen.queryByRole('radio')).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /Listen|Stop/ })).not.toBeInTheDocument();
    expect(speech.speaking()).toBe(false);
  });

  it('stops reading when the page switches to another language', async () => {
    const es = catalogIn('es', 'self');
    const speech = stubSpeech([voice('en-US', true), voice('es-US', true)]);
    const { user } = await onFirstQuestion();
    await user.click(screen.getByRole('button', { name: 'Listen' }));
    await user.click(screen.getByRole('link', { name: 'Español' }));
    await screen.findByRole('heading', { level: 1, name: es.questions.questions['overdose-now'].text });
    expect(speech.speaking()).toBe(false);
    expect(await screen.findByRole('button', { name: 'Escuchar' })).toBeInTheDocument();
  });

  it('reads a Spanish page with a voice on the device for any Spanish', async () => {
    const es = catalogIn('es', 'self');
    const local = voice('es-MX', true);
    const speech = stubSpeech([voice('en-US', true), local]);
    const { user } = renderWith('?lang=es');
    await user.click(await screen.findByRole('radio', { name: es.ui.locale.perspective.self }));
    await user.click(screen.getByRole('button', { name: es.ui.intro.start }));
    await user.click(screen.getByRole('button', { name: 'Escuchar' }));
    expect(speech.spoken[0]?.voice).toBe(local);
    expect(speech.spoken[0]?.text).toMatch(/^¿Hay alguien con usted que muestre señales de una sobredosis/);
    expect(screen.getByRole('button', { name: 'Detener' })).toBeInTheDocument();
  });
});

describe('two Listen buttons', () => {
  it('let only one read at a time: starting one stops the other, which says "Listen" again', async () => {
    const speech = stubSpeech([voice('en-US', true)]);
    const user = userEvent.setup({ delay: null });
    render(
      <QuestionnaireActor.Provider options={{ input: { questionnaire } }}>
        <LocaleProvider>
          <ListenButton text="First text" label="Listen to the first" />
          <ListenButton text={['Second', undefined, 'text']} label="Listen to the second" />
        </LocaleProvider>
      </QuestionnaireActor.Provider>,
    );
    await user.click(screen.getByRole('button', { name: 'Listen to the first' }));
    await user.click(screen.getByRole('button', { name: 'Listen to the second' }));
    expect(speech.spoken.map(({ text }) => text)).toEqual(['First text', 'Second. text.']);
    expect(speech.events).toEqual(['cancel', 'speak', 'cancel', 'speak']);
    expect(screen.getByRole('button', { name: 'Listen to the first' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Stop' })).toHaveLength(1);
  });
});
