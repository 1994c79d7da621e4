import type { Answers } from '../../../questions/answers.ts';
import { assessInEnglish, helplines } from '../../support/words.ts';
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

  it('puts 911, then 988, then urgent medical care first, before the helpline', () => {
    const steps = assessInEnglish(
      answersOf(mildAtHome, { 'overdose-now': 'yes', 'self-harm-thoughts': 'yes', 'medical-problems': 'urgent' }),
    ).nextSteps;
    expect(steps.map((step) => [step.id, step.urgent])).toEqual([
      ['overdose-call-911', true],
      ['crisis-988', true],
      ['urgent-medical-care', true],
      ['samhsa-helpline', false],
      ['find-treatment', false],
    ]);
  });

  it('tells someone facing an overdose to call 911, give naloxone and support breathing (SAFE-1)', () => {
    const step = assessInEnglish(answersOf({ 'overdose-now': 'yes' })).nextSteps[0];
    expect(step?.contacts).toEqual([helplines.emergency]);
    expect(step?.text).toMatch(/naloxone/);
    expect(step?.text).toMatch(/recovery position/);
    expect(step?.sources).toEqual(['SAFE-1', 'HELP-4']);
  });

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
      expect(steps[2]?.sources).toEqual(['PREG-4']);
      expect(steps[2]?.text).not.toMatch(/priority/i);
    },
  );

  it('offers 988 as a non-urgent step after a positive PHQ-2 or GAD-2', () => {
    const steps = assessInEnglish(
      answersOf({ 'gad-nervous': 'more-than-half', 'gad-worry': 'several-days' }),
    ).nextSteps;
    const mood = steps.find((step) => step.id === 'mood-988');
    expect(mood?.urgent).toBe(false);
    expect(steps.at(-1)).toBe(mood);
  });

  it('does not repeat 988 as non-urgent when it is already the urgent step', () => {
    const ids = stepIds(
      answersOf({ 'self-harm-thoughts': 'yes', 'phq-interest': 'nearly-every-day', 'phq-down': 'nearly-every-day' }),
    );
    expect(ids).toContain('crisis-988');
    expect(ids).not.toContain('mood-988');
  });

  it('has no 988 step for a negative screen', () => {
    expect(stepIds(answersOf(mildAtHome))).not.toContain('mood-988');
  });

  it('uses only the contacts defined in helplines.ts', () => {
    const known = new Set(Object.values(helplines).map((contact) => JSON.stringify(contact)));
    const result = assessInEnglish(
      answersOf({
        'overdose-now': 'yes',
        'self-harm-thoughts': 'yes',
        'medical-problems': 'urgent',
        pregnancy: 'pregnant',
      }),
    );
    for (const contact of result.nextSteps.flatMap((step) => step.contacts)) {
      expect(known.has(JSON.stringify(contact))).toBe(true);
    }
  });
});
