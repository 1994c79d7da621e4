/**
 * "Do this now": the one call, what to say on it and the one safety step, from the answers. The
 * worked examples in docs/examples pin the ids for each story (examples.test.ts); these tests pin
 * the words and the choices between them.
 */
import type { Answers } from '../../../questions/answers.ts';
import type { Perspective } from '../../../questions/perspective.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import { assess } from '../../../src/rules/assess.ts';
import { helplineNumbers } from '../../../src/rules/helplines.ts';
import { inWords } from '../../support/words.ts';
import { answersOf, mildAtHome, severeNoSupport } from './fixtures.ts';

const plan = (answers: Answers, perspective: Perspective = 'self', language: Language = 'en') =>
  assess(answers, { perspective, language, texts: inWords(language, perspective).rules }).doThisNow;
const said = (answers: Answers, perspective: Perspective = 'self', language: Language = 'en') =>
  plan(answers, perspective, language).script.map((line) => line.text);

describe('the one call', () => {
  it('is the SAMHSA National Helpline, its main number only, when no crisis answer applies', () => {
    const { call } = plan(answersOf(mildAtHome));
    expect(call.id).toBe('samhsa-helpline');
    expect(call.title).toBe('Call the SAMHSA National Helpline');
    expect(call.contacts.map((contact) => contact.href)).toEqual([helplineNumbers.samhsa.href]);
    expect(call.sources).toEqual(['HELP-1']);
  });

  it('is 911 for an overdose now, 988 for thoughts of self-harm, and 911 with the hotline for an unsafe home', () => {
    expect(plan(answersOf(mildAtHome, { 'overdose-now': 'yes' })).call.id).toBe('overdose-call-911');
    expect(plan(answersOf(mildAtHome, { 'self-harm-thoughts': 'yes' })).call.id).toBe('crisis-988');
    const unsafe = plan(answersOf(mildAtHome, { 'home-safe': 'no' })).call;
    expect(unsafe.id).toBe('unsafe-home');
    expect(unsafe.contacts.map((contact) => contact.display)).toContain(helplineNumbers.emergency.display);
  });

  it('stays the helpline for a wound, whose urgent step has no one to call', () => {
    const wound = plan(answersOf(mildAtHome, { 'health-now': ['wound-or-fever'] }));
    expect(wound.call.id).toBe('samhsa-helpline');
    expect(wound.safety.id).toBe('wound-care-today');
  });
});

describe('what to say', () => {
  it('asks for the suggested setting and the medicines to ask about, in the order the results list them', () => {
    expect(said(answersOf(mildAtHome))).toEqual([
      'I am looking for outpatient care for opioid use.',
      'I would like to ask about methadone, buprenorphine, or naltrexone.',
    ]);
  });

  it('is left out when the call is about a crisis', () => {
    expect(said(answersOf(mildAtHome, { 'self-harm-thoughts': 'yes' }))).toEqual([]);
    expect(said(answersOf(mildAtHome, { 'danger-signs-now': 'yes' }))).toEqual([]);
  });

  it('says whom the call is about first, and speaks of them, when someone answers for another', () => {
    const lines = said(answersOf(mildAtHome), 'other');
    expect(lines[0]).toBe('I am calling about someone I care about.');
    expect(lines[1]).toBe('They are looking for outpatient care for opioid use.');
  });

  it('says the person is pregnant (PREG-4), and leaves naltrexone out of the medicines (PREG-2)', () => {
    const { script } = plan(answersOf(mildAtHome, { pregnancy: 'pregnant' }));
    expect(script.find((line) => line.id === 'pregnant')?.sources).toEqual(['PREG-4']);
    expect(script.map((line) => line.text).join(' ')).not.toContain('naltrexone');
    expect(said(answersOf(mildAtHome, { pregnancy: 'could-be' }))).toContain('I may be pregnant.');
    expect(said(answersOf(mildAtHome, { pregnancy: 'recently-gave-birth' }))).toContain(
      'I gave birth in the past year.',
    );
  });

  it.each([
    ['medicaid', 'I have Medicaid.'],
    ['medicare', 'I have Medicare.'],
    ['private-insurance', 'I have private health insurance.'],
    ['no-insurance', 'I do not have health insurance.'],
  ] as const)('says how treatment would be paid for: %s', (payment, line) => {
    const lines = said(answersOf(mildAtHome, { payment }));
    expect(lines.at(-1)).toBe(line);
  });

  it('says nothing about payment when the person is not sure or would rather not say', () => {
    for (const payment of ['not-sure', 'prefer-not-to-say'] as const) {
      expect(plan(answersOf(mildAtHome, { payment })).script.map((line) => line.id)).not.toContain(
        `payment-${payment}`,
      );
      expect(said(answersOf(mildAtHome, { payment }))).toHaveLength(2);
    }
  });

  it('asks for care in Spanish on a page in Spanish, in Spanish', () => {
    const lines = said(answersOf(mildAtHome, { payment: 'medicaid' }), 'self', 'es');
    expect(lines).toEqual([
      'Busco atención ambulatoria por el uso de opioides.',
      'Quiero preguntar por metadona, buprenorfina o naltrexona.',
      'Quiero atención en español.',
      'Tengo Medicaid.',
    ]);
  });

  it('for someone taking a medicine now, asks the prescriber about keeping it, not about starting one (CONT-1)', () => {
    const taking = answersOf(mildAtHome, { 'current-medicine': 'buprenorphine', 'medicine-working': 'yes' });
    const { script, safety } = plan(taking);
    expect(script.map((line) => line.id)).toEqual(['ask-prescriber']);
    expect(script[0]?.text).toBe(
      'Ask your prescriber: "I want to keep taking buprenorphine. What could help me more?"',
    );
    expect(safety.id).toBe('keep-taking-medicine');
  });

  it('with fewer than two signs, asks to talk about opioid use and not about medicines (SEV-4)', () => {
    const few = answersOf(mildAtHome, { control: ['none'], 'body-changes': ['none'] });
    expect(said(few)).toEqual(['I would like to talk about my opioid use.']);
  });
});

describe('the one safety step', () => {
  it.each([
    [{ 'overdose-now': 'yes' }, 'give-naloxone-and-stay'],
    [{ 'danger-signs-now': 'yes' }, 'do-not-wait'],
    [{ 'self-harm-thoughts': 'prefer-not-to-say' }, 'crisis-emergency'],
    [{ 'home-safe': 'no' }, 'danger-at-home'],
    [{ 'recent-release': ['jail'] }, 'higher-risk-naloxone'],
    [{ 'recent-overdose': 'yes' }, 'higher-risk-naloxone'],
    [{}, 'naloxone-not-alone'],
  ] as const)('after %j is %s', (extra, id) => {
    expect(plan(answersOf(mildAtHome, extra)).safety.id).toBe(id);
  });

  it('is the most urgent one when several apply: an overdose now before an unsafe home', () => {
    expect(plan(answersOf(severeNoSupport, { 'overdose-now': 'yes', 'home-safe': 'no' })).safety.id).toBe(
      'give-naloxone-and-stay',
    );
  });

  it('tells someone answering for another to keep naloxone at home (FAM-1, MED-8)', () => {
    expect(plan(answersOf(mildAtHome), 'other').safety.text).toBe(
      'Keep naloxone (Narcan) at home and learn how to use it. They should not use alone.',
    );
  });
});
