/**
 * When no treatment setting is suggested (setting-gates.ts), and what takes its place: a crisis
 * evaluation first (SET-7), care for teens (AGE-1), already in treatment (CONT-1, tested in
 * current-treatment.test.ts) and fewer than two signs (SEV-4). Also what every setting says about
 * medication (SET-5).
 */
import type { TypedAnswers } from './support/typed-answers.ts';
import { assessInEnglish, inWords } from '../../support/words.ts';
import { settingLevels } from '../../../src/rules/recommendation.ts';
import { settingGates } from '../../../src/rules/setting-gates.ts';
import { answersOf, mildAtHome, severeNoSupport } from './fixtures.ts';

const gateOf = (...parts: TypedAnswers[]) => assessInEnglish(answersOf(...parts)).insteadOfSetting?.id ?? null;

describe('thoughts of suicide: a crisis evaluation first (SET-7)', () => {
  it.each<[string, TypedAnswers]>([
    ['mild use at home', mildAtHome],
    ['severe use with no support', severeNoSupport],
    ['heavy drinking', { ...mildAtHome, alcohol: 'heavy' }],
  ])('presents no setting as the answer, with %s', (_, answers) => {
    const result = assessInEnglish(answersOf(answers, { 'self-harm-thoughts': 'yes' }));
    expect(result.setting).toBeNull();
    expect(result.insteadOfSetting?.id).toBe('crisis-first');
    expect(result.insteadOfSetting?.text).toBe(
      'First, get help with your thoughts of suicide. Call or text 988, or go to an emergency department. The people who help you there can then help you choose care for opioid use.',
    );
    expect(result.insteadOfSetting?.sources).toEqual(['SET-7', 'SAFE-2']);
    expect(result.insteadOfSetting?.reasons.map((reason) => reason.questionId)).toEqual(['self-harm-thoughts']);
    expect(result.nextSteps[0]?.id).toBe('crisis-988');
  });

  it('keeps the withdrawal cautions when drinking heavily, without a setting (SAFE-3)', () => {
    const result = assessInEnglish(answersOf(mildAtHome, { 'self-harm-thoughts': 'yes', alcohol: 'heavy' }));
    const ids = result.cautions.map((item) => item.id);
    expect(ids).toContain('do-not-stop-suddenly-alone');
    expect(ids).toContain('withdrawal-care-is-not-treatment');
  });

  it.each(['prefer-not-to-say', 'dont-know'] as const)(
    'still suggests a setting, with 988 first, when the answer is "%s" (no interrupt)',
    (answer) => {
      const result = assessInEnglish(answersOf(mildAtHome, { 'self-harm-thoughts': answer }));
      expect(result.setting?.level).toBe('outpatient');
      expect(result.insteadOfSetting).toBeNull();
      expect(result.nextSteps[0]?.id).toBe('crisis-988');
    },
  );

  it('comes before every other gate', () => {
    const everyGate = {
      'self-harm-thoughts': 'yes',
      adult: 'no',
      'current-medicine': 'methadone',
      'medicine-working': 'yes',
      control: ['none'],
    } as const;
    expect(gateOf(everyGate)).toBe('crisis-first');
    expect(gateOf(everyGate, { 'self-harm-thoughts': 'no' })).toBe('under-18');
    expect(gateOf(everyGate, { 'self-harm-thoughts': 'no', adult: 'yes' })).toBe('in-treatment');
    expect(gateOf(everyGate, { 'self-harm-thoughts': 'no', adult: 'yes', 'medicine-working': 'no' })).toBeNull();
    expect(gateOf(everyGate, { 'self-harm-thoughts': 'no', adult: 'yes', 'current-medicine': 'none' })).toBe(
      'few-signs',
    );
    expect(settingGates.map((gate) => gate.id)).toEqual(['crisis-first', 'under-18', 'in-treatment', 'few-signs']);
  });
});

describe('under 18 (AGE-1)', () => {
  it('suggests no adult setting, pointing to care for teens and the helpline', () => {
    const result = assessInEnglish(answersOf(severeNoSupport, { adult: 'no' }));
    expect(result.setting).toBeNull();
    expect(result.insteadOfSetting?.id).toBe('under-18');
    expect(result.insteadOfSetting?.text).toMatch(/written for adults/);
    expect(result.insteadOfSetting?.text).toMatch(/SAMHSA National Helpline/);
    expect(result.insteadOfSetting?.sources).toEqual(['AGE-1']);
    expect(result.insteadOfSetting?.reasons).toEqual([{ questionId: 'adult', text: 'You said you are under 18.' }]);
    expect(result.nextSteps.map((step) => step.id)).toContain('adolescent-care');
  });

  it('gives a setting when the person is an adult, or did not say', () => {
    expect(gateOf(mildAtHome, { adult: 'yes' })).toBeNull();
    expect(assessInEnglish(answersOf({ control: ['craving', 'much-time'] })).setting?.level).toBe('outpatient');
  });
});

