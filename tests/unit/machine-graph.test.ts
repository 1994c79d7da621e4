/**
 * Every path through the machine on the tiny questionnaire, walked with xstate/graph. The state key
 * is the screen plus the answers, question, Change flag and crisis, so "every reachable state" means
 * every distinct combination a person can produce with the events each screen offers.
 */
import { describe, expect, it } from 'vitest';
import { adjacencyMapToArray, getAdjacencyMap, getShortestPaths, getSimplePaths } from 'xstate/graph';
import type { Answers } from '../../questions/answers.ts';
import { allQuestions, effectiveAnswers, findQuestion, firstUnanswered, journey } from '../../questions/journey.ts';
import { questionnaireMachine, type QuestionnaireEvent } from '../../src/machine/questionnaire-machine.ts';
import { eventsFor, serialize, type MachineSnapshot } from './fixtures/machine-events.ts';
import { tiny } from './fixtures/tiny-questionnaire.ts';

/** The limit makes a machine that stops converging fail fast instead of walking forever. */
const traversal = { input: { questionnaire: tiny }, events: eventsFor, serializeState: serialize, limit: 50_000 };

const paths = getShortestPaths(questionnaireMachine, traversal);
const edges = adjacencyMapToArray(getAdjacencyMap(questionnaireMachine, traversal));
const states = paths.map((path) => path.state);

const onJourney = (snapshot: MachineSnapshot, questionId: string) =>
  journey(tiny, snapshot.context.answers).some((question) => question.id === questionId);

type Edge = (typeof edges)[number];

/** An answer the machine accepts: on a question page, for the question on screen. */
const acceptedAnswer = (snapshot: MachineSnapshot, event: QuestionnaireEvent) =>
  snapshot.matches('question') && event.type === 'answer.submit' && event.questionId === snapshot.context.questionId;

/** The crisis kind of an accepted answer, if it chooses a crisis option. */
function chosenCrisis(snapshot: MachineSnapshot, event: QuestionnaireEvent) {
  if (event.type !== 'answer.submit' || !acceptedAnswer(snapshot, event)) return undefined;
  const chosen: readonly string[] = typeof event.value === 'string' ? [event.value] : event.value;
  const question = findQuestion(tiny, event.questionId);
  return question?.options.find((option) => option.crisis && chosen.includes(option.value))?.crisis;
}

const sorted = (answers: Answers) => Object.fromEntries(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));

