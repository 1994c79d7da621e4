import type { Answers } from '../../../questions/answers.ts';
import { assessInEnglish } from '../../support/words.ts';
import { answersOf, mildAtHome, severeNoSupport } from './fixtures.ts';

const cautionIds = (answers: Answers) => assessInEnglish(answers).cautions.map((caution) => caution.id);

describe('general cautions', () => {
  it('has none for mild use at home with no other risks', () => {
    expect(cautionIds(answersOf(mildAtHome))).toEqual([]);
  });

  it('warns about mixing opioids with benzos or alcohol, and about stopping alone, for daily benzos (SAFE-3)', () => {
    const result = assessInEnglish(answersOf(mildAtHome, { benzodiazepines: 'daily' }));
    expect(result.cautions.map((caution) => caution.id)).toEqual([
      'opioids-with-benzos-or-alcohol',
      'do-not-stop-suddenly-alone',
      'withdrawal-care-is-not-treatment',
    ]);
    expect(result.cautions[1]?.text).toBe(
      'Do not stop taking benzos suddenly on your own. It can cause seizures. Get medical help to stop safely.',
    );
  });

  it('names both when someone drinks heavily and takes benzos daily', () => {
    const caution = assessInEnglish(answersOf({ alcohol: 'heavy', benzodiazepines: 'daily' })).cautions.find(
      (item) => item.id === 'do-not-stop-suddenly-alone',
    );
    expect(caution?.text).toMatch(/^Do not stop drinking or taking benzos suddenly/);
    expect(caution?.reasons.map((reason) => reason.questionId)).toEqual(['alcohol', 'benzodiazepines']);
  });

  it('warns about mixing, but not about stopping, for a little alcohol or occasional benzos', () => {
    expect(cautionIds(answersOf({ alcohol: 'some', benzodiazepines: 'sometimes' }))).toEqual([
      'opioids-with-benzos-or-alcohol',
    ]);
  });

  it('warns about lost tolerance and suggests naloxone after leaving jail (SAFE-4, MED-8)', () => {
    const result = assessInEnglish(answersOf(mildAtHome, { 'recent-release': ['jail', 'detox'] }));
    expect(result.cautions.map((caution) => caution.id)).toEqual(['tolerance-after-release', 'carry-naloxone']);
    expect(result.cautions[0]?.reasons.map((reason) => reason.text)).toEqual([
      'You said you left jail or prison in the past month.',
      'You said you left detox in the past month.',
    ]);
    expect(result.cautions[1]?.sources).toContain('MED-8');
  });

  it('asks people who use other drugs, or have a long-term health problem, to tell the provider (SET-1)', () => {
    expect(cautionIds(answersOf({ stimulants: 'yes', 'medical-problems': 'ongoing' }))).toEqual([
      'tell-provider-other-drugs',
      'tell-provider-health-problem',
    ]);
  });

  it('says that withdrawal care alone is not treatment whenever medically managed withdrawal is suggested (SET-4)', () => {
    const result = assessInEnglish(answersOf(severeNoSupport, { 'withdrawal-history': 'seizure' }));
    expect(result.setting.medicalWithdrawalManagement).toBe(true);
    const caution = result.cautions.find((item) => item.id === 'withdrawal-care-is-not-treatment');
    expect(caution?.sources).toEqual(['SET-4']);
    expect(caution?.reasons).toEqual(result.setting.reasons);
  });
});

describe('support options (BEH-1, BEH-2)', () => {
  it('offers counseling, peer support and aftercare to everyone, even with no answers', () => {
    expect(assessInEnglish({}).support.map((item) => item.id)).toEqual(['counseling', 'peer-support', 'aftercare']);
  });

  it('names Narcotics Anonymous and SMART Recovery', () => {
    const peer = assessInEnglish({}).support.find((item) => item.id === 'peer-support');
    expect(peer?.text).toMatch(/Narcotics Anonymous/);
    expect(peer?.text).toMatch(/SMART Recovery/);
  });

  it('adds family therapy when someone supports their recovery', () => {
    const support = assessInEnglish(answersOf(mildAtHome)).support;
    expect(support.map((item) => item.id)).toContain('family-therapy');
    expect(support.find((item) => item.id === 'family-therapy')?.reasons[0]?.questionId).toBe('support-person');
  });

  it('does not add family therapy when nobody supports their recovery', () => {
    expect(assessInEnglish(answersOf(severeNoSupport)).support.map((item) => item.id)).not.toContain('family-therapy');
  });
});
