/** Reading saved answers back: whatever storage holds, the loader never throws and returns only valid progress. */
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod/mini';
import { parseAnswers } from '../../questions/answers.ts';
import { findQuestion } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import { loadSavedProgress, SavedEnvelopeSchema, type LoadResult } from '../../src/storage/saved-progress.ts';
import { KEEP_FOR_MS, MAX_SAVED_BYTES, serializeProgress, type SavedEnvelope } from '../../src/storage/saved-format.ts';

const NOW = Date.UTC(2026, 4, 1, 12);
const answers = { 'overdose-now': 'no', 'opioids-used': ['heroin', 'fentanyl'] };
const saved = serializeProgress({ answers, questionId: 'how-used' }, NOW);
const envelope = () => JSON.parse(saved) as Record<string, unknown> & { state: Record<string, unknown> };
const load = (value: unknown, now = NOW) => loadSavedProgress(JSON.stringify(value), now);

/** A found result must hold only answers the questionnaire accepts and a known question. */
function expectValid(result: LoadResult) {
  expect(['none', 'found', 'discarded']).toContain(result.status);
  if (result.status !== 'found') return;
  const { progress } = result;
  const reparsed = parseAnswers(questionnaire, progress.answers);
  expect(reparsed.problems).toEqual([]);
  expect(reparsed.answers).toEqual(progress.answers);
  if (progress.questionId !== null) expect(findQuestion(questionnaire, progress.questionId)).toBeDefined();
  expect(progress.expiresAt).toBeGreaterThan(NOW);
}

describe('saved progress: the round trip', () => {
  it('reads back exactly what was saved, with when it was saved and when it will be deleted', () => {
    expect(loadSavedProgress(saved, NOW + 1000)).toEqual({
      status: 'found',
      progress: { savedAt: NOW, expiresAt: NOW + KEEP_FOR_MS, answers, questionId: 'how-used' },
    });
  });

  it('keeps the perspective when one was saved', () => {
    const raw = serializeProgress({ answers: {}, questionId: null, perspective: 'other' }, NOW);
    expect(loadSavedProgress(raw, NOW)).toMatchObject({ status: 'found', progress: { perspective: 'other' } });
  });

  it('writes the very shape the reader checks (saved-format.ts needs no zod to write it)', () => {
    expectTypeOf<z.output<typeof SavedEnvelopeSchema>>().toEqualTypeOf<SavedEnvelope>();
    expect(SavedEnvelopeSchema.safeParse(JSON.parse(saved)).success).toBe(true);
  });

  it('reports nothing saved when storage holds nothing', () => {
    expect(loadSavedProgress(null, NOW)).toEqual({ status: 'none' });
  });
});

