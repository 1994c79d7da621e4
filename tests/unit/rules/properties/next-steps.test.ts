/**
 * Next steps for every answer set: the SAMHSA National Helpline always (HELP-1), and a crisis
 * answer always puts its urgent step first: 911 for an overdose (SAFE-1, HELP-4), 988 for
 * thoughts of self-harm, also when that answer is kept back or not known (SAFE-2, HELP-3), then
 * the emergency department for danger signs of withdrawal (WD-1). Urgent care (SET-1), wound care
 * (XYL-1) and a home that is not safe (DV-1) are urgent too. Checked by step id and phone link,
 * never by wording.
 */
import fc from 'fast-check';
import type { Answers } from '../../../../questions/answers.ts';
import { chosenValues } from '../../../../questions/chosen-values.ts';
import { assessInEnglish } from '../../../support/words.ts';
import type { NextStep } from '../../../../src/rules/recommendation.ts';
import { anyAnswers, anyPerspective, withForced } from '../support/answer-arbitraries.ts';
import { combinations } from '../support/enumerate.ts';
import { exhaustive, PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';

/** The helpline step as the properties see it: its number, its source, not urgent. */
function helpline(steps: readonly NextStep[]) {
  const step = steps.find((candidate) => candidate.id === 'samhsa-helpline');
  return {
    number: step?.contacts.some(
      (contact) => contact.display === '1-800-662-4357' && contact.href === 'tel:+18006624357',
    ),
    citesHelp1: step?.sources.includes('HELP-1'),
    urgent: step?.urgent,
  };
}
const listedHelpline = { number: true, citesHelp1: true, urgent: false };

/** Whether all urgent steps come first, and which steps lead, with their first phone link. */
function leading(steps: readonly NextStep[], count: number) {
  const urgentCount = steps.filter((step) => step.urgent).length;
  return {
    urgentFirst: steps.slice(0, urgentCount).every((step) => step.urgent),
    first: steps.slice(0, count).map((step) => [step.id, step.contacts[0]?.href, step.urgent]),
  };
}

/** Thoughts of self-harm, or that answer kept back or not known: 988 first, without the interrupt. */
const selfHarmOrUnknown = (answers: Answers) =>
  ['yes', 'prefer-not-to-say', 'dont-know'].some((value) => answers['self-harm-thoughts'] === value);
const ticked = (answers: Answers, id: string, value: string) => chosenValues(answers[id]).includes(value);
/** "Is home safe?" is asked only of someone with a home. */
const unsafeHome = (answers: Answers) =>
  (answers.housing === 'stable' || answers.housing === 'unstable') && answers['home-safe'] === 'no';

/** The crisis steps a person must see first, by their answers, in order. */
function crisisFirst(answers: Answers) {
  const first = [
    ...(answers['overdose-now'] === 'yes' ? [['overdose-call-911', 'tel:911', true]] : []),
    ...(selfHarmOrUnknown(answers) ? [['crisis-988', 'tel:988', true]] : []),
    ...(answers['danger-signs-now'] === 'yes' ? [['dangerous-withdrawal', 'tel:911', true]] : []),
  ];
  return { urgentFirst: true, first };
}

const urgentIdsFor = (answers: Answers) =>
  [
    answers['overdose-now'] === 'yes' && 'overdose-call-911',
    selfHarmOrUnknown(answers) && 'crisis-988',
    answers['danger-signs-now'] === 'yes' && 'dangerous-withdrawal',
    ticked(answers, 'health-now', 'urgent') && 'urgent-medical-care',
    ticked(answers, 'health-now', 'wound-or-fever') && 'wound-care',
    unsafeHome(answers) && 'unsafe-home',
  ].filter(Boolean);
const urgentIds = (steps: readonly NextStep[]) => steps.filter((step) => step.urgent).map((step) => step.id);

const crisis = fc.record(
  {
    'overdose-now': fc.constantFrom('yes', 'no'),
    'self-harm-thoughts': fc.constantFrom('yes', 'no', 'prefer-not-to-say', 'dont-know'),
    'danger-signs-now': fc.constantFrom('yes', 'no', 'dont-know'),
  },
  { requiredKeys: [] },
);

describe('next steps for any answers', () => {
  it(
    'always include the SAMHSA National Helpline, 1-800-662-4357',
    () => {
      fc.assert(
        fc.property(anyAnswers, anyPerspective, (answers, perspective) => {
          expect(helpline(assessInEnglish(answers, perspective).nextSteps)).toEqual(listedHelpline);
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'put 911 first for an overdose and 988 first for thoughts of self-harm, all urgent steps before the rest',
    () => {
      fc.assert(
        fc.property(withForced(crisis), anyPerspective, (answers, perspective) => {
          const expected = crisisFirst(answers);
          expect(leading(assessInEnglish(answers, perspective).nextSteps, expected.first.length)).toEqual(expected);
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'give an urgent step only for a crisis, danger signs, urgent care, a wound or fever, or an unsafe home',
    () => {
      fc.assert(
        fc.property(anyAnswers, (answers) => {
          expect(urgentIds(assessInEnglish(answers).nextSteps)).toEqual(urgentIdsFor(answers));
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'hold for every combination of the crisis, danger-sign, health, home-safety and mood answers',
    () => {
      const cases = combinations([
        'overdose-now',
        'self-harm-thoughts',
        'danger-signs-now',
        'health-now',
        'home-safe',
        'phq-interest',
      ]).map((answers) => ({ housing: 'stable', ...answers }));
      expect(cases).toHaveLength(3 * 5 * 4 * 6 * 5 * 5);
      for (const answers of exhaustive(cases)) {
        for (const perspective of ['self', 'other'] as const) {
          const steps = assessInEnglish(answers, perspective).nextSteps;
          const expected = crisisFirst(answers);
          expect({ answers, helpline: helpline(steps), urgent: urgentIds(steps) }).toEqual({
            answers,
            helpline: listedHelpline,
            urgent: urgentIdsFor(answers),
          });
          expect(leading(steps, expected.first.length)).toEqual(expected);
        }
      }
    },
    PROPERTY_TIMEOUT,
  );
});
