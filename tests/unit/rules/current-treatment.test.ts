/**
 * Someone who already takes a medicine for opioid use disorder (CONT-1, CONT-2): keep taking it
 * and decide changes with the prescriber; no start-up cautions; tolerance and withdrawal from
 * methadone or buprenorphine taken as prescribed do not count; stable on it means "in treatment",
 * not a setting from scratch; a medicine that is not working means a talk with the prescriber and a
 * setting again.
 */
import type { Answers } from '../../../questions/answers.ts';
import { assessInEnglish, enRules } from '../../support/words.ts';
import { assessSeverity } from '../../../src/rules/severity.ts';
import type { Recommendation } from '../../../src/rules/recommendation.ts';
import { answersOf, mildAtHome, severeNoSupport } from './fixtures.ts';

const onMedicine = ['methadone', 'buprenorphine', 'naltrexone'] as const;
/** The cautions about starting a medicine (MED-1, MED-3, MED-4). */
const startUpCautions = [
  'methadone-visits',
  'buprenorphine-start-in-withdrawal',
  'buprenorphine-fentanyl',
  'buprenorphine-long-acting',
  'naltrexone-opioid-free-first',
];
const medicineCautionIds = (result: Recommendation) =>
  result.medications.flatMap((medicine) => medicine.cautions.map((caution) => caution.id));
const noteIds = (result: Recommendation) => result.medicationNotes.map((note) => note.id);

/** Answers that would bring every start-up caution to someone starting. */
const everyStartUpRisk = answersOf(severeNoSupport, {
  'opioids-used': ['fentanyl', 'methadone-or-buprenorphine'],
  'last-use': 'past-day',
  'open-to-medication': 'yes',
  'daily-visits': 'no',
});

describe('someone taking a medicine for opioid use now (CONT-1)', () => {
  it('gets every start-up caution when starting, so the next test can fail', () => {
    const cautions = medicineCautionIds(assessInEnglish(answersOf(everyStartUpRisk, { 'current-medicine': 'none' })));
    expect(cautions).toEqual(expect.arrayContaining(startUpCautions));
  });

  it.each(onMedicine)('gets no start-up caution while taking %s, whatever else was answered', (medicine) => {
    for (const working of ['yes', 'not-sure', 'no'] as const) {
      const result = assessInEnglish(
        answersOf(everyStartUpRisk, { 'current-medicine': medicine, 'medicine-working': working }),
      );
      expect(medicineCautionIds(result).filter((id) => startUpCautions.includes(id))).toEqual([]);
    }
  });

  it.each(onMedicine)(
    'is told to keep taking %s, not to stop suddenly, and to decide changes with the prescriber',
    (medicine) => {
      const result = assessInEnglish(answersOf(mildAtHome, { 'current-medicine': medicine }));
      const note = result.medicationNotes[0];
      expect(note?.id).toBe('keep-taking-your-medicine');
      expect(note?.text).toBe(
        `Keep taking your ${medicine}. Do not stop it suddenly: stopping raises the risk of overdose. Decide any change to the dose, the medicine or the clinic together with your prescriber.`,
      );
      expect(note?.sources).toEqual(['CONT-1']);
      expect(note?.reasons.map((reason) => reason.questionId)).toEqual(['current-medicine']);
    },
  );

  it.each(['none', 'dont-know'] as const)('gets no "keep taking it" note for a current medicine "%s"', (medicine) => {
    const result = assessInEnglish(answersOf(mildAtHome, { 'current-medicine': medicine }));
    expect(noteIds(result)).not.toContain('keep-taking-your-medicine');
    expect(medicineCautionIds(result)).toContain('buprenorphine-start-in-withdrawal');
  });

  it('speaks of "their" medicine to someone answering for another', () => {
    const note = assessInEnglish(answersOf({ 'current-medicine': 'buprenorphine' }), 'other').medicationNotes[0];
    expect(note?.text).toMatch(/^They should keep taking their buprenorphine/);
  });

  it('lists the medicine taken now first, and still lists all five', () => {
    for (const medicine of onMedicine) {
      const ids = assessInEnglish(
        answersOf(mildAtHome, {
          'current-medicine': medicine,
          'recent-overdose': 'yes',
          'daily-visits': 'no',
          'prefers-non-opioid': 'yes',
        }),
      ).medications.map((item) => item.id);
      expect(ids[0]).toBe(medicine);
      expect(ids.toSorted()).toEqual(['buprenorphine', 'methadone', 'naloxone', 'naltrexone', 'withdrawal-aids']);
    }
  });
});

