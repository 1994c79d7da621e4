/**
 * The app's binding to the questionnaire machine (@xstate/react's `createActorContext`): one actor
 * per Provider, kept through React's development double mount, and `useSelector` re-rendering a
 * component only when the part it reads changes.
 */
import { act, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { questionnaire } from '../../questions/questionnaire.ts';
import { QuestionnaireActor, screenKeyOf } from '../../src/ui/questionnaire-actor.tsx';

function renderCounting() {
  const renders = { screen: 0, questionnaire: 0 };
  function ScreenKey() {
    renders.screen += 1;
    return <p data-testid="screen">{QuestionnaireActor.useSelector(screenKeyOf)}</p>;
  }
  function Unchanging() {
    renders.questionnaire += 1;
    const version = QuestionnaireActor.useSelector((snapshot) => snapshot.context.questionnaire.version);
    return <p>{version}</p>;
  }
  let actor: ReturnType<typeof QuestionnaireActor.useActorRef> | undefined;
  function Grab() {
    actor = QuestionnaireActor.useActorRef();
    return null;
  }
  render(
    <QuestionnaireActor.Provider options={{ input: { questionnaire } }}>
      <ScreenKey />
      <Unchanging />
      <Grab />
    </QuestionnaireActor.Provider>,
  );
  if (!actor) throw new Error('the actor was not provided');
  return { renders, actor };
}

describe('QuestionnaireActor', () => {
  it('re-renders a component when the part it selects changes, and not when another part does', () => {
    const { renders, actor } = renderCounting();
    expect(screen.getByTestId('screen').textContent).toBe('intro::');
    const before = { ...renders };
    act(() => actor.send({ type: 'start', perspective: 'self' }));
    expect(screen.getByTestId('screen').textContent).toMatch(/^question:/);
    expect(renders.screen).toBeGreaterThan(before.screen);
    expect(renders.questionnaire).toBe(before.questionnaire);
  });

  it('keeps one running actor through React’s development double mount', () => {
    let seen: ReturnType<typeof QuestionnaireActor.useActorRef>[] = [];
    function Grab() {
      seen = [...seen, QuestionnaireActor.useActorRef()];
      return null;
    }
    render(
      <StrictMode>
        <QuestionnaireActor.Provider options={{ input: { questionnaire } }}>
          <Grab />
        </QuestionnaireActor.Provider>
      </StrictMode>,
    );
    expect(new Set(seen).size).toBe(1);
    const [actor] = seen;
    act(() => actor?.send({ type: 'start', perspective: 'self' }));
    expect(actor?.getSnapshot().value).toBe('question');
  });

  it('says a Provider is missing when a hook is used outside one', () => {
    function Orphan() {
      QuestionnaireActor.useActorRef();
      return null;
    }
    // React reports the error on the console as well as throwing it.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Orphan />)).toThrow(/not inside a <ActorProvider>/);
    quiet.mockRestore();
  });
});
