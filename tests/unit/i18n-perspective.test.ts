/** Whom the answers are about: carried by `start`, kept by the machine, and never changing the logic. */
import { catalogIn } from '../support/words.ts';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { journey } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { Questionnaire } from '../../questions/schema.ts';
import { withWords, type QuestionnaireTexts } from '../../questions/with-words.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { questionnaireMachine } from '../../src/machine/questionnaire-machine.ts';
import { preferredLanguage } from '../../src/ui/locale/preferred-language.ts';

const every = LANGUAGES.flatMap((language) => (['self', 'other'] as const).map((voice) => [language, voice] as const));

const started = (event: { type: 'start'; perspective?: 'self' | 'other' }) => {
  const actor = createActor(questionnaireMachine, { input: { questionnaire } }).start();
  actor.send(event);
  return actor;
};

describe('the machine keeps whom the answers are about', () => {
  it('is "self" before starting and when start does not say', () => {
    const actor = createActor(questionnaireMachine, { input: { questionnaire } }).start();
    expect(actor.getSnapshot().context.perspective).toBe('self');
    expect(started({ type: 'start' }).getSnapshot().context.perspective).toBe('self');
  });

  it('takes "other" from start, keeps it through answers, and restart resets it to "self"', () => {
    const actor = started({ type: 'start', perspective: 'other' });
    actor.send({ type: 'answer.submit', questionId: 'overdose-now', value: 'no' });
    expect(actor.getSnapshot().context).toMatchObject({ perspective: 'other', questionId: 'self-harm-thoughts' });
    actor.send({ type: 'restart' });
    expect(actor.getSnapshot().context.perspective).toBe('self');
  });
});

describe('withWords', () => {
  const structureOf = (q: Questionnaire) =>
    q.sections.map((section) =>
      section.questions.map(({ id, kind, showWhen, code, options }) => ({
        id,
        kind,
        showWhen,
        code,
        options: options.map(({ value, exclusive, crisis, score, code: optionCode }) => ({
          value,
          exclusive,
          crisis,
          score,
          optionCode,
        })),
      })),
    );

  it.each(every)(
    '%s, %s: puts in every text and keeps ids, values, conditions, scores and codes',
    (language, perspective) => {
      const texts = catalogIn(language, perspective).questions;
      const worded = withWords(questionnaire, texts);
      for (const section of worded.sections) {
        expect(section.title).toBe(texts.sections[section.id as keyof typeof texts.sections]);
        for (const question of section.questions) {
          const words = texts.questions[
            question.id as keyof typeof texts.questions
          ] as QuestionnaireTexts['questions'][string];
          expect(question).toMatchObject({
            text: words.text,
            summary: words.summary,
            errorMessage: words.errorMessage,
          });
          expect(question.hint).toBe(words.hint);
          for (const option of question.options) expect(option).toMatchObject(words.options[option.value] ?? {});
        }
      }
      expect(structureOf(worded)).toEqual(structureOf(questionnaire));
      const answers = { pregnancy: 'pregnant', 'previous-treatment': 'helped' } as const;
      expect(journey(worded, answers).map((q) => q.id)).toEqual(journey(questionnaire, answers).map((q) => q.id));
    },
  );

  it('names what is missing when words lack a question', () => {
    const texts = catalogIn('en', 'self').questions;
    const others = Object.fromEntries(Object.entries(texts.questions).filter(([id]) => id !== 'housing'));
    expect(() => withWords(questionnaire, { ...texts, questions: others })).toThrow('words for question "housing"');
  });
});

describe('the browser language preference', () => {
  it('picks the first language the site speaks, by its main part, else English', () => {
    expect(preferredLanguage(['fr-FR', 'es-MX', 'en'])).toBe('es');
    expect(preferredLanguage(['en-GB', 'es'])).toBe('en');
    expect(preferredLanguage(['de', 'fr'])).toBe('en');
    expect(preferredLanguage(undefined)).toBe('en');
  });
});
