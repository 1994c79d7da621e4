/** Whom the answers are about: carried by `start`, kept by the machine, and never changing the logic. */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { journey } from '../../questions/journey.ts';
import { localizeQuestionnaire } from '../../questions/localize.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import { enSelfQuestions, textsOf } from '../../questions/texts.ts';
import { esCatalogs } from '../../src/i18n/es.ts';
import { questionnaireMachine } from '../../src/machine/questionnaire-machine.ts';
import { preferredLanguage } from '../../src/ui/locale/preferred-language.ts';

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

describe('localizeQuestionnaire', () => {
  it('with the English texts gives back the questionnaire as it is', () => {
    expect(localizeQuestionnaire(questionnaire, enSelfQuestions)).toEqual(questionnaire);
  });

  it('swaps every text and keeps ids, values, conditions, scores and codes', () => {
    const spanish = localizeQuestionnaire(questionnaire, esCatalogs.other.questions);
    expect(textsOf(spanish)).toEqual(esCatalogs.other.questions);
    const logic = (q: typeof questionnaire) =>
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
    expect(logic(spanish)).toEqual(logic(questionnaire));
    const answers = { pregnancy: 'pregnant', 'previous-treatment': 'helped' } as const;
    expect(journey(spanish, answers).map((q) => q.id)).toEqual(journey(questionnaire, answers).map((q) => q.id));
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
