import type { Answers } from '../../../questions/answers.ts';
import type { TypedAnswers } from './support/typed-answers.ts';
import { assessInEnglish } from '../../support/words.ts';
import type { Medication, MedicationId } from '../../../src/rules/recommendation.ts';
import { answersOf, mildAtHome, severeNoSupport } from './fixtures.ts';

function medication(answers: Answers, id: MedicationId): Medication {
  const found = assessInEnglish(answers).medications.find((entry) => entry.id === id);
  if (!found) throw new Error(`no ${id} in the result`);
  return found;
}
const cautionIds = (entry: Medication) => entry.cautions.map((caution) => caution.id);
const noteIds = (entry: Medication) => entry.notes.map((note) => note.id);

describe('medications to discuss', () => {
  it.each<[string, Answers]>([
    ['no answers', {}],
    ['mild use at home', answersOf(mildAtHome)],
    ['severe use', answersOf(severeNoSupport)],
    ['pregnancy', answersOf({ pregnancy: 'pregnant' })],
    ['no interest in medicine', answersOf({ 'open-to-medication': 'no' })],
  ])('always lists all five, in the same order, for %s', (_, answers) => {
    expect(assessInEnglish(answers).medications.map((entry) => entry.id)).toEqual([
      'methadone',
      'buprenorphine',
      'naltrexone',
      'withdrawal-aids',
      'naloxone',
    ]);
  });

  describe('methadone (MED-1)', () => {
    it('is given only at opioid treatment programs, usually daily at first, with careful monitoring', () => {
      const methadone = medication({}, 'methadone');
      expect(methadone.stance).toBe('discuss');
      expect(methadone.howGiven).toMatch(/opioid treatment programs/);
      expect(methadone.howGiven).toMatch(/every day at first/);
      expect(noteIds(methadone)).toContain('methadone-monitoring');
    });

    it.each(['no', 'not-sure'] as const)('suggests asking about buprenorphine when daily visits are "%s"', (daily) => {
      const methadone = medication(answersOf({ 'open-to-medication': 'yes', 'daily-visits': daily }), 'methadone');
      const caution = methadone.cautions.find((entry) => entry.id === 'methadone-daily-visits');
      expect(caution?.sources).toEqual(['MED-1', 'MED-2']);
      expect(caution?.reasons[0]?.questionId).toBe('daily-visits');
    });

    it('has no daily-visit caution when daily visits are possible', () => {
      expect(cautionIds(medication(answersOf(mildAtHome), 'methadone'))).not.toContain('methadone-daily-visits');
    });
  });

  describe('buprenorphine (MED-2, MED-3)', () => {
    it('always says that starting needs mild to moderate withdrawal first', () => {
      const buprenorphine = medication({}, 'buprenorphine');
      expect(cautionIds(buprenorphine)).toEqual(['buprenorphine-start-in-withdrawal']);
      expect(buprenorphine.howGiven).toMatch(/Suboxone/);
      expect(buprenorphine.howGiven).toMatch(/telehealth/);
    });

    it('tells people who use fentanyl to tell the provider and ask about a low-dose start', () => {
      const buprenorphine = medication(answersOf({ 'opioids-used': ['heroin', 'fentanyl'] }), 'buprenorphine');
      const caution = buprenorphine.cautions.find((entry) => entry.id === 'buprenorphine-fentanyl');
      expect(caution?.text).toMatch(/withdrawal can start all at once/);
      expect(caution?.text).toMatch(/low-dose start/);
      expect(caution?.reasons).toEqual([{ questionId: 'opioids-used', text: 'You said you have used fentanyl.' }]);
    });

    it('warns of a longer wait after long-acting opioids such as methadone', () => {
      const answers = answersOf({ 'opioids-used': ['methadone-or-buprenorphine'] });
      expect(cautionIds(medication(answers, 'buprenorphine'))).toContain('buprenorphine-long-acting');
    });
  });

  describe('naltrexone (MED-4, PREG-2)', () => {
    it('always says it needs about 7 to 10 days with no opioids first', () => {
      const naltrexone = medication({}, 'naltrexone');
      expect(naltrexone.stance).toBe('discuss');
      const caution = naltrexone.cautions.find((entry) => entry.id === 'naltrexone-opioid-free-first');
      expect(caution?.text).toMatch(/7 to 10 days/);
      expect(caution?.reasons).toEqual([]);
    });

    it.each(['past-day', 'past-week'] as const)('links the opioid-free caution to last use "%s"', (lastUse) => {
      const naltrexone = medication(answersOf({ 'last-use': lastUse }), 'naltrexone');
      const caution = naltrexone.cautions.find((entry) => entry.id === 'naltrexone-opioid-free-first');
      expect(caution?.reasons[0]?.questionId).toBe('last-use');
    });

    it('notes that it matches a wish for a medicine that is not an opioid', () => {
      const answers = answersOf({ 'open-to-medication': 'yes', 'prefers-non-opioid': 'yes' });
      expect(noteIds(medication(answers, 'naltrexone'))).toContain('naltrexone-non-opioid-wish');
    });

    it('is "not now" until pregnancy is ruled out when someone could be pregnant', () => {
      const naltrexone = medication(answersOf({ pregnancy: 'could-be' }), 'naltrexone');
      expect(naltrexone.stance).toBe('not-now');
      expect(naltrexone.cautions[0]?.text).toMatch(/until pregnancy is ruled out/);
      expect(naltrexone.cautions[0]?.sources).toContain('PREG-2');
    });
  });

  describe('pregnancy (PREG-1, PREG-2)', () => {
    const contexts: [string, TypedAnswers][] = [
      ['alone', {}],
      ['with severe use', severeNoSupport],
      ['with a wish for a non-opioid medicine', { 'open-to-medication': 'yes', 'prefers-non-opioid': 'yes' }],
      ['with no interest in medicine', { 'open-to-medication': 'no' }],
      ['with heavy alcohol and daily benzos', { alcohol: 'heavy', benzodiazepines: 'daily' }],
    ];
    for (const pregnancy of ['pregnant', 'could-be'] as const) {
      it.each(contexts)(
        `never gives naltrexone "discuss" and always keeps methadone and buprenorphine when "${pregnancy}", %s`,
        (_, context) => {
          const result = assessInEnglish(answersOf(context, { pregnancy }));
          const byId = new Map(result.medications.map((entry) => [entry.id, entry]));
          expect(byId.get('naltrexone')?.stance).toBe('not-now');
          for (const id of ['methadone', 'buprenorphine'] as const) {
            expect(byId.get(id)?.stance).toBe('discuss');
            expect(byId.get(id)?.notes.find((note) => note.id === `${id}-pregnancy`)?.sources).toEqual(['PREG-1']);
          }
        },
      );
    }

    it.each(['no', 'recently-gave-birth', 'does-not-apply'] as const)(
      'keeps naltrexone "discuss" when pregnancy is "%s"',
      (pregnancy) => {
        expect(medication(answersOf({ pregnancy }), 'naltrexone').stance).toBe('discuss');
      },
    );
  });

  describe('benzodiazepines and alcohol with opioid medicines (MED-7, SAFE-3)', () => {
    it('cautions on methadone and buprenorphine without taking them off the list', () => {
      const result = assessInEnglish(answersOf({ benzodiazepines: 'sometimes' }));
      for (const id of ['methadone', 'buprenorphine'] as const) {
        const entry = result.medications.find((item) => item.id === id);
        const caution = entry?.cautions.find((item) => item.id === `${id}-mixing`);
        expect(entry?.stance).toBe('discuss');
        expect(caution?.text).toMatch(/not a reason to go without/);
        expect(caution?.sources).toEqual(['MED-7', 'SAFE-3']);
      }
    });

    it('cautions about alcohol alone citing the boxed warning only', () => {
      const caution = medication(answersOf({ alcohol: 'some' }), 'methadone').cautions.find(
        (item) => item.id === 'methadone-mixing',
      );
      expect(caution?.text).toBe(
        'Using alcohol with methadone raises the risk of overdose. Tell your provider what you take.',
      );
      expect(caution?.sources).toEqual(['SAFE-3']);
    });

    it('has no mixing caution when neither is used', () => {
      expect(cautionIds(medication(answersOf(mildAtHome), 'methadone'))).not.toContain('methadone-mixing');
    });
  });

  it('describes withdrawal aids as easing symptoms only, to pair with ongoing care (MED-5, SET-4)', () => {
    const aids = medication({}, 'withdrawal-aids');
    expect(aids.name).toMatch(/lofexidine \(Lucemyra\) or clonidine/);
    expect(aids.notes[0]?.text).toMatch(/Neither one treats opioid use disorder/);
    expect(aids.cautions[0]?.sources).toEqual(['SET-4']);
  });

  describe('naloxone (MED-8, SAFE-4)', () => {
    it('is suggested to everyone, over the counter', () => {
      const naloxone = medication({}, 'naloxone');
      expect(naloxone.howGiven).toMatch(/over the counter/);
      expect(naloxone.cautions).toEqual([]);
    });

    it.each(['jail', 'detox', 'residential'] as const)('warns about lower tolerance after leaving %s', (place) => {
      const caution = medication(answersOf({ 'recent-release': [place] }), 'naloxone').cautions[0];
      expect(caution?.id).toBe('naloxone-after-release');
      expect(caution?.sources).toEqual(['SAFE-4', 'MED-8']);
    });
  });

  it.each(['no', 'not-sure'] as const)(
    'reminds people answering "%s" about medicine that they can still ask (MED-6)',
    (open) => {
      const result = assessInEnglish(answersOf({ 'open-to-medication': open }));
      const note = result.medicationNotes.find((entry) => entry.id === 'medicine-still-an-option');
      expect(note?.sources).toEqual(['MED-6']);
      expect(note?.reasons.map((reason) => reason.questionId)).toEqual(['open-to-medication']);
    },
  );

  it('does not add the reminder for someone open to medicine, but still says the choice is theirs', () => {
    const ids = assessInEnglish(answersOf(mildAtHome)).medicationNotes.map((note) => note.id);
    expect(ids).not.toContain('medicine-still-an-option');
    expect(ids).toContain('medicines-help');
  });
});