describe('saved progress: what is thrown away, and why', () => {
  const cases: [string, string, LoadResult['status'], string?][] = [
    ['text that is not JSON', 'not json {', 'discarded', 'unreadable'],
    ['a save cut short', saved.slice(0, saved.length - 10), 'discarded', 'unreadable'],
    ['JSON that is not an object', '[1,2,3]', 'discarded', 'unreadable'],
    ['the JSON value null', 'null', 'discarded', 'unreadable'],
    ['an empty string', '', 'discarded', 'unreadable'],
    ['another storage format', JSON.stringify({ ...envelope(), format: 2 }), 'discarded', 'other-version'],
    [
      'another questionnaire version',
      JSON.stringify({ ...envelope(), questionnaireVersion: '0.9.0' }),
      'discarded',
      'other-version',
    ],
    ['more than 64 KB', JSON.stringify({ ...envelope(), pad: 'x'.repeat(MAX_SAVED_BYTES) }), 'discarded', 'too-large'],
  ];
  it.each(cases)('%s', (_name, raw, status, reason) => {
    expect(loadSavedProgress(raw, NOW)).toEqual(reason ? { status, reason } : { status });
  });

  it('a save from the 1.x questionnaire, with questions it has since replaced, is another version, not unreadable', () => {
    // The 1.x questions "stimulants" and "medical-problems" became "other-drugs" and "health-now".
    const oldSave = JSON.stringify({
      ...envelope(),
      questionnaireVersion: '1.1.0',
      state: {
        answers: { 'overdose-now': 'no', stimulants: 'yes', 'medical-problems': 'no' },
        questionId: 'stimulants',
      },
    });
    expect(questionnaire.version).not.toMatch(/^1\./);
    expect(envelope()['questionnaireVersion']).toBe(questionnaire.version);
    expect(loadSavedProgress(oldSave, NOW)).toEqual({ status: 'discarded', reason: 'other-version' });
  });

  it('a save from an earlier minor version (2.0.0, before the payment question) still reads, answers and place kept', () => {
    const earlierMinor = JSON.stringify({ ...envelope(), questionnaireVersion: '2.0.0' });
    expect(questionnaire.version).toMatch(/^2\.[1-9]/);
    const loaded = loadSavedProgress(earlierMinor, NOW);
    expect(loaded.status).toBe('found');
    expect(loaded).toEqual(loadSavedProgress(saved, NOW));
  });

  it('a save older than 7 days is expired', () => {
    expect(loadSavedProgress(saved, NOW + KEEP_FOR_MS)).toEqual({ status: 'discarded', reason: 'expired' });
    expect(loadSavedProgress(saved, NOW + KEEP_FOR_MS - 1).status).toBe('found');
  });

  const tampered: [string, (value: ReturnType<typeof envelope>) => unknown][] = [
    ['an unknown question id', (v) => ({ ...v, state: { ...v.state, answers: { ...answers, nope: 'yes' } } })],
    [
      'a value the question does not offer',
      (v) => ({ ...v, state: { ...v.state, answers: { 'overdose-now': 'maybe' } } }),
    ],
    [
      'a list where one choice is expected',
      (v) => ({ ...v, state: { ...v.state, answers: { 'overdose-now': ['no'] } } }),
    ],
    ['an unknown current question', (v) => ({ ...v, state: { ...v.state, questionId: 'nope' } })],
    ['an unknown perspective', (v) => ({ ...v, state: { ...v.state, perspective: 'admin' } })],
    ['an extra key', (v) => ({ ...v, extra: true })],
    ['an extra key in the state', (v) => ({ ...v, state: { ...v.state, html: '<script>' } })],
    ['a save date in the future', (v) => ({ ...v, savedAt: NOW + 60 * 60 * 1000 })],
    ['a deletion date more than 7 days after saving', (v) => ({ ...v, expiresAt: NOW + KEEP_FOR_MS + 1 })],
    ['a deletion date before the save date', (v) => ({ ...v, expiresAt: NOW - 1 })],
    ['a date that is not a number', (v) => ({ ...v, savedAt: '2026-05-01' })],
    ['answers that are a list', (v) => ({ ...v, state: { ...v.state, answers: [] } })],
    ['no state', (v) => ({ ...v, state: undefined })],
  ];
  it.each(tampered)('a save with %s is unreadable', (_name, change) => {
    expect(load(change(envelope()))).toEqual({ status: 'discarded', reason: 'unreadable' });
  });

  it('a "__proto__" answer key is refused and changes no prototype', () => {
    const raw = saved.replace('"answers":{', '"answers":{"__proto__":{"polluted":"yes"},');
    expect(loadSavedProgress(raw, NOW)).toEqual({ status: 'discarded', reason: 'unreadable' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('saved progress: properties', () => {
  it('any string never throws and never yields invalid progress', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => expectValid(loadSavedProgress(raw, NOW))),
      ),
    ).not.toThrow();
  });

  it('any JSON never throws and never yields invalid progress', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.jsonValue(), (value) => expectValid(load(value))),
        { numRuns: 300 },
      ),
    ).not.toThrow();
  });

  it('a real save with any field replaced by any JSON never yields invalid progress', () => {
    const fields = ['format', 'questionnaireVersion', 'savedAt', 'expiresAt', 'state', 'answers', 'questionId'];
    expect(() =>
      fc.assert(
        fc.property(fc.constantFrom(...fields), fc.jsonValue(), (field, value) => {
          const changed = envelope();
          if (field in changed) changed[field] = value;
          else changed.state[field] = value;
          expectValid(load(changed));
        }),
        { numRuns: 500 },
      ),
    ).not.toThrow();
  });

  it('answers under any question id with any value are kept only when the questionnaire accepts all of them', () => {
    const ids = ['overdose-now', 'opioids-used', 'alcohol', 'how-used', 'constructor', 'toString', 'x'];
    expect(() =>
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...ids), fc.jsonValue()), (given) => {
          const changed = envelope();
          changed.state.answers = given;
          const result = load(changed);
          expectValid(result);
          expect(result.status === 'found' ? result.progress.answers : given).toEqual(given);
        }),
        { numRuns: 500 },
      ),
    ).not.toThrow();
  });
});
