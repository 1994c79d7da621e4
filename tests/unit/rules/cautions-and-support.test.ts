import type { Answers } from '../../../questions/answers.ts';
import { assessInEnglish } from '../../support/words.ts';
import { answersOf, mildAtHome, severeNoSupport } from './fixtures.ts';
import type { TypedAnswers } from './support/typed-answers.ts';

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

  it('warns about lost tolerance and suggests naloxone after leaving jail or detox (SAFE-4, MED-8)', () => {
    const result = assessInEnglish(answersOf(mildAtHome, { 'recent-release': ['jail', 'detox'] }));
    expect(result.cautions.map((caution) => caution.id)).toEqual([
      'tolerance-after-release',
      'carry-naloxone',
      'withdrawal-care-is-not-treatment',
    ]);
    expect(result.cautions[0]?.reasons.map((reason) => reason.text)).toEqual([
      'You said you left jail or prison in the past month.',
      'You said you left detox in the past month.',
    ]);
    expect(result.cautions[1]?.sources).toContain('MED-8');
  });

  it('asks people who use other drugs, or have a long-term health problem, to tell the provider (SET-1)', () => {
    expect(cautionIds(answersOf({ 'other-drugs': ['stimulants'], 'health-now': ['ongoing'] }))).toEqual([
      'tell-provider-other-drugs',
      'tell-provider-health-problem',
    ]);
  });

  it('says that withdrawal care alone is not treatment whenever medically managed withdrawal is suggested (SET-4)', () => {
    const result = assessInEnglish(answersOf(severeNoSupport, { 'withdrawal-history': 'seizure', alcohol: 'heavy' }));
    expect(result.setting?.medicalWithdrawalManagement).toBe(true);
    const caution = result.cautions.find((item) => item.id === 'withdrawal-care-is-not-treatment');
    expect(caution?.sources).toEqual(['SET-4']);
    expect(caution?.reasons).toEqual(result.setting?.reasons);
  });

  it.each<[string, TypedAnswers, string[]]>([
    [
      'detox was the only treatment before',
      { 'previous-treatment': 'helped', 'previous-treatment-type': ['detox-only'] },
      ['previous-treatment-type'],
    ],
    ['they left detox in the past month', { 'recent-release': ['detox'] }, ['recent-release']],
  ])('says that withdrawal care alone is not treatment when %s (SET-4)', (_, answers, reasonIds) => {
    const result = assessInEnglish(answersOf(mildAtHome, answers));
    expect(result.setting?.medicalWithdrawalManagement).toBe(false);
    const caution = result.cautions.find((item) => item.id === 'withdrawal-care-is-not-treatment');
    expect(caution?.text).toBe(
      'Medical care through withdrawal is only a first step, not treatment on its own. Plan ongoing care, and ask about medicine for opioid use.',
    );
    expect(caution?.reasons.map((reason) => reason.questionId)).toEqual(reasonIds);
  });

  it('does not say it after treatment that was more than detox, or after jail only', () => {
    expect(
      cautionIds(answersOf(mildAtHome, { 'previous-treatment': 'helped', 'previous-treatment-type': ['outpatient'] })),
    ).not.toContain('withdrawal-care-is-not-treatment');
    expect(cautionIds(answersOf(mildAtHome, { 'recent-release': ['jail'] }))).not.toContain(
      'withdrawal-care-is-not-treatment',
    );
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

  it.each(['no', 'prefer-not-to-say'] as const)(
    'does not suggest family therapy when the answer about a safe home is "%s" (DV-1)',
    (homeSafe) => {
      const support = assessInEnglish(answersOf(mildAtHome, { 'home-safe': homeSafe })).support;
      expect(support.map((item) => item.id)).not.toContain('family-therapy');
    },
  );

  it('still suggests family therapy when the person is not sure the home is safe', () => {
    const support = assessInEnglish(answersOf(mildAtHome, { 'home-safe': 'not-sure' })).support;
    expect(support.map((item) => item.id)).toContain('family-therapy');
  });

  it('suggests care that keeps work and children only for severe use with no support person at a steady, safe home', () => {
    const ids = (answers: TypedAnswers) =>
      assessInEnglish(answersOf(mildAtHome, answers)).support.map((item) => item.id);
    const severeAlone = {
      ...severeNoSupport,
      housing: 'stable',
      'others-use': 'no',
      responsibilities: ['work'],
    } as const;
    expect(ids(severeAlone)).toContain('keep-work-and-children');
    expect(ids({ ...severeAlone, responsibilities: ['school'] })).not.toContain('keep-work-and-children');
    expect(ids({ ...severeAlone, 'support-person': 'yes' })).not.toContain('keep-work-and-children');
    expect(ids({ ...severeAlone, housing: 'unstable' })).not.toContain('keep-work-and-children');
    expect(ids({ ...severeAlone, 'home-safe': 'no' })).not.toContain('keep-work-and-children');
    expect(ids({ ...severeAlone, 'others-use': 'yes' })).not.toContain('keep-work-and-children');
    expect(ids({ ...severeAlone, control: ['craving'], 'life-impact': ['none'] })).not.toContain(
      'keep-work-and-children',
    );
  });

  it('says "recovery housing", never "sober living" (BEH-2, WORDS-1)', () => {
    const aftercare = assessInEnglish({}).support.find((item) => item.id === 'aftercare');
    expect(aftercare?.text).toMatch(/recovery housing/);
    expect(aftercare?.text).not.toMatch(/sober/i);
  });
});