describe('questionnaire machine: every path (tiny questionnaire)', () => {
  it('finds a path to every reachable state', () => {
    expect(paths.length).toBe(new Set(edges.map((edge) => serialize(edge.state))).size);
    expect(paths.length).toBeGreaterThan(100);
  });

  it('reaches every screen, never stopping on the transient step', () => {
    const screens = Object.keys(questionnaireMachine.root.states).filter((key) => key !== 'answered');
    expect(new Set(states.map((state) => state.value))).toEqual(new Set(screens));
  });

  it('shows every question, both with and without a Change in progress, and every crisis kind', () => {
    const ids = allQuestions(tiny).map((question) => question.id);
    const shown = (editing: boolean) =>
      new Set(
        states.filter((s) => s.matches('question') && s.context.editing === editing).map((s) => s.context.questionId),
      );
    expect(shown(false)).toEqual(new Set(ids));
    expect(shown(true)).toEqual(new Set(ids));
    const kinds = new Set(states.filter((s) => s.matches('crisis')).map((s) => s.context.crisis));
    expect(kinds).toEqual(new Set(['overdose', 'self-harm']));
  });

  it('reaches results only with every question on the journey answered', () => {
    const results = states.filter((state) => state.matches('results'));
    expect(results.length).toBeGreaterThan(0);
    const incomplete = results.filter((state) => firstUnanswered(tiny, state.context.answers) !== undefined);
    expect(incomplete.map(serialize)).toEqual([]);
    const untidy = results.filter(({ context: { answers } }) => {
      const kept = Object.keys(effectiveAnswers(tiny, answers)).sort();
      return (
        kept.join() !==
        journey(tiny, answers)
          .map((q) => q.id)
          .sort()
          .join()
      );
    });
    expect(untidy.map(serialize)).toEqual([]);
    const ways = edges.filter(({ state, nextState }) => nextState.matches('results') && !state.matches('results'));
    expect(new Set(ways.map(({ state, event }) => `${JSON.stringify(state.value)} + ${event.type}`))).toEqual(
      new Set(['"check" + check.confirm']),
    );
  });

  it('never leaves the machine on a question that is off the journey', () => {
    const visited = paths.flatMap((path) => path.steps.map((step) => step.state));
    const astray = visited.filter((state) => {
      const { questionId } = state.context;
      const needsQuestion = state.matches('question') || state.matches('crisis');
      return questionId === null ? needsQuestion : !onJourney(state, questionId);
    });
    expect(visited.length).toBeGreaterThan(paths.length);
    expect(astray.map(serialize)).toEqual([]);
  });

  it('opens the crisis screen exactly when a crisis option was chosen', () => {
    const describeEdge = (edge: Edge) => `${serialize(edge.state)} + ${JSON.stringify(edge.event)}`;
    const opening = edges.filter(({ state, nextState }) => nextState.matches('crisis') && !state.matches('crisis'));
    const choosing = edges.filter(({ state, event }) => chosenCrisis(state, event) !== undefined);
    expect(opening.length).toBeGreaterThan(0);
    expect(opening.map(describeEdge).sort()).toEqual(choosing.map(describeEdge).sort());
    const wrongKind = opening.filter(
      ({ state, event, nextState }) => nextState.context.crisis !== chosenCrisis(state, event),
    );
    expect(wrongKind.map(describeEdge)).toEqual([]);
    const stale = states.filter((state) => (state.context.crisis !== null) !== state.matches('crisis'));
    expect(stale.map(serialize)).toEqual([]);
  });

  it('never loses an answer: only an accepted answer changes one, only restart forgets them', () => {
    const expected = ({ state, event }: Edge) => {
      if (event.type === 'restart') return {};
      if (event.type === 'answer.submit' && acceptedAnswer(state, event)) {
        return { ...state.context.answers, [event.questionId]: event.value };
      }
      return state.context.answers;
    };
    const lost = edges.filter(
      (edge) => JSON.stringify(sorted(edge.nextState.context.answers)) !== JSON.stringify(sorted(expected(edge))),
    );
    expect(lost.map(({ state, event }) => `${serialize(state)} + ${JSON.stringify(event)}`)).toEqual([]);
  });

  it('Back always leads where the journey says', () => {
    const backs = edges.filter(({ event }) => event.type === 'nav.back');
    const expected = ({ state }: Edge) => {
      const { answers, questionId, editing } = state.context;
      const path = journey(tiny, answers).map((question) => question.id);
      if (state.matches('results')) return { value: 'check', questionId };
      if (state.matches('check')) return { value: 'question', questionId: path.at(-1) };
      if (state.matches('crisis')) return { value: 'question', questionId };
      if (editing) return { value: 'check', questionId: null };
      if (questionId === path[0]) return { value: 'intro', questionId };
      return { value: 'question', questionId: path[path.indexOf(questionId ?? '') - 1] };
    };
    expect(backs.length).toBeGreaterThan(0);
    expect(
      backs.map(({ nextState }) => ({ value: nextState.value, questionId: nextState.context.questionId })),
    ).toEqual(backs.map(expected));
  });

  it('Continue leads where the journey says: next question, or after a Change the first unanswered, else check', () => {
    const continues = edges.filter(
      ({ state, event }) =>
        (event.type === 'answer.submit' && acceptedAnswer(state, event) && chosenCrisis(state, event) === undefined) ||
        (event.type === 'crisis.continue' && state.matches('crisis')),
    );
    const expected = ({ state, nextState }: Edge) => {
      const { answers } = nextState.context;
      const path = journey(tiny, answers);
      const next = state.context.editing
        ? firstUnanswered(tiny, answers)
        : path[path.findIndex((question) => question.id === state.context.questionId) + 1];
      return next ? { value: 'question', questionId: next.id } : { value: 'check', questionId: null };
    };
    expect(continues.length).toBeGreaterThan(0);
    expect(
      continues.map(({ nextState }) => ({ value: nextState.value, questionId: nextState.context.questionId })),
    ).toEqual(continues.map(expected));
  });

  it('Change lands where the journey allows, and is refused everywhere else', () => {
    const changes = edges.filter(({ event }) => event.type === 'nav.edit');
    /** Where a Change may lead: back along the journey, or anywhere on it from check or during a Change. */
    const expected = ({ state, event }: Edge) => {
      const { answers, questionId, editing } = state.context;
      const target = event.type === 'nav.edit' ? event.questionId : '';
      const path = journey(tiny, answers).map((question) => question.id);
      const place = path.indexOf(target);
      const current = path.indexOf(questionId ?? '');
      const land = (keepsEditing: boolean) => ({ value: 'question', questionId: target, editing: keepsEditing });
      if (place < 0 || state.matches('intro')) return { value: state.value, questionId, editing };
      if (state.matches('check') || state.matches('results')) return land(true);
      if (editing && (state.matches('crisis') || place !== current)) return land(true);
      if (place < current || (state.matches('crisis') && place === current)) return land(false);
      return { value: state.value, questionId, editing };
    };
    const landed = ({ nextState }: Edge) => ({
      value: nextState.value,
      questionId: nextState.context.questionId,
      editing: nextState.context.editing,
    });
    expect(changes.filter((edge) => edge.state.can(edge.event)).length).toBeGreaterThan(0);
    expect(changes.map(landed)).toEqual(changes.map(expected));
    const refusedYetChanged = changes.filter(
      (edge) => !edge.state.can(edge.event) && serialize(edge.nextState) !== serialize(edge.state),
    );
    expect(refusedYetChanged.map(({ state, event }) => `${serialize(state)} + ${JSON.stringify(event)}`)).toEqual([]);
  });

  it('ignores an answer for another question and a Change to a question off the journey', () => {
    const stray = edges.filter(
      ({ state, event }) =>
        (event.type === 'answer.submit' && !acceptedAnswer(state, event)) ||
        (event.type === 'nav.edit' && !onJourney(state, event.questionId)),
    );
    expect(stray.length).toBeGreaterThan(0);
    expect(stray.map(({ nextState }) => serialize(nextState))).toEqual(stray.map(({ state }) => serialize(state)));
    expect(stray.filter(({ state, event }) => state.can(event))).toEqual([]);
  });
});