describe('fewer than two signs (SEV-4)', () => {
  it.each<[string, TypedAnswers]>([
    ['no signs', { control: ['none'], 'life-impact': ['none'], 'body-changes': ['none'] }],
    ['one sign', { control: ['craving'], 'life-impact': ['none'], 'body-changes': ['none'] }],
  ])('suggests no setting, and says so kindly, for %s', (_, signs) => {
    const result = assessInEnglish(answersOf(mildAtHome, signs));
    expect(result.severity.level).toBe('none');
    expect(result.setting).toBeNull();
    expect(result.insteadOfSetting?.id).toBe('few-signs');
    expect(result.insteadOfSetting?.text).toBe(
      'Your answers do not point to an opioid use problem, so we do not suggest a treatment setting. The safety steps below still matter. You can call the helpline at any time.',
    );
    expect(result.insteadOfSetting?.sources).toEqual(['SEV-4', 'SEV-2']);
    expect(result.insteadOfSetting?.reasons.map((reason) => reason.questionId)).toEqual(['control']);
  });

  it('still shows naloxone, the cautions that apply and the helpline', () => {
    const result = assessInEnglish(
      answersOf(mildAtHome, {
        control: ['none'],
        'body-changes': ['none'],
        'recent-release': ['jail'],
        alcohol: 'some',
      }),
    );
    expect(result.insteadOfSetting?.id).toBe('few-signs');
    expect(result.medications.map((item) => item.id)).toContain('naloxone');
    expect(result.cautions.map((item) => item.id)).toEqual(
      expect.arrayContaining(['tolerance-after-release', 'carry-naloxone', 'opioids-with-benzos-or-alcohol']),
    );
    expect(result.nextSteps.map((step) => step.id)).toEqual(['samhsa-helpline', 'find-treatment']);
  });

  it('gives way to hospital care with medically managed withdrawal for heavy drinking (SET-1, SAFE-3)', () => {
    const result = assessInEnglish(
      answersOf(mildAtHome, { control: ['none'], 'body-changes': ['none'], alcohol: 'heavy' }),
    );
    expect(result.severity.level).toBe('none');
    expect(result.insteadOfSetting).toBeNull();
    expect(result.setting?.level).toBe('hospital');
    expect(result.setting?.medicalWithdrawalManagement).toBe(true);
  });

  it('gives a setting from two signs, and when the sign questions were not answered at all', () => {
    expect(gateOf(mildAtHome, { control: ['craving'], 'body-changes': ['tolerance'] })).toBeNull();
    expect(assessInEnglish({}).setting?.level).toBe('outpatient');
    expect(assessInEnglish({}).insteadOfSetting).toBeNull();
  });

  it('does not apply to someone taking a medicine for opioid use, even one not working', () => {
    expect(
      gateOf(mildAtHome, { control: ['none'], 'current-medicine': 'naltrexone', 'medicine-working': 'no' }),
    ).toBeNull();
    expect(gateOf(mildAtHome, { control: ['none'], 'current-medicine': 'dont-know' })).toBe('few-signs');
  });

  it('speaks of "their answers" to someone answering for another', () => {
    const result = assessInEnglish(answersOf({ control: ['none'] }), 'other');
    expect(result.insteadOfSetting?.text).toMatch(/^Their answers do not point to an opioid use problem/);
  });
});

describe('every setting asks about methadone or buprenorphine (SET-5)', () => {
  it.each(settingLevels)(
    '"%s" says to ask whether the program offers and will continue them, in every voice',
    (level) => {
      const asks = {
        en: 'Ask if the program offers methadone or buprenorphine, and will keep giving it.',
        es: 'Pregunte si el programa ofrece metadona o buprenorfina, y si la seguirá dando.',
      } as const;
      for (const language of ['en', 'es'] as const) {
        for (const perspective of ['self', 'other'] as const) {
          expect(inWords(language, perspective).rules.settings[level].description).toMatch(
            new RegExp(`${asks[language]}$`),
          );
        }
      }
    },
  );

  it.each<[string, TypedAnswers]>([
    ['outpatient', mildAtHome],
    ['intensive outpatient', { ...mildAtHome, 'withdrawal-history': 'severe' }],
    ['residential', severeNoSupport],
    ['hospital', { ...mildAtHome, alcohol: 'heavy' }],
  ])('cites SET-5 on a suggested %s setting', (_, answers) => {
    expect(assessInEnglish(answersOf(answers)).setting?.sources).toContain('SET-5');
  });
});