describe('in treatment, and it is working (CONT-1, CONT-2)', () => {
  it.each(onMedicine)('suggests no setting from scratch for someone stable on %s', (medicine) => {
    const result = assessInEnglish(
      answersOf(severeNoSupport, { 'current-medicine': medicine, 'medicine-working': 'yes' }),
    );
    expect(result.setting).toBeNull();
    expect(result.insteadOfSetting?.id).toBe('in-treatment');
    expect(result.insteadOfSetting?.text).toBe(
      'You are already in treatment, and it is working. Keep going. If you want a change, talk it over with the person who prescribes your medicine.',
    );
    expect(result.insteadOfSetting?.sources).toEqual(['CONT-1', 'CONT-2']);
    expect(result.insteadOfSetting?.reasons.map((reason) => reason.questionId)).toEqual([
      'current-medicine',
      'medicine-working',
    ]);
  });

  it.each<[string, Answers]>([
    ['heavy drinking', { alcohol: 'heavy' }],
    [
      'daily benzodiazepines not prescribed',
      { benzodiazepines: 'daily', 'benzodiazepines-prescribed': 'not-prescribed' },
    ],
    ['danger signs now', { 'danger-signs-now': 'yes' }],
    ['an urgent health problem', { 'health-now': ['urgent'] }],
  ])('still gets hospital care for %s (SET-1, SAFE-3, WD-1)', (_, risk) => {
    const result = assessInEnglish(
      answersOf(mildAtHome, { 'current-medicine': 'methadone', 'medicine-working': 'yes', ...risk }),
    );
    expect(result.insteadOfSetting).toBeNull();
    expect(result.setting?.level).toBe('hospital');
  });

  it('still gets naloxone, the cautions that apply and the helpline', () => {
    const result = assessInEnglish(
      answersOf(mildAtHome, {
        'current-medicine': 'methadone',
        'medicine-working': 'yes',
        benzodiazepines: 'sometimes',
        responsibilities: ['children'],
      }),
    );
    expect(result.medications.find((item) => item.id === 'naloxone')?.stance).toBe('discuss');
    expect(result.cautions.map((item) => item.id)).toContain('opioids-with-benzos-or-alcohol');
    const steps = result.nextSteps.map((step) => step.id);
    expect(steps).toContain('samhsa-helpline');
    expect(steps).toContain('medicines-and-children');
  });

  it.each(['not-sure', 'no'] as const)(
    'suggests a setting again, and a talk with the prescriber, when the medicine working is "%s"',
    (working) => {
      const result = assessInEnglish(
        answersOf(severeNoSupport, { 'current-medicine': 'methadone', 'medicine-working': working }),
      );
      expect(result.insteadOfSetting).toBeNull();
      expect(result.setting?.level).toBe('residential');
      const note = result.medicationNotes.find((item) => item.id === 'medicine-not-working');
      expect(note?.text).toMatch(/^Tell your prescriber that the medicine is not working well for you/);
      expect(note?.sources).toEqual(['CONT-1']);
      expect(note?.reasons.map((reason) => reason.questionId)).toEqual(['current-medicine', 'medicine-working']);
    },
  );

  it('has no "not working" note when it works, or when no medicine is taken', () => {
    const working = assessInEnglish(
      answersOf(mildAtHome, { 'current-medicine': 'naltrexone', 'medicine-working': 'yes' }),
    );
    expect(noteIds(working)).not.toContain('medicine-not-working');
    const none = assessInEnglish({
      ...answersOf(mildAtHome, { 'current-medicine': 'none' }),
      'medicine-working': 'no',
    });
    expect(noteIds(none)).not.toContain('medicine-not-working');
  });

  it('gives a setting when whether the medicine works was not answered', () => {
    const result = assessInEnglish(answersOf(mildAtHome, { 'current-medicine': 'buprenorphine' }));
    expect(result.setting?.level).toBe('outpatient');
    expect(result.insteadOfSetting).toBeNull();
  });
});