describe('questionnaire machine: every forward journey (tiny questionnaire)', () => {
  const forward = new Set<QuestionnaireEvent['type']>(['start', 'answer.submit', 'crisis.continue', 'check.confirm']);
  const journeys = getSimplePaths(questionnaireMachine, {
    ...traversal,
    // Only what moves forward: no Back, Change or restart, and no answer for another question.
    filterEvents: (snapshot, event) =>
      forward.has(event.type) && (event.type !== 'answer.submit' || event.questionId === snapshot.context.questionId),
    toState: (snapshot) => snapshot.matches('results'),
  });

  it('every combination of answers reaches results, with the crisis screen only after a crisis option', () => {
    // danger: 3 answers; branch "yes" x follow-up (2) or branch "no": 3; needs: x, y, none, x+y: 4.
    expect(journeys).toHaveLength(3 * 3 * 4);
    const unfinished = journeys.filter(
      (path) => !path.state.matches('results') || firstUnanswered(tiny, path.state.context.answers) !== undefined,
    );
    expect(unfinished.map((path) => serialize(path.state))).toEqual([]);
    const crisisScreens = journeys.map((path) => path.steps.filter((step) => step.state.matches('crisis')).length);
    const crisisAnswers = journeys.map((path) => (path.state.context.answers.danger === 'no' ? 0 : 1));
    expect(crisisScreens).toEqual(crisisAnswers);
  });
});
