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
    ['severe use at a clinic they can get to', answersOf(severeNoSupport, { 'daily-visits': 'yes' })],
    ['pregnancy', answersOf({ pregnancy: 'pregnant' })],
    ['no interest in medicine', answersOf({ 'open-to-medication': 'no' })],
  ])('lists all five, in the usual order, for %s', (_, answers) => {
    expect(assessInEnglish(answers).medications.map((entry) => entry.id)).toEqual([
      'methadone',
      'buprenorphine',
      'naltrexone',
      'withdrawal-aids',
      'naloxone',
    ]);
  });

  describe('methadone (MED-1, OTP-1)', () => {
    it('is given only at opioid treatment programs, with careful monitoring and take-home doses possible early', () => {
      const methadone = medication({}, 'methadone');
      expect(methadone.stance).toBe('discuss');
      expect(methadone.howGiven).toMatch(/opioid treatment programs/);
      expect(noteIds(methadone)).toEqual(['methadone-monitoring', 'methadone-take-home']);
      const takeHome = methadone.notes[1];
      expect(takeHome?.text).toMatch(/take-home doses from the first week/);
      expect(takeHome?.text).toMatch(/\bmay\b/);
      expect(takeHome?.sources).toEqual(['OTP-1', 'MED-1']);
    });

    it('never says that visits are every day at first, as a rule (MED-1 since the 2024 rule)', () => {
      const methadone = medication(answersOf({ 'open-to-medication': 'yes', 'daily-visits': 'no' }), 'methadone');
      const texts = [methadone.howGiven, ...[...methadone.notes, ...methadone.cautions].map((item) => item.text)];
      expect(texts.filter((text) => /every day|daily/i.test(text))).toEqual([]);
    });

    it.each<[string, TypedAnswers, string]>([
      ['daily visits are "no"', { 'open-to-medication': 'yes', 'daily-visits': 'no' }, 'daily-visits'],
      ['daily visits are "not sure"', { 'open-to-medication': 'yes', 'daily-visits': 'not-sure' }, 'daily-visits'],
      ['getting to a clinic is hard', { transport: 'hard' }, 'transport'],
      ['there is no way to a clinic', { transport: 'no' }, 'transport'],
      ['there is a job to keep', { responsibilities: ['work'] }, 'responsibilities'],
    ])('suggests take-home doses or buprenorphine when %s', (_, answers, questionId) => {
      const methadone = medication(answersOf(answers), 'methadone');
      const caution = methadone.cautions.find((entry) => entry.id === 'methadone-visits');
      expect(caution?.text).toMatch(/take-home doses\. Or ask about buprenorphine/);
      expect(caution?.sources).toEqual(['MED-1', 'OTP-1', 'MED-2']);
      expect(caution?.reasons.map((reason) => reason.questionId)).toEqual([questionId]);
    });

    it('has no clinic-visit caution when visits are possible, with children or school but no job', () => {
      expect(cautionIds(medication(answersOf(mildAtHome), 'methadone'))).not.toContain('methadone-visits');
      const withChildren = answersOf(mildAtHome, { responsibilities: ['children', 'school'] });
      expect(cautionIds(medication(withChildren, 'methadone'))).not.toContain('methadone-visits');
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
    it('says it needs about 7 to 10 days with no opioids first, longer after methadone or buprenorphine', () => {
      const naltrexone = medication({}, 'naltrexone');
      expect(naltrexone.stance).toBe('discuss');
      const caution = naltrexone.cautions.find((entry) => entry.id === 'naltrexone-opioid-free-first');
      expect(caution?.text).toBe(
        'You need about 7 to 10 days with no opioids before you start, and longer after methadone or buprenorphine. Starting too soon brings on bad withdrawal.',
      );
      expect(caution?.sources).toEqual(['MED-4']);
      expect(caution?.reasons).toEqual([]);
    });

    it.each(['past-day', 'past-week'] as const)('links the opioid-free caution to last use "%s"', (lastUse) => {
      const naltrexone = medication(answersOf({ 'last-use': lastUse }), 'naltrexone');
      const caution = naltrexone.cautions.find((entry) => entry.id === 'naltrexone-opioid-free-first');
      expect(caution?.reasons.map((reason) => reason.questionId)).toEqual(['last-use']);
    });

    it.each(['past-month', 'dont-know'] as const)(
      'keeps the opioid-free caution, unexplained, for last use "%s"',
      (lastUse) => {
        const naltrexone = medication(answersOf({ 'last-use': lastUse }), 'naltrexone');
        const caution = naltrexone.cautions.find((entry) => entry.id === 'naltrexone-opioid-free-first');
        expect(caution?.reasons).toEqual([]);
      },
    );

    it('does not put the wait in the way of someone already opioid-free for more than 30 days', () => {
      const naltrexone = medication(answersOf({ 'last-use': 'longer' }), 'naltrexone');
      expect(cautionIds(naltrexone)).not.toContain('naltrexone-opioid-free-first');
      expect(naltrexone.stance).toBe('discuss');
    });

    it('warns that overdose risk is high after stopping it or missing a dose, and that it blocks pain medicine', () => {
      const naltrexone = medication({}, 'naltrexone');
      const byId = new Map(naltrexone.cautions.map((item) => [item.id, item]));
      expect(byId.get('naltrexone-after-stopping')?.text).toMatch(/stop naltrexone, or miss a dose.*overdose/);
      expect(byId.get('naltrexone-after-stopping')?.sources).toEqual(['MED-4']);
      expect(byId.get('naltrexone-blocks-pain-medicine')?.sources).toEqual(['MED-4', 'PAIN-1']);
    });

    it('says it is not an opioid, and never calls it "not addictive" (WORDS-1)', () => {
      const naltrexone = medication({}, 'naltrexone');
      const note = naltrexone.notes.find((item) => item.id === 'naltrexone-not-opioid');
      expect(note?.text).toBe('Naltrexone is not an opioid.');
      expect(note?.sources).toEqual(['MED-4', 'WORDS-1']);
    });

    it('notes that it matches a wish for a medicine that is not an opioid', () => {
      const answers = answersOf({ 'open-to-medication': 'yes', 'prefers-non-opioid': 'yes' });
      expect(noteIds(medication(answers, 'naltrexone'))).toContain('naltrexone-non-opioid-wish');
    });

    it('is "not now" until pregnancy is ruled out when someone could be pregnant', () => {
      const naltrexone = medication(answersOf({ pregnancy: 'could-be' }), 'naltrexone');
      expect(naltrexone.stance).toBe('not-now');
      expect(naltrexone.sources).toEqual(['MED-4', 'MED-6', 'PREG-2']);
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
        `never gives naltrexone or withdrawal aids "discuss" and always keeps methadone and buprenorphine when "${pregnancy}", %s`,
        (_, context) => {
          const result = assessInEnglish(answersOf(context, { pregnancy }));
          const byId = new Map(result.medications.map((entry) => [entry.id, entry]));
          expect(byId.get('naltrexone')?.stance).toBe('not-now');
          expect(byId.get('withdrawal-aids')?.stance).toBe('not-now');
          for (const id of ['methadone', 'buprenorphine'] as const) {
            expect(byId.get(id)?.stance).toBe('discuss');
            expect(byId.get(id)?.notes.find((note) => note.id === `${id}-pregnancy`)?.sources).toContain('PREG-1');
          }
        },
      );
    }

    it.each(['no', 'recently-gave-birth', 'does-not-apply', 'prefer-not-to-say', 'dont-know'] as const)(
      'keeps naltrexone and withdrawal aids "discuss" when pregnancy is "%s"',
      (pregnancy) => {
        expect(medication(answersOf({ pregnancy }), 'naltrexone').stance).toBe('discuss');
        expect(medication(answersOf({ pregnancy }), 'withdrawal-aids').stance).toBe('discuss');
      },
    );

    it('notes that methadone clinics are asked to take pregnant people first (PREG-4, OTP-1)', () => {
      const note = medication(answersOf({ pregnancy: 'pregnant' }), 'methadone').notes.find(
        (item) => item.id === 'methadone-pregnancy',
      );
      expect(note?.sources).toEqual(['PREG-1', 'OTP-1']);
      expect(note?.text).toMatch(/asked to take pregnant people first/);
    });
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

  it('describes withdrawal aids as easing opioid withdrawal only, to pair with ongoing care (MED-5, SET-4)', () => {
    const aids = medication({}, 'withdrawal-aids');
    expect(aids.name).toMatch(/lofexidine \(Lucemyra\) or clonidine/);
    expect(aids.notes[0]?.text).toMatch(/only ease the symptoms of opioid withdrawal/);
    expect(aids.notes[0]?.text).toMatch(/Neither one treats opioid use disorder/);
    expect(aids.cautions.map((item) => item.id)).toEqual(['withdrawal-aids-need-ongoing-care']);
    expect(aids.cautions[0]?.sources).toEqual(['SET-4']);
  });

  it.each<[string, TypedAnswers]>([
    ['any alcohol', { alcohol: 'some' }],
    ['heavy drinking', { alcohol: 'heavy' }],
    ['occasional benzos', { benzodiazepines: 'sometimes' }],
  ])('says withdrawal aids do not treat alcohol or benzo withdrawal, for %s (MED-5, SAFE-3)', (_, answers) => {
    const caution = medication(answersOf(answers), 'withdrawal-aids').cautions.find(
      (item) => item.id === 'withdrawal-aids-not-for-alcohol-or-benzos',
    );
    expect(caution?.text).toBe(
      'They are for opioid withdrawal only. They do not make it safe to stop drinking or taking benzos.',
    );
    expect(caution?.sources).toEqual(['MED-5', 'SAFE-3']);
  });

  it('in pregnancy, shows withdrawal aids as not the plan, pointing to methadone or buprenorphine (PREG-6)', () => {
    const aids = medication(answersOf({ pregnancy: 'pregnant' }), 'withdrawal-aids');
    expect(aids.stance).toBe('not-now');
    expect(aids.sources).toEqual(['MED-5', 'PREG-6']);
    const caution = aids.cautions.find((item) => item.id === 'withdrawal-aids-pregnancy');
    expect(caution?.text).toMatch(/^These are not the plan in pregnancy. Ask about methadone or buprenorphine instead/);
    expect(caution?.text).toMatch(/care team decides/);
    expect(caution?.sources).toEqual(['PREG-6', 'PREG-1']);
  });

  describe('naloxone (MED-8, SAFE-4)', () => {
    it('is suggested to everyone, over the counter', () => {
      const naloxone = medication({}, 'naloxone');
      expect(naloxone.howGiven).toMatch(/over the counter/);
      expect(naloxone.sources).toEqual(['MED-8']);
      expect(naloxone.cautions).toEqual([]);
    });

    it('says how to use it: call 911, stay, a second dose after 2 to 3 minutes, and that it can wear off (SAFE-1)', () => {
      const naloxone = medication({}, 'naloxone');
      expect(naloxone.notes.map((note) => [note.id, note.sources])).toEqual([
        ['naloxone-for-everyone', ['MED-8']],
        ['naloxone-how-to-use', ['SAFE-1']],
      ]);
      expect(naloxone.notes[0]?.text).toMatch(/Carry it if you use opioids or live with someone who does/);
      expect(naloxone.notes[1]?.text).toBe(
        'In an overdose, call 911 and give a dose. Stay with the person. If they do not respond in 2 to 3 minutes, give a second dose in the other nostril. Naloxone can wear off before the opioids do.',
      );
    });

    it.each(['jail', 'detox', 'residential', 'stopped-medicine'] as const)(
      'warns about lower tolerance after "%s"',
      (place) => {
        const caution = medication(answersOf({ 'recent-release': [place] }), 'naloxone').cautions[0];
        expect(caution?.id).toBe('naloxone-after-release');
        expect(caution?.sources).toEqual(['SAFE-4', 'MED-8']);
      },
    );
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

  it('tells everyone that methadone and buprenorphine lower the risk of dying (MORT-1)', () => {
    for (const answers of [{}, answersOf(mildAtHome), answersOf(severeNoSupport)]) {
      const note = assessInEnglish(answers).medicationNotes.find((item) => item.id === 'medicines-save-lives');
      expect(note?.text).toBe('Methadone and buprenorphine lower the risk of dying from an overdose.');
      expect(note?.sources).toEqual(['MORT-1']);
    }
  });

  it('tells everyone that medicine does not depend on counseling (MED-6, OTP-1)', () => {
    const note = assessInEnglish({}).medicationNotes.find((item) => item.id === 'medicines-help');
    expect(note?.text).toMatch(/Counseling helps too, but you can get medicine without it/);
    expect(note?.sources).toEqual(['MED-6', 'OTP-1']);
    expect(assessInEnglish({}).medicationNotes.map((item) => item.id)).toEqual([
      'medicines-save-lives',
      'medicines-help',
    ]);
  });

  it('cites MORT-1 on methadone and buprenorphine, and not on naltrexone', () => {
    const byId = new Map(assessInEnglish({}).medications.map((item) => [item.id, item.sources]));
    expect(byId.get('methadone')).toEqual(['MED-1', 'MED-6', 'MORT-1']);
    expect(byId.get('buprenorphine')).toEqual(['MED-2', 'MED-6', 'MORT-1']);
    expect(byId.get('naltrexone')).toEqual(['MED-4', 'MED-6']);
  });
});
