import { assess } from '../../../src/rules/assess.ts';
import { assessInEnglish, enRules } from '../../support/words.ts';
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
        'family-therapy-option',
        'family-find-care',
        'family-how-to-talk',
      ]);
    }
  });

  it('cites the reference for naloxone, overdose signs, family therapy and the helpline', () => {
    const sources = Object.fromEntries(assessInEnglish({}, 'other').family.map((item) => [item.id, item.sources]));
    expect(sources['family-carry-naloxone']).toContain('MED-8');
    expect(sources['family-overdose-signs']).toContain('SAFE-1');
    expect(sources['family-therapy-option']).toContain('BEH-1');
    expect(sources['family-find-care']).toEqual(['HELP-1', 'HELP-2']);
  });

  it('names no support group that is not in the clinical reference', () => {
    const text = assessInEnglish({}, 'other')
      .family.map((item) => item.text)
      .join(' ');
    expect(text).not.toMatch(/Al-Anon|Nar-Anon|CRAFT|Learn to Cope/i);
    expect(text).toMatch(/naloxone/);
    expect(text).toMatch(/Family therapy/);
  });

  it('changes nothing else in the result', () => {
    // Worded alike, so only what the rules conclude is compared.
    const texts = enRules;
    const forSelf = assess(answersOf(severeNoSupport), { texts });
    const forOther = assess(answersOf(severeNoSupport), { texts, perspective: 'other' });
    expect({ ...forOther, family: [] }).toEqual(forSelf);
  });
});
