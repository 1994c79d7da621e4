import type { Answers } from '../../../questions/answers.ts';
import type { TypedAnswers } from './support/typed-answers.ts';
import { assessInEnglish, enRules } from '../../support/words.ts';
import { chooseSetting } from '../../../src/rules/setting.ts';
import { settingRules } from '../../../src/rules/setting-rules.ts';
import { assessSeverity } from '../../../src/rules/severity.ts';
import { answersOf, mildAtHome, moderateAtHome, severeNoSupport } from './fixtures.ts';

const settingOf = (answers: Answers) => assessInEnglish(answers).setting;
const severeAtHome = { ...severeNoSupport, housing: 'stable', 'others-use': 'no', 'support-person': 'yes' } as const;

describe('suggested setting', () => {
  it('is outpatient for mild use with a steady, supportive home', () => {
    const setting = settingOf(answersOf(mildAtHome));
    expect(setting.level).toBe('outpatient');
    expect(setting.name).toBe('Outpatient care');
    expect(setting.asamOrientation).toMatch(/^Roughly ASAM level 1\b/);
    expect(setting.medicalWithdrawalManagement).toBe(false);
    expect(setting.reasons.map((reason) => reason.questionId)).toEqual(['control', 'housing', 'support-person']);
  });

  it('is outpatient with no reasons when nothing was answered', () => {
    const setting = settingOf({});
    expect(setting.level).toBe('outpatient');
    expect(setting.reasons).toEqual([]);
    expect(setting.sources.length).toBeGreaterThan(0);
  });

  it.each<[string, TypedAnswers]>([
    ['nowhere to live', { housing: 'none' }],
    ['a home that is not safe', { 'home-safe': 'no' }],
  ])('is never plain outpatient for mild use with %s (SET-3)', (_, home) => {
    const setting = settingOf(answersOf(mildAtHome, home));
    expect(setting.level).toBe('intensive-outpatient');
    expect(setting.reasons.map((reason) => reason.questionId)).toContain(Object.keys(home)[0]);
  });

  it('is hospital without medically managed withdrawal for an urgent physical health problem alone', () => {
    const setting = settingOf(answersOf(mildAtHome, { 'medical-problems': 'urgent' }));
    expect(setting.level).toBe('hospital');
    expect(setting.medicalWithdrawalManagement).toBe(false);
  });

  describe('hospital (SAFE-3, SET-1)', () => {
    it.each<[string, TypedAnswers]>([
      ['heavy daily alcohol', { alcohol: 'heavy' }],
      ['daily benzodiazepines', { benzodiazepines: 'daily' }],
      ['a seizure in a past withdrawal', { 'withdrawal-history': 'seizure' }],
    ])('is hospital with medically managed withdrawal for %s, even with mild use at home', (_, risk) => {
      const setting = settingOf(answersOf(mildAtHome, risk));
      expect(setting.level).toBe('hospital');
      expect(setting.medicalWithdrawalManagement).toBe(true);
      expect(setting.asamOrientation).toMatch(/ASAM level 3\.7 to 4/);
      expect(setting.sources).toContain('SAFE-3');
    });

    it('is hospital for a health problem that needs care right away', () => {
      const setting = settingOf(answersOf(mildAtHome, { 'medical-problems': 'urgent' }));
      expect(setting.level).toBe('hospital');
      expect(setting.reasons).toEqual([
        { questionId: 'medical-problems', text: 'You said you have a health problem that needs care right away.' },
      ]);
    });

    it('shows only the reasons of the hospital rules, not those of lower levels that also fired', () => {
      const setting = settingOf(answersOf(severeNoSupport, { alcohol: 'heavy', benzodiazepines: 'daily' }));
      expect(setting.level).toBe('hospital');
      expect(setting.reasons.map((reason) => reason.questionId)).toEqual(['alcohol', 'benzodiazepines']);
    });

    it('is hospital from a single answer, with everything else unanswered', () => {
      expect(settingOf(answersOf({ alcohol: 'heavy' })).level).toBe('hospital');
    });
  });

  describe('residential (SET-3)', () => {
    it('is residential for thoughts of suicide or self-harm', () => {
      const setting = settingOf(answersOf(mildAtHome, { 'self-harm-thoughts': 'yes' }));
      expect(setting.level).toBe('residential');
      expect(setting.sources).toContain('SAFE-2');
    });

    it('is residential for severe use with an unsteady home where others use and nobody supports recovery', () => {
      const setting = settingOf(answersOf(severeNoSupport));
      expect(setting.level).toBe('residential');
      expect(setting.reasons.map((reason) => reason.questionId)).toEqual([
        'control',
        'housing',
        'others-use',
        'support-person',
      ]);
    });

    it.each<[string, TypedAnswers]>([
      ['an unsteady home', { housing: 'unstable' }],
      ['no home', { housing: 'none' }],
      ['a home that is not safe', { 'home-safe': 'no' }],
      ['others at home who use', { 'others-use': 'yes' }],
      ['no one who supports recovery', { 'support-person': 'no' }],
    ])('is residential for severe use with %s', (_, home) => {
      expect(settingOf(answersOf(severeAtHome, home)).level).toBe('residential');
    });

    it.each<[string, TypedAnswers]>([
      ['a positive PHQ-2', { 'phq-interest': 'more-than-half', 'phq-down': 'several-days' }],
      ['a positive GAD-2', { 'gad-nervous': 'nearly-every-day' }],
      ['a mental health diagnosis', { 'mental-health-diagnosis': 'yes' }],
    ])('is residential for severe use with %s', (_, mentalHealth) => {
      const setting = settingOf(answersOf(severeAtHome, mentalHealth));
      expect(setting.level).toBe('residential');
    });

    it('is residential after returning to use more than once after outpatient treatment', () => {
      const setting = settingOf(
        answersOf(mildAtHome, {
          'previous-treatment': 'returned-repeatedly',
          'previous-treatment-type': ['outpatient'],
        }),
      );
      expect(setting.level).toBe('residential');
      expect(setting.reasons.map((reason) => reason.questionId)).toEqual([
        'previous-treatment',
        'previous-treatment-type',
      ]);
    });

    it.each<[string, TypedAnswers]>([
      ['no home', { housing: 'none' }],
      ['a home that is not safe', { 'home-safe': 'no' }],
    ])('is residential for moderate use with %s', (_, home) => {
      expect(settingOf(answersOf(moderateAtHome, home)).level).toBe('residential');
    });
  });

  describe('intensive outpatient (SET-3, SET-1)', () => {
    it('is intensive outpatient for severe use at a steady, supportive home', () => {
      const setting = settingOf(answersOf(severeAtHome));
      expect(setting.level).toBe('intensive-outpatient');
      expect(setting.asamOrientation).toMatch(/ASAM level 2\.1 to 2\.5/);
    });

    it('is intensive outpatient for moderate use when others at home use', () => {
      expect(settingOf(answersOf(moderateAtHome, { 'others-use': 'yes' })).level).toBe('intensive-outpatient');
    });

    it('is intensive outpatient for a positive depression screen at mild severity', () => {
      const setting = settingOf(answersOf(mildAtHome, { 'phq-interest': 'nearly-every-day' }));
      expect(setting.level).toBe('intensive-outpatient');
      expect(setting.reasons).toEqual([
        {
          questionId: 'phq-interest',
          text: 'Your answers about low mood add up to 3 out of 6 on a short depression check (PHQ-2). 3 or more is worth a closer look.',
        },
      ]);
      expect(setting.sources).toContain('PHQ-2');
    });

    it('is intensive outpatient for a very bad past withdrawal without a seizure', () => {
      expect(settingOf(answersOf(mildAtHome, { 'withdrawal-history': 'severe' })).level).toBe('intensive-outpatient');
    });

    it('is intensive outpatient after returning to use once after outpatient treatment', () => {
      const answers = answersOf(mildAtHome, {
        'previous-treatment': 'returned-once',
        'previous-treatment-type': ['outpatient', 'medication'],
      });
      expect(settingOf(answers).level).toBe('intensive-outpatient');
    });

    it('stays outpatient when treatment that included no outpatient care was followed by a return to use', () => {
      const answers = answersOf(mildAtHome, {
        'previous-treatment': 'returned-once',
        'previous-treatment-type': ['detox-only'],
      });
      expect(settingOf(answers).level).toBe('outpatient');
    });
  });

  it('is never outpatient for severe use with an unsupportive home, whatever else is answered', () => {
    const homes: TypedAnswers[] = [
      { housing: 'unstable' },
      { housing: 'none' },
      { 'home-safe': 'no' },
      { 'others-use': 'yes' },
      { 'support-person': 'no' },
    ];
    for (const home of homes) {
      for (const extra of [{}, { 'open-to-medication': 'no' }, { 'previous-treatment': 'helped' }] as TypedAnswers[]) {
        expect(settingOf(answersOf(severeAtHome, extra, home)).level).not.toBe('outpatient');
      }
    }
  });

  it('is decided by the single highest-risk answer, not by how many answers look fine', () => {
    const everythingFine = answersOf(mildAtHome, { control: ['none'], 'body-changes': ['none'] });
    expect(settingOf(everythingFine).level).toBe('outpatient');
    expect(settingOf({ ...everythingFine, benzodiazepines: 'daily' }).level).toBe('hospital');
  });

  it('records every rule that fired, including those below the winning level', () => {
    const answers = answersOf(severeNoSupport);
    const { setting, firedRuleIds } = chooseSetting(answers, assessSeverity(answers, enRules), enRules);
    expect(setting.level).toBe('residential');
    expect(firedRuleIds).toEqual(['severe-unsupportive-home', 'severe', 'moderate-unsupportive-home']);
  });

  it('gives every rule a unique id, a description and at least one source', () => {
    expect(new Set(settingRules.map((rule) => rule.id)).size).toBe(settingRules.length);
    for (const rule of settingRules) {
      expect(rule.when).not.toBe('');
      expect(rule.sources.length).toBeGreaterThan(0);
    }
  });
});
