/**
 * "Find a place": the checklist of what to look for on FindTreatment.gov follows the answers (the
 * service, telehealth, Spanish, pregnancy, payment), and the questions to ask a program are the
 * same for everyone but take-home doses, which only matter where methadone may be the medicine.
 */
import type { Answers } from '../../../questions/answers.ts';
import type { Perspective } from '../../../questions/perspective.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import { assess } from '../../../src/rules/assess.ts';
import { inWords } from '../../support/words.ts';
import { answersOf, mildAtHome, severeNoSupport } from './fixtures.ts';

const findCare = (answers: Answers, perspective: Perspective = 'self', language: Language = 'en') =>
  assess(answers, { perspective, language, texts: inWords(language, perspective).rules }).findCare;
const lookFor = (answers: Answers, language: Language = 'en') =>
  findCare(answers, 'self', language).lookFor.map((line) => line.id);

describe('what to look for on FindTreatment.gov', () => {
  it('is outpatient care with medication for a mild case at home, and nothing else it was not told', () => {
    expect(findCare(answersOf(mildAtHome)).lookFor.map((line) => line.text)).toEqual([
      'Outpatient care that offers buprenorphine or methadone.',
    ]);
  });

  it('follows the suggested setting when it is more than outpatient care', () => {
    const setting = assess(answersOf(severeNoSupport), { texts: inWords('en', 'self').rules }).setting;
    expect(setting).not.toBeNull();
    expect(lookFor(answersOf(severeNoSupport))[0]).toBe(`service-${String(setting?.level)}`);
  });

  it('is the medicine the person already takes, so they look for a place that keeps giving it', () => {
    const onMethadone = answersOf(mildAtHome, { 'current-medicine': 'methadone', 'medicine-working': 'yes' });
    const [service] = findCare(onMethadone).lookFor;
    expect(service?.id).toBe('service-methadone');
    expect(service?.sources).toContain('CONT-1');
    expect(service?.reasons.length).toBeGreaterThan(0);
    const onBuprenorphine = answersOf(mildAtHome, { 'current-medicine': 'buprenorphine', 'medicine-working': 'no' });
    expect(lookFor(onBuprenorphine)[0]).toBe('service-buprenorphine');
  });

  it('adds telehealth when daily visits, transport or work make visits hard', () => {
    expect(lookFor(answersOf(mildAtHome, { transport: 'no' }))).toContain('telehealth');
    expect(lookFor(answersOf(mildAtHome, { 'daily-visits': 'no' }))).toContain('telehealth');
    expect(lookFor(answersOf(mildAtHome, { responsibilities: ['work'] }))).toContain('telehealth');
    expect(lookFor(answersOf(mildAtHome))).not.toContain('telehealth');
  });

  it("leaves telehealth out for someone keeping methadone, which only a program's clinic gives, and for a place to stay", () => {
    const onMethadone = answersOf(mildAtHome, { 'current-medicine': 'methadone', 'medicine-working': 'yes' });
    expect(lookFor({ ...onMethadone, transport: 'no' })).not.toContain('telehealth');
    const onBuprenorphine = answersOf(mildAtHome, { 'current-medicine': 'buprenorphine', 'medicine-working': 'yes' });
    expect(lookFor({ ...onBuprenorphine, transport: 'no' })).toContain('telehealth');
    const residential = { ...answersOf(severeNoSupport), transport: 'no' };
    expect(lookFor(residential)[0]).toMatch(/^service-(residential|hospital)$/);
    expect(lookFor(residential)).not.toContain('telehealth');
  });

  it('adds services in Spanish for a Spanish reader, in Spanish', () => {
    const spanish = findCare(answersOf(mildAtHome), 'self', 'es').lookFor;
    expect(spanish.map((line) => line.text)).toContain('Servicios en español.');
    expect(lookFor(answersOf(mildAtHome))).not.toContain('spanish');
  });

  it('adds programs for pregnant people when pregnant or maybe pregnant, not after birth', () => {
    expect(lookFor(answersOf(mildAtHome, { pregnancy: 'pregnant' }))).toContain('pregnant');
    expect(lookFor(answersOf(mildAtHome, { pregnancy: 'could-be' }))).toContain('pregnant');
    expect(lookFor(answersOf(mildAtHome, { pregnancy: 'recently-gave-birth' }))).not.toContain('pregnant');
  });

  it('adds the way of paying that was answered, and none for "not sure"', () => {
    expect(lookFor(answersOf(mildAtHome, { payment: 'medicaid' }))).toContain('payment-medicaid');
    expect(findCare(answersOf(mildAtHome, { payment: 'no-insurance' })).lookFor.at(-1)?.text).toBe(
      'Free or low-cost care.',
    );
    expect(lookFor(answersOf(mildAtHome, { payment: 'not-sure' })).filter((id) => id.startsWith('payment'))).toEqual(
      [],
    );
  });

  it('lists the service, telehealth, Spanish, pregnancy and payment in that order', () => {
    const all = answersOf(mildAtHome, { transport: 'no', pregnancy: 'pregnant', payment: 'medicare' });
    expect(lookFor(all, 'es')).toEqual([
      expect.stringMatching(/^service-/),
      'telehealth',
      'spanish',
      'pregnant',
      'payment-medicare',
    ]);
  });
});

describe('the questions to ask a program', () => {
  it('ask whether it offers and keeps giving methadone or buprenorphine, citing SET-5, and what follows withdrawal care', () => {
    const ask = findCare(answersOf(mildAtHome)).ask;
    expect(ask[0]).toMatchObject({
      id: 'offers-moud',
      text: 'Does the program offer methadone or buprenorphine, and will it keep giving it?',
    });
    expect(ask[0]?.sources).toContain('SET-5');
    expect(ask.map((line) => line.id)).toEqual([
      'offers-moud',
      'start-quickly',
      'take-home-doses',
      'mental-health',
      'cost',
      'after-withdrawal',
    ]);
  });

  it('leave out take-home methadone doses for someone on buprenorphine or naltrexone', () => {
    const onBuprenorphine = answersOf(mildAtHome, { 'current-medicine': 'buprenorphine', 'medicine-working': 'yes' });
    expect(findCare(onBuprenorphine).ask.map((line) => line.id)).not.toContain('take-home-doses');
    const onMethadone = answersOf(mildAtHome, { 'current-medicine': 'methadone', 'medicine-working': 'yes' });
    expect(findCare(onMethadone).ask.find((line) => line.id === 'take-home-doses')?.reasons.length).toBeGreaterThan(0);
  });

  it('speak of the person in the third person for someone who cares about them', () => {
    const cost = findCare(answersOf(mildAtHome), 'other').ask.find((line) => line.id === 'cost');
    expect(cost?.text).toBe('What will it cost, and does the program take their insurance?');
  });
});
