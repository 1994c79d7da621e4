import { assess } from '../../../src/rules/assess.ts';
import { assessInEnglish, enRules, helplines } from '../../support/words.ts';
import { answersOf, mildAtHome, severeNoSupport } from './fixtures.ts';

describe('what family and friends can do', () => {
  it('is empty when the person answers for themselves, also by default', () => {
    expect(assessInEnglish(answersOf(mildAtHome)).family).toEqual([]);
    expect(assessInEnglish(answersOf(mildAtHome), 'self').family).toEqual([]);
  });

  it('is given when someone answers for a person they care about, whatever the answers', () => {
    for (const answers of [{}, answersOf(mildAtHome), answersOf(severeNoSupport)]) {
      expect(assessInEnglish(answers, 'other').family.map((item) => item.id)).toEqual([
        'family-carry-naloxone',
        'family-overdose-signs',
        'family-craft',
        'family-find-care',
        'family-support-for-you',
      ]);
    }
  });

  it('cites the reference for naloxone, overdose signs, CRAFT, the helpline and support for families', () => {
    const sources = Object.fromEntries(assessInEnglish({}, 'other').family.map((item) => [item.id, item.sources]));
    expect(sources['family-carry-naloxone']).toEqual(['MED-8', 'FAM-1']);
    expect(sources['family-overdose-signs']).toContain('SAFE-1');
    expect(sources['family-craft']).toEqual(['FAM-1']);
    expect(sources['family-find-care']).toEqual(['HELP-1', 'HELP-2']);
    expect(sources['family-support-for-you']).toEqual(['HELP-7', 'FAM-1']);
  });

  it('names CRAFT and Partnership to End Addiction (FAM-1, HELP-7), with no phone number for it', () => {
    const text = assessInEnglish({}, 'other')
      .family.map((item) => item.text)
      .join(' ');
    expect(text).toMatch(/CRAFT/);
    expect(text).toMatch(/Partnership to End Addiction/);
    expect(text).toMatch(/naloxone/);
    // HELP-7: the family line's number is UNCONFIRMED, so only the link is given.
    expect(text).not.toMatch(/855|378-4373|\d{3}-\d{4}/);
    expect(text).not.toMatch(/Learn to Cope/i);
  });

  it('adds the family support step, with the drugfree.org link only, for someone answering for another', () => {
    const step = assessInEnglish({}, 'other').nextSteps.find((item) => item.id === 'support-for-family');
    expect(step?.urgent).toBe(false);
    expect(step?.contacts).toEqual([helplines.familySupport]);
    expect(step?.contacts[0]?.href).toBe('https://drugfree.org');
    expect(step?.sources).toEqual(['HELP-7', 'FAM-1']);
    expect(assessInEnglish({}).nextSteps.map((item) => item.id)).not.toContain('support-for-family');
  });

  it('changes nothing else in the result', () => {
    // Worded alike, so only what the rules conclude is compared.
    const texts = enRules;
    const forSelf = assess(answersOf(severeNoSupport), { texts });
    const forOther = assess(answersOf(severeNoSupport), { texts, perspective: 'other' });
    const nextSteps = forOther.nextSteps.filter((step) => step.id !== 'support-for-family');
    // What to say on the call starts by saying whom it is about; the rest of it is the same.
    const [first, ...script] = forOther.doThisNow.script;
    expect(first?.id).toBe('calling-for-someone');
    const doThisNow = { ...forOther.doThisNow, script };
    expect({ ...forOther, family: [], nextSteps, doThisNow }).toEqual(forSelf);
  });
});
