import type { Answers } from '../../../questions/answers.ts';
import { contactsIn } from '../../../src/rules/helplines.ts';
import { assessInEnglish, helplines, inWords } from '../../support/words.ts';
import { answersOf, mildAtHome } from './fixtures.ts';

const stepIds = (answers: Answers) => assessInEnglish(answers).nextSteps.map((step) => step.id);

describe('next steps', () => {
  it('always includes the SAMHSA National Helpline and then FindTreatment.gov, even with no answers', () => {
    const steps = assessInEnglish({}).nextSteps;
    expect(steps.map((step) => step.id)).toEqual(['samhsa-helpline', 'find-treatment']);
    expect(steps[0]?.contacts).toEqual([helplines.samhsa, helplines.samhsaTty, helplines.samhsaText]);
    expect(steps[0]?.sources).toEqual(['HELP-1']);
    expect(steps[0]?.text).toMatch(/435748 \(English only\)/);
    expect(steps[1]?.contacts).toEqual([helplines.findTreatment]);
  });

  it('puts 911, 988, the emergency department, urgent care, wound care and an unsafe home first, before the helpline', () => {
    const steps = assessInEnglish(
      answersOf(mildAtHome, {
        'overdose-now': 'yes',
        'self-harm-thoughts': 'yes',
        'danger-signs-now': 'yes',
        'health-now': ['urgent', 'wound-or-fever'],
        'home-safe': 'no',
      }),
    ).nextSteps;
    expect(steps.map((step) => [step.id, step.urgent])).toEqual([
      ['overdose-call-911', true],
      ['crisis-988', true],
      ['dangerous-withdrawal', true],
      ['urgent-medical-care', true],
      ['wound-care', true],
      ['unsafe-home', true],
      ['samhsa-helpline', false],
      ['find-treatment', false],
    ]);
  });

  it('tells someone facing an overdose to call 911, give naloxone, support breathing and stay (SAFE-1)', () => {
    const step = assessInEnglish(answersOf({ 'overdose-now': 'yes' })).nextSteps[0];
    expect(step?.contacts).toEqual([helplines.emergency]);
    expect(step?.text).toMatch(/naloxone/);
    expect(step?.text).toMatch(/lay them on their side/);
    expect(step?.text).toMatch(/Stay with them/);
    expect(step?.text).toMatch(/do not respond in 2 to 3 minutes, give a second dose/);
    expect(step?.text).toMatch(/Naloxone can wear off/);
    expect(step?.sources).toEqual(['SAFE-1', 'HELP-4']);
  });

  it('sends someone with danger signs of withdrawal to the emergency department or 911, not to wait (WD-1)', () => {
    const step = assessInEnglish(answersOf({ 'danger-signs-now': 'yes' })).nextSteps[0];
    expect(step?.id).toBe('dangerous-withdrawal');
    expect(step?.urgent).toBe(true);
    expect(step?.title).toBe('Go to an emergency department or call 911 now');
    expect(step?.text).toMatch(/Do not wait at home/);
    expect(step?.contacts).toEqual([helplines.emergency]);
    expect(step?.sources).toEqual(['WD-1', 'HELP-4']);
  });

  it('sends someone with a red, hot or spreading wound, or a fever, to medical care today (XYL-1)', () => {
    const step = assessInEnglish(answersOf({ 'health-now': ['wound-or-fever'] })).nextSteps[0];
    expect(step?.id).toBe('wound-care');
    expect(step?.urgent).toBe(true);
    expect(step?.text).toMatch(/red, hot or spreading, or a fever, needs medical care/);
    expect(step?.sources).toEqual(['XYL-1']);
  });

  it('gives 911 if in danger now and the National Domestic Violence Hotline for a home that is not safe (DV-1, HELP-6)', () => {
    const step = assessInEnglish(answersOf(mildAtHome, { 'home-safe': 'no' })).nextSteps[0];
    expect(step?.id).toBe('unsafe-home');
    expect(step?.urgent).toBe(true);
    expect(step?.text).toMatch(/^If you are in danger now, call 911/);
    expect(step?.contacts).toEqual([
      helplines.emergency,
      helplines.domesticViolence,
      helplines.domesticViolenceText,
      helplines.domesticViolenceChat,
    ]);
    expect(step?.contacts.map((contact) => contact.href)).toEqual([
      'tel:911',
      'tel:+18007997233',
      'sms:88788',
      'https://www.thehotline.org',
    ]);
    expect(step?.sources).toEqual(['DV-1', 'HELP-6', 'HELP-4']);
  });

  it.each(['yes', 'not-sure', 'prefer-not-to-say'] as const)(
    'gives no unsafe-home step when the answer about a safe home is "%s"',
    (homeSafe) => {
      expect(stepIds(answersOf(mildAtHome, { 'home-safe': homeSafe }))).not.toContain('unsafe-home');
    },
  );

  it.each(['yes', 'prefer-not-to-say', 'dont-know'] as const)(
    'puts the 988 Lifeline first, as urgent, when the answer about thoughts of self-harm is "%s"',
    (selfHarm) => {
      const steps = assessInEnglish(answersOf(mildAtHome, { 'self-harm-thoughts': selfHarm })).nextSteps;
      expect(steps[0]?.id).toBe('crisis-988');
      expect(steps[0]?.urgent).toBe(true);
      expect(steps[0]?.sources).toEqual(['SAFE-2', 'HELP-3', 'SET-7']);
    },
  );

  it('gives the 988 Lifeline with its Spanish and veterans options for thoughts of self-harm (SAFE-2)', () => {
    const step = assessInEnglish(answersOf({ 'self-harm-thoughts': 'yes' })).nextSteps[0];
    expect(step?.id).toBe('crisis-988');
    expect(step?.text).toMatch(/press 2 or text AYUDA/);
    expect(step?.text).toMatch(/Veterans, press 1/);
    expect(step?.contacts).toEqual([helplines.lifelineCall, helplines.lifelineText, helplines.lifelineChat]);
  });

  it.each(['pregnant', 'could-be'] as const)(
    'asks people answering "%s" to say so when they call (PREG-4)',
    (pregnancy) => {
      const steps = assessInEnglish(answersOf({ pregnancy })).nextSteps;
      expect(steps.map((step) => step.id)).toEqual(['samhsa-helpline', 'find-treatment', 'say-you-are-pregnant']);
      expect(steps[2]?.sources).toEqual(['PREG-4', 'OTP-1']);
      // PREG-4: methadone programs are asked to take pregnant people first; nothing is promised.
      expect(steps[2]?.text).toMatch(/Methadone clinics are asked to take pregnant people first/);
      expect(steps[2]?.text).not.toMatch(/priority|will take/i);
    },
  );

  it('tells someone pregnant without prenatal care to start it and to say they use opioids (PREG-7)', () => {
    const steps = assessInEnglish(answersOf({ pregnancy: 'pregnant', 'prenatal-care': 'no' })).nextSteps;
    const step = steps.find((item) => item.id === 'start-prenatal-care');
    expect(step?.text).toMatch(/tell them that you use opioids/);
    expect(step?.sources).toEqual(['PREG-7', 'PREG-3']);
    expect(steps.map((item) => item.id).indexOf('start-prenatal-care')).toBe(
      steps.map((item) => item.id).indexOf('say-you-are-pregnant') + 1,
    );
    expect(stepIds(answersOf({ pregnancy: 'pregnant', 'prenatal-care': 'yes' }))).not.toContain('start-prenatal-care');
  });

  it('points someone under 18 to care for teens, after the helpline (AGE-1)', () => {
    const steps = assessInEnglish(answersOf(mildAtHome, { adult: 'no' })).nextSteps;
    expect(steps.map((step) => step.id)).toEqual(['samhsa-helpline', 'adolescent-care', 'find-treatment']);
    expect(steps[1]?.urgent).toBe(false);
    expect(steps[1]?.sources).toEqual(['AGE-1']);
    expect(stepIds(answersOf(mildAtHome))).not.toContain('adolescent-care');
  });

  it('tells people with children at home to lock medicines away and gives Poison Control (HR-3)', () => {
    const step = assessInEnglish(answersOf(mildAtHome, { responsibilities: ['children'] })).nextSteps.find(
      (item) => item.id === 'medicines-and-children',
    );
    expect(step?.text).toMatch(/locked away: a small amount can kill a child/);
    expect(step?.contacts).toEqual([helplines.poisonControl, helplines.emergency]);
    expect(step?.contacts[0]?.href).toBe('tel:+18002221222');
    expect(step?.sources).toEqual(['HR-3', 'HELP-5']);
    expect(stepIds(answersOf(mildAtHome, { responsibilities: ['work'] }))).not.toContain('medicines-and-children');
  });

  it('says FindTreatment.gov lists buprenorphine providers and methadone clinics (HELP-2, SET-5)', () => {
    const step = assessInEnglish({}).nextSteps[1];
    expect(step?.sources).toEqual(['HELP-2', 'SET-5']);
  });

  it('offers 988 as a non-urgent step after a positive PHQ-2 or GAD-2', () => {
    const steps = assessInEnglish(
      answersOf({ 'gad-nervous': 'more-than-half', 'gad-worry': 'several-days' }),
    ).nextSteps;
    const mood = steps.find((step) => step.id === 'mood-988');
    expect(mood?.urgent).toBe(false);
    expect(steps.at(-1)).toBe(mood);
  });

  it.each(['yes', 'prefer-not-to-say', 'dont-know'] as const)(
    'does not repeat 988 as non-urgent when it is already the urgent step (self-harm "%s")',
    (selfHarm) => {
      const ids = stepIds(
        answersOf({
          'self-harm-thoughts': selfHarm,
          'phq-interest': 'nearly-every-day',
          'phq-down': 'nearly-every-day',
        }),
      );
      expect(ids).toContain('crisis-988');
      expect(ids).not.toContain('mood-988');
    },
  );

  it('has no 988 step for a negative screen', () => {
    expect(stepIds(answersOf(mildAtHome))).not.toContain('mood-988');
  });

  it('uses only the contacts defined in helplines.ts', () => {
    const theirs = contactsIn(inWords('en', 'other').rules);
    const known = new Set(Object.values(theirs).map((contact) => JSON.stringify(contact)));
    const result = assessInEnglish(
      answersOf({
        'overdose-now': 'yes',
        'self-harm-thoughts': 'yes',
        'danger-signs-now': 'yes',
        'health-now': ['urgent'],
        pregnancy: 'pregnant',
        housing: 'stable',
        'home-safe': 'no',
        responsibilities: ['children'],
        adult: 'no',
      }),
      'other',
    );
    expect(result.nextSteps.flatMap((step) => step.contacts).length).toBeGreaterThan(12);
    for (const contact of result.nextSteps.flatMap((step) => step.contacts)) {
      expect(known.has(JSON.stringify(contact))).toBe(true);
    }
  });
});
