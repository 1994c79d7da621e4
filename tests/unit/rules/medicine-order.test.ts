/**
 * The order of the medicines follows what the person said, and never hides one (MED-6): daily
 * clinic visits that would be hard put buprenorphine first (MED-1, MED-2); a wish for a medicine
 * that is not an opioid puts naltrexone first (MED-4), but not in pregnancy (PREG-2); a recent
 * overdose puts methadone, buprenorphine and naloxone first (OD-1, MORT-1); the medicine taken
 * now leads (CONT-1, in current-treatment.test.ts).
 */
import type { TypedAnswers } from './support/typed-answers.ts';
import { assessInEnglish } from '../../support/words.ts';
import { answersOf, mildAtHome } from './fixtures.ts';

const orderFor = (...parts: TypedAnswers[]) =>
  assessInEnglish(answersOf(mildAtHome, ...parts)).medications.map((item) => item.id);

const usual = ['methadone', 'buprenorphine', 'naltrexone', 'withdrawal-aids', 'naloxone'];
const buprenorphineFirst = ['buprenorphine', 'methadone', 'naltrexone', 'withdrawal-aids', 'naloxone'];
const naltrexoneFirst = ['naltrexone', 'methadone', 'buprenorphine', 'withdrawal-aids', 'naloxone'];

describe('the order of the medicines', () => {
  it('is the usual one when nothing said changes it', () => {
    expect(orderFor()).toEqual(usual);
  });

  it.each<[string, TypedAnswers]>([
    ['daily visits are "no"', { 'daily-visits': 'no' }],
    ['daily visits are "not sure"', { 'daily-visits': 'not-sure' }],
    ['getting to a clinic is hard', { transport: 'hard' }],
    ['there is no way to a clinic', { transport: 'no' }],
    ['there is a job to keep', { responsibilities: ['work'] }],
  ])('puts buprenorphine first when %s', (_, answers) => {
    expect(orderFor(answers)).toEqual(buprenorphineFirst);
  });

  it('puts naltrexone first for a wish for a medicine that is not an opioid, with its note', () => {
    expect(orderFor({ 'prefers-non-opioid': 'yes' })).toEqual(naltrexoneFirst);
    expect(orderFor({ 'prefers-non-opioid': 'no' })).toEqual(usual);
    const naltrexone = assessInEnglish(answersOf(mildAtHome, { 'prefers-non-opioid': 'yes' })).medications[0];
    expect(naltrexone?.notes.map((note) => note.id)).toContain('naltrexone-non-opioid-wish');
  });

  it('puts naltrexone first, then buprenorphine, when both a non-opioid wish and hard visits were said', () => {
    expect(orderFor({ 'prefers-non-opioid': 'yes', 'daily-visits': 'no' })).toEqual([
      'naltrexone',
      'buprenorphine',
      'methadone',
      'withdrawal-aids',
      'naloxone',
    ]);
  });

  it.each(['pregnant', 'could-be'] as const)(
    'does not put naltrexone first in pregnancy ("%s"), where it is not to be started (PREG-2)',
    (pregnancy) => {
      expect(orderFor({ 'prefers-non-opioid': 'yes', pregnancy })).toEqual(usual);
      expect(orderFor({ 'prefers-non-opioid': 'yes', 'daily-visits': 'no', pregnancy })).toEqual(buprenorphineFirst);
    },
  );

  it('puts methadone, buprenorphine and naloxone first after a recent overdose, over a non-opioid wish (OD-1)', () => {
    const afterOverdose = ['methadone', 'buprenorphine', 'naloxone', 'naltrexone', 'withdrawal-aids'];
    expect(orderFor({ 'recent-overdose': 'yes' })).toEqual(afterOverdose);
    expect(orderFor({ 'recent-overdose': 'yes', 'prefers-non-opioid': 'yes' })).toEqual(afterOverdose);
    expect(orderFor({ 'recent-overdose': 'yes', 'daily-visits': 'no' })).toEqual([
      'buprenorphine',
      'methadone',
      'naloxone',
      'naltrexone',
      'withdrawal-aids',
    ]);
    expect(orderFor({ 'recent-overdose': 'dont-know' })).toEqual(usual);
  });

  it('never hides a medicine, whatever was said', () => {
    const everything: TypedAnswers = {
      'recent-overdose': 'yes',
      'prefers-non-opioid': 'yes',
      'daily-visits': 'no',
      'current-medicine': 'naltrexone',
      pregnancy: 'pregnant',
      'open-to-medication': 'not-sure',
    };
    expect(orderFor(everything).toSorted()).toEqual(usual.toSorted());
  });
});

describe('after a recent overdose (OD-1, MORT-1)', () => {
  it('says to start methadone or buprenorphine soon, keep naloxone and not use alone', () => {
    const result = assessInEnglish(answersOf(mildAtHome, { 'recent-overdose': 'yes' }));
    const note = result.medicationNotes[0];
    expect(note?.id).toBe('after-an-overdose');
    expect(note?.text).toMatch(/Starting methadone or buprenorphine soon lowers the risk of dying/);
    expect(note?.sources).toEqual(['OD-1', 'MORT-1']);
    expect(note?.reasons.map((reason) => reason.questionId)).toEqual(['recent-overdose']);
    expect(result.cautions.map((item) => item.id)).toEqual(['carry-naloxone', 'do-not-use-alone']);
  });

  it.each(['no', 'dont-know'] as const)('adds none of it for a recent overdose "%s"', (answer) => {
    const result = assessInEnglish(answersOf(mildAtHome, { 'recent-overdose': answer }));
    expect(result.medicationNotes.map((item) => item.id)).not.toContain('after-an-overdose');
    expect(result.cautions.map((item) => item.id)).toEqual([]);
  });
});
