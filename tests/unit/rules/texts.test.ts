import type { Answers } from '../../../questions/answers.ts';
import { assess } from '../../../src/rules/assess.ts';
import { assessInEnglish } from '../../support/words.ts';
import type { Recommendation } from '../../../src/rules/recommendation.ts';
import { enRules as en } from '../../support/words.ts';
import type { RuleTexts } from '../../../src/i18n/word-types.ts';
import { answersOf, mildAtHome, severeNoSupport } from './fixtures.ts';
import { statementsIn } from './support/statements.ts';

type Texts = string | ((...args: never[]) => string) | { readonly [key: string]: Texts };

/** Every text of a catalog, marked: a function keeps its parameters and marks its result. */
function marked(texts: Texts): Texts {
  if (typeof texts === 'string') return `«${texts}»`;
  if (typeof texts === 'function') return (...args: never[]) => `«${texts(...args)}»`;
  return Object.fromEntries(Object.entries(texts).map(([key, value]) => [key, marked(value)]));
}
const markedEn = marked(en) as unknown as RuleTexts;

/** Every sentence a person reads in a Recommendation. */
function sentences(result: Recommendation): string[] {
  const { setting } = result;
  return [
    ...(setting ? [setting.name, setting.asamOrientation, setting.description] : []),
    ...(setting?.reasons ?? []).map((reason) => reason.text),
    ...result.medications.flatMap((medication) => [medication.name, medication.howGiven]),
    ...statementsIn(result).flatMap((item) => [item.text, ...item.reasons.map((reason) => reason.text)]),
    ...result.nextSteps.flatMap((step) => [step.title, step.text, ...step.contacts.map((contact) => contact.label)]),
  ];
}

const wording = new Set(['text', 'label', 'title', 'name', 'howGiven', 'description', 'asamOrientation']);
/** The conclusions without their wording. */
function shape(result: Recommendation): unknown {
  return JSON.parse(JSON.stringify(result, (key, value: unknown) => (wording.has(key) ? '' : value)));
}

const cases: [string, Answers][] = [
  ['no answers', {}],
  ['mild use at home', answersOf(mildAtHome)],
  [
    'stable on buprenorphine',
    answersOf(mildAtHome, { 'current-medicine': 'buprenorphine', 'medicine-working': 'yes' }),
  ],
  [
    'every answer kept back or not known',
    answersOf(mildAtHome, {
      'self-harm-thoughts': 'prefer-not-to-say',
      'danger-signs-now': 'dont-know',
      'current-medicine': 'dont-know',
      'last-use': 'dont-know',
      'recent-overdose': 'dont-know',
      alcohol: 'prefer-not-to-say',
      benzodiazepines: 'dont-know',
      'withdrawal-history': 'dont-know',
      pregnancy: 'prefer-not-to-say',
      'others-use': 'dont-know',
      'home-safe': 'prefer-not-to-say',
    }),
  ],
  [
    'severe use with every risk',
    answersOf(severeNoSupport, {
      'overdose-now': 'yes',
      'self-harm-thoughts': 'yes',
      'danger-signs-now': 'yes',
      'recent-overdose': 'yes',
      'current-medicine': 'methadone',
      'medicine-working': 'no',
      'how-used': ['inject', 'alone'],
      'other-drugs': ['stimulants', 'sleeping-pills'],
      'health-now': ['urgent', 'wound-or-fever', 'chronic-pain', 'ongoing'],
      responsibilities: ['children'],
      'home-safe': 'no',
      'previous-treatment': 'returned-once',
      'previous-treatment-type': ['detox-only'],
      alcohol: 'heavy',
      benzodiazepines: 'sometimes',
      pregnancy: 'could-be',
      'recent-release': ['jail'],
      'phq-interest': 'nearly-every-day',
      'phq-down': 'nearly-every-day',
      'body-changes': ['tolerance'],
      'opioids-used': ['pills-as-prescribed'],
    }),
  ],
];

describe('rule texts', () => {
  it.each(cases)('words every sentence from the given catalog (%s)', (_, answers) => {
    const texts = markedEn;
    for (const perspective of ['self', 'other'] as const) {
      for (const sentence of sentences(assess(answers, { texts, perspective }))) {
        expect(sentence).toMatch(/^«.*»$/s);
      }
    }
  });

  it.each(cases)('draws the same conclusions whatever the catalog (%s)', (_, answers) => {
    const texts = markedEn;
    expect(shape(assess(answers, { texts }))).toEqual(shape(assessInEnglish(answers)));
  });

  it('uses the English catalog, spoken to "you", by default', () => {
    expect(assessInEnglish(answersOf(mildAtHome))).toEqual(
      assess(answersOf(mildAtHome), { texts: en, perspective: 'self' }),
    );
    expect(assessInEnglish({}).setting?.name).toBe(en.settings.outpatient.name);
  });

  it('rejects a catalog with a missing or an extra key at type-check time', () => {
    const { family, ...withoutFamily } = en;
    // @ts-expect-error a catalog without `family` is not a RuleTexts
    const missing: RuleTexts = withoutFamily;
    const extra = {
      ...en,
      support: {
        ...en.support,
        // @ts-expect-error `unknown-statement` is not a key of RuleTexts['support']
        'unknown-statement': 'Not a text any rule uses.',
      },
    } satisfies RuleTexts;
    expect(missing).not.toHaveProperty('family');
    expect(family).toBeDefined();
    expect(extra.support).toHaveProperty('unknown-statement');
  });
});