describe('tolerance and withdrawal from methadone or buprenorphine do not count (CONT-2)', () => {
  const body = { control: ['craving', 'more-than-meant'], 'body-changes': ['tolerance', 'withdrawal'] } as const;

  it.each(['methadone', 'buprenorphine'] as const)('leaves them out for someone taking %s now', (medicine) => {
    const { severity, reasons } = assessSeverity(answersOf(body, { 'current-medicine': medicine }), enRules);
    expect(severity).toEqual({ level: 'mild', criteriaCount: 2, sources: ['SEV-1', 'SEV-2', 'CONT-2'] });
    expect(reasons).toEqual([
      {
        questionId: 'control',
        text: 'You said 2 of the 11 things that providers ask about happened in the past 12 months. 2 or 3 is counted as mild.',
      },
      { questionId: 'current-medicine', text: `You said you take ${medicine} for opioid use now.` },
      { questionId: 'body-changes', text: 'So needing more, or feeling sick when you stop, does not count here.' },
    ]);
  });

  it.each(['naltrexone', 'none', 'dont-know'] as const)('counts them for a current medicine "%s"', (medicine) => {
    const { severity } = assessSeverity(answersOf(body, { 'current-medicine': medicine }), enRules);
    expect(severity).toEqual({ level: 'moderate', criteriaCount: 4, sources: ['SEV-1', 'SEV-2'] });
  });

  it('says nothing about them when none was ticked', () => {
    const { severity, reasons } = assessSeverity(
      answersOf({ control: ['craving', 'much-time'], 'body-changes': ['none'], 'current-medicine': 'methadone' }),
      enRules,
    );
    expect(severity.sources).toEqual(['SEV-1', 'SEV-2']);
    expect(reasons.map((reason) => reason.questionId)).toEqual(['control']);
  });

  it('cites both SEV-3 and CONT-2 for pain pills as prescribed while on buprenorphine', () => {
    const { severity } = assessSeverity(
      answersOf(body, { 'current-medicine': 'buprenorphine', 'opioids-used': ['pills-as-prescribed'] }),
      enRules,
    );
    expect(severity.sources).toEqual(['SEV-1', 'SEV-2', 'SEV-3', 'CONT-2']);
    expect(severity.criteriaCount).toBe(2);
  });

  it('is "in treatment", never "fewer than two signs", for someone on medicine whose count falls below two (SEV-4)', () => {
    const few = { control: ['craving'], 'life-impact': ['none'], 'body-changes': ['tolerance', 'withdrawal'] } as const;
    const stable = assessInEnglish(answersOf(few, { 'current-medicine': 'methadone', 'medicine-working': 'yes' }));
    expect(stable.severity.level).toBe('none');
    expect(stable.insteadOfSetting?.id).toBe('in-treatment');
    const unsure = assessInEnglish(answersOf(few, { 'current-medicine': 'methadone', 'medicine-working': 'not-sure' }));
    expect(unsure.insteadOfSetting).toBeNull();
    expect(unsure.setting?.level).toBe('outpatient');
  });
});

describe('stopping methadone or buprenorphine (SAFE-4)', () => {
  it('warns about lost tolerance and suggests naloxone after stopping it in the past month', () => {
    const answers: Answers = answersOf(mildAtHome, { 'recent-release': ['stopped-medicine'] });
    const result = assessInEnglish(answers);
    expect(result.cautions.map((item) => item.id)).toEqual(['tolerance-after-release', 'carry-naloxone']);
    expect(result.cautions[0]?.text).toMatch(
      /after stopping methadone or buprenorphine, your body can handle much less/,
    );
    expect(result.cautions[0]?.reasons.map((reason) => reason.text)).toEqual([
      'You said you stopped methadone or buprenorphine in the past month.',
    ]);
  });
});
