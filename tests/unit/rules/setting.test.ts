import type { Answers } from '../../../questions/answers.ts';
import type { TypedAnswers } from './support/typed-answers.ts';
import { assessInEnglish, enRules } from '../../support/words.ts';
import { chooseSetting } from '../../../src/rules/setting.ts';
import { settingRules } from '../../../src/rules/setting-rules.ts';
import { assessSeverity } from '../../../src/rules/severity.ts';
import { answersOf, mildAtHome, moderateAtHome, severeNoSupport } from './fixtures.ts';
import { severityBuckets } from './support/enumerate.ts';

/** The suggested setting, for answers that get one (no gate applies). */
function settingOf(answers: Answers) {
  const { setting } = assessInEnglish(answers);
  if (!setting) throw new Error('no setting for these answers');
  return setting;
}
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
    const setting = settingOf(answersOf(mildAtHome, { 'health-now': ['urgent'] }));
    expect(setting.level).toBe('hospital');
    expect(setting.medicalWithdrawalManagement).toBe(false);
  });

  describe('hospital (SAFE-3, SET-1)', () => {
    it.each<[string, TypedAnswers]>([
      ['heavy daily alcohol', { alcohol: 'heavy' }],
      ['daily benzodiazepines', { benzodiazepines: 'daily' }],
      [
        'daily benzodiazepines not prescribed',
        { benzodiazepines: 'daily', 'benzodiazepines-prescribed': 'not-prescribed' },
      ],
      [
        'daily benzodiazepines perhaps not prescribed',
        { benzodiazepines: 'daily', 'benzodiazepines-prescribed': 'not-sure' },
      ],
      ['a past withdrawal seizure with heavy drinking', { 'withdrawal-history': 'seizure', alcohol: 'heavy' }],
    ])('is hospital with medically managed withdrawal for %s, even with mild use at home', (_, risk) => {
      const setting = settingOf(answersOf(mildAtHome, risk));
      expect(setting.level).toBe('hospital');
      expect(setting.medicalWithdrawalManagement).toBe(true);
      expect(setting.asamOrientation).toMatch(/ASAM level 3\.7 to 4/);
      expect(setting.sources).toContain('SAFE-3');
    });

    it('is hospital for a health problem that needs care right away', () => {
      const setting = settingOf(answersOf(mildAtHome, { 'health-now': ['urgent', 'ongoing'] }));
      expect(setting.level).toBe('hospital');
      expect(setting.reasons).toEqual([
        { questionId: 'health-now', text: 'You said you have a health problem that needs care right away.' },
      ]);
    });

    it('is hospital, without medically managed withdrawal, for danger signs of withdrawal now (WD-1)', () => {
      const setting = settingOf(answersOf(mildAtHome, { 'danger-signs-now': 'yes' }));
      expect(setting.level).toBe('hospital');
      expect(setting.medicalWithdrawalManagement).toBe(false);
      expect(setting.sources).toContain('WD-1');
      expect(setting.reasons.map((reason) => reason.questionId)).toEqual(['danger-signs-now']);
    });

    it('cites the seizure with heavy drinking among the reasons for hospital care', () => {
      const setting = settingOf(answersOf(mildAtHome, { 'withdrawal-history': 'seizure', alcohol: 'heavy' }));
      expect(setting.reasons.map((reason) => reason.questionId)).toEqual(['alcohol', 'withdrawal-history']);
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

  describe('a past withdrawal seizure without heavy drinking or daily benzos now (SAFE-3)', () => {
    it.each<[string, TypedAnswers]>([
      ['no alcohol or benzos', {}],
      ['a little alcohol and occasional benzos', { alcohol: 'some', benzodiazepines: 'sometimes' }],
      ['daily benzos taken as prescribed', { benzodiazepines: 'daily', 'benzodiazepines-prescribed': 'as-prescribed' }],
    ])('is intensive outpatient, not hospital, with %s', (_, now) => {
      const result = assessInEnglish(answersOf(mildAtHome, { 'withdrawal-history': 'seizure' }, now));
      expect(result.setting?.level).toBe('intensive-outpatient');
      expect(result.setting?.medicalWithdrawalManagement).toBe(false);
      const caution = result.cautions.find((item) => item.id === 'past-seizure');
      expect(caution?.sources).toEqual(['SAFE-3']);
      expect(caution?.reasons.map((reason) => reason.questionId)).toEqual(['withdrawal-history']);
    });

    it('has no separate "tell your provider" caution when the seizure already calls for hospital care', () => {
      const result = assessInEnglish(answersOf(mildAtHome, { 'withdrawal-history': 'seizure', alcohol: 'heavy' }));
      expect(result.cautions.map((item) => item.id)).not.toContain('past-seizure');
    });
  });

  describe('a benzodiazepine taken as prescribed (SAFE-3)', () => {
    const prescribed = { benzodiazepines: 'daily', 'benzodiazepines-prescribed': 'as-prescribed' } as const;

    it('is not hospital by itself, and says not to stop it suddenly and to talk to the prescriber', () => {
      const result = assessInEnglish(answersOf(mildAtHome, prescribed));
      expect(result.setting?.level).toBe('outpatient');
      expect(result.setting?.medicalWithdrawalManagement).toBe(false);
      const ids = result.cautions.map((item) => item.id);
      expect(ids).toEqual(['opioids-with-benzos-or-alcohol', 'prescribed-benzos']);
      const caution = result.cautions[1];
      expect(caution?.text).toBe(
        'Do not stop your benzos suddenly. Talk to the doctor who prescribes them before any change.',
      );
      expect(caution?.reasons.map((reason) => reason.questionId)).toEqual([
        'benzodiazepines',
        'benzodiazepines-prescribed',
      ]);
    });

    it('still gets the overdose caution on methadone and buprenorphine (MED-7)', () => {
      const result = assessInEnglish(answersOf(mildAtHome, prescribed));
      for (const id of ['methadone', 'buprenorphine']) {
        const medicine = result.medications.find((item) => item.id === id);
        expect(medicine?.cautions.map((item) => item.id)).toContain(`${id}-mixing`);
      }
    });

    it('is hospital when heavy drinking comes with it, naming only the drinking as what not to stop alone', () => {
      const result = assessInEnglish(answersOf(mildAtHome, prescribed, { alcohol: 'heavy' }));
      expect(result.setting?.level).toBe('hospital');
      const caution = result.cautions.find((item) => item.id === 'do-not-stop-suddenly-alone');
      expect(caution?.text).toMatch(/^Do not stop drinking suddenly/);
    });
  });

  describe('residential (SET-3)', () => {
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

    it('is residential after returning to use more than once after treatment that included medicine', () => {
      const setting = settingOf(
        answersOf(mildAtHome, {
          'previous-treatment': 'returned-repeatedly',
          'previous-treatment-type': ['outpatient', 'medication'],
        }),
      );
      expect(setting.level).toBe('residential');
      expect(setting.sources).toContain('SET-6');
      expect(setting.reasons).toEqual([
        { questionId: 'previous-treatment', text: 'You said you started using again after treatment more than once.' },
        {
          questionId: 'previous-treatment-type',
          text: 'You said your treatment included medicine such as methadone, buprenorphine or naltrexone.',
        },
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
          // The person reads no scale name ("PHQ-2"): that is for the case note and the printout.
          text: 'Your answers about low mood add up to 3 out of 6 on a short depression check. 3 or more is worth a closer look.',
        },
      ]);
      expect(setting.sources).toContain('PHQ-2');
    });

    it('is intensive outpatient for a very bad past withdrawal without a seizure', () => {
      expect(settingOf(answersOf(mildAtHome, { 'withdrawal-history': 'severe' })).level).toBe('intensive-outpatient');
    });

    it('is intensive outpatient after returning to use once after treatment that included medicine', () => {
      const answers = answersOf(mildAtHome, {
        'previous-treatment': 'returned-once',
        'previous-treatment-type': ['outpatient', 'medication'],
      });
      expect(settingOf(answers).level).toBe('intensive-outpatient');
    });

    it('is intensive outpatient for severe use at a steady, safe home with no support person but a job or children', () => {
      for (const responsibilities of [['work'], ['children'], ['work', 'children']] as const) {
        const result = assessInEnglish(answersOf(severeAtHome, { 'support-person': 'no', responsibilities }));
        expect(result.setting?.level).toBe('intensive-outpatient');
        const keep = result.support.find((item) => item.id === 'keep-work-and-children');
        expect(keep?.text).toMatch(
          /intensive outpatient program and take medicine\. Or you could get buprenorphine by telehealth/,
        );
        expect(keep?.sources).toEqual(['SET-3', 'SET-6', 'MED-2']);
      }
    });
  });

  describe('return to use after care without medicine (SET-6)', () => {
    it.each<[string, TypedAnswers['previous-treatment-type']]>([
      ['counseling or a program from home', ['outpatient']],
      ['a residential stay', ['residential']],
      ['detox only', ['detox-only']],
    ])('adds medicine before raising the setting after %s, even more than once', (_, types) => {
      for (const returned of ['returned-once', 'returned-repeatedly'] as const) {
        const result = assessInEnglish(
          answersOf(mildAtHome, { 'previous-treatment': returned, 'previous-treatment-type': types }),
        );
        expect(result.setting?.level).toBe('outpatient');
        const note = result.medicationNotes.find((item) => item.id === 'add-medicine-first');
        expect(note?.sources).toEqual(['SET-6']);
        expect(note?.reasons.map((reason) => reason.questionId)).toEqual([
          'previous-treatment',
          'previous-treatment-type',
        ]);
      }
    });

    it('does not add the note when the care included medicine, or when the treatment helped', () => {
      const ids = (answers: TypedAnswers) =>
        assessInEnglish(answersOf(mildAtHome, answers)).medicationNotes.map((item) => item.id);
      expect(
        ids({ 'previous-treatment': 'returned-once', 'previous-treatment-type': ['outpatient', 'medication'] }),
      ).not.toContain('add-medicine-first');
      expect(ids({ 'previous-treatment': 'helped', 'previous-treatment-type': ['outpatient'] })).not.toContain(
        'add-medicine-first',
      );
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
    const everythingFine = answersOf(mildAtHome, { 'body-changes': ['none'] });
    expect(settingOf(everythingFine).level).toBe('outpatient');
    expect(settingOf({ ...everythingFine, benzodiazepines: 'daily' }).level).toBe('hospital');
  });

  it('records every rule that fired, including those below the winning level', () => {
    const answers = answersOf(severeNoSupport);
    const { setting, firedRuleIds } = chooseSetting(answers, assessSeverity(answers, enRules), enRules);
    expect(setting?.level).toBe('residential');
    expect(firedRuleIds).toEqual([
      'severe-unsupportive-home',
      'severe-without-support',
      'severe',
      'moderate-unsupportive-home',
    ]);
  });

  it.each<[string, TypedAnswers, string[]]>([
    ['heavy drinking', { alcohol: 'heavy' }, ['heavy-alcohol']],
    ['daily benzos', { benzodiazepines: 'daily' }, ['daily-benzodiazepines']],
    [
      'a past seizure with heavy drinking',
      { alcohol: 'heavy', 'withdrawal-history': 'seizure' },
      ['heavy-alcohol', 'withdrawal-seizure', 'severe-withdrawal'],
    ],
    ['danger signs now', { 'danger-signs-now': 'yes' }, ['dangerous-withdrawal-now']],
    ['an urgent health problem', { 'health-now': ['urgent'] }, ['urgent-medical']],
    [
      'severe use at an unsteady home',
      { ...severityBuckets.severe, housing: 'unstable' },
      ['severe-unsupportive-home', 'severe', 'moderate-unsupportive-home'],
    ],
    [
      'severe use with no support person',
      { ...severityBuckets.severe, 'support-person': 'no' },
      ['severe-without-support', 'severe', 'moderate-unsupportive-home'],
    ],
    [
      'severe use with a mental health diagnosis',
      { ...severityBuckets.severe, 'mental-health-diagnosis': 'yes' },
      ['severe-co-occurring', 'severe', 'co-occurring'],
    ],
    [
      'return to use more than once after care with medicine',
      { 'previous-treatment': 'returned-repeatedly', 'previous-treatment-type': ['medication'] },
      ['returned-repeatedly-after-medication', 'returned-after-medication'],
    ],
    [
      'return to use once after care with medicine',
      { 'previous-treatment': 'returned-once', 'previous-treatment-type': ['medication'] },
      ['returned-after-medication'],
    ],
    [
      'moderate use with no home',
      { ...severityBuckets.moderate, housing: 'none' },
      ['moderate-unsafe-home', 'moderate-unsupportive-home', 'mild-unsafe-home'],
    ],
    [
      'mild use at a home that is not safe',
      { ...severityBuckets.mild, housing: 'stable', 'home-safe': 'no' },
      ['mild-unsafe-home'],
    ],
    ['severe use at a steady, supportive home', { ...severityBuckets.severe, housing: 'stable' }, ['severe']],
    [
      'moderate use where others at home use',
      { ...severityBuckets.moderate, housing: 'stable', 'others-use': 'yes' },
      ['moderate-unsupportive-home'],
    ],
    ['a mental health diagnosis', { 'mental-health-diagnosis': 'yes' }, ['co-occurring']],
    ['a very bad past withdrawal', { 'withdrawal-history': 'severe' }, ['severe-withdrawal']],
  ])('fires, under their own ids, exactly the rules for %s', (_, typed, fired) => {
    const answers = answersOf(typed);
    expect(chooseSetting(answers, assessSeverity(answers, enRules), enRules).firedRuleIds).toEqual(fired);
  });

  it('gives every rule a unique id, a description and at least one source', () => {
    expect(new Set(settingRules.map((rule) => rule.id)).size).toBe(settingRules.length);
    for (const rule of settingRules) {
      expect(rule.when).not.toBe('');
      expect(rule.sources.length).toBeGreaterThan(0);
    }
  });
});
