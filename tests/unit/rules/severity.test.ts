import { enRules } from '../../support/words.ts';
import { assessSeverity, levelForCount } from '../../../src/rules/severity.ts';
import { answersOf } from './fixtures.ts';

describe('severity from the count of criteria (SEV-2)', () => {
  it.each([
    [0, 'none'],
    [1, 'none'],
    [2, 'mild'],
    [3, 'mild'],
    [4, 'moderate'],
    [5, 'moderate'],
    [6, 'severe'],
    [11, 'severe'],
  ] as const)('maps %i criteria to %s', (count, level) => {
    expect(levelForCount(count)).toBe(level);
  });

  it('is "not-answered" when none of the three criteria questions was answered', () => {
    const { severity, reasons } = assessSeverity(answersOf({ alcohol: 'no' }), enRules);
    expect(severity).toEqual({ level: 'not-answered', criteriaCount: 0, sources: ['SEV-1', 'SEV-2'] });
    expect(reasons).toEqual([]);
  });

  it('counts "None of these" as no criteria, and an answer of "none" is still an answer', () => {
    const { severity } = assessSeverity(
      answersOf({ control: ['none'], 'life-impact': ['none'], 'body-changes': ['none'] }),
      enRules,
    );
    expect(severity.level).toBe('none');
    expect(severity.criteriaCount).toBe(0);
  });

  it('adds up criteria across the three questions', () => {
    const { severity, reasons } = assessSeverity(
      answersOf({
        control: ['more-than-meant', 'craving'],
        'life-impact': ['duties', 'despite-harm'],
        'body-changes': ['tolerance', 'withdrawal'],
      }),
      enRules,
    );
    expect(severity).toMatchObject({ level: 'severe', criteriaCount: 6 });
    expect(reasons[0]).toEqual({
      questionId: 'control',
      text: 'You said 6 of the 11 things that providers ask about happened in the past 12 months. 6 or more is counted as severe.',
    });
  });

  it('counts all eleven criteria when every one is ticked', () => {
    const { severity } = assessSeverity(
      answersOf({
        control: ['more-than-meant', 'could-not-cut-down', 'much-time', 'craving'],
        'life-impact': ['duties', 'relationships', 'gave-up-activities', 'risky-situations', 'despite-harm'],
        'body-changes': ['tolerance', 'withdrawal'],
      }),
      enRules,
    );
    expect(severity.criteriaCount).toBe(11);
  });

  it('gives a level from a partial answer set (only one criteria question answered)', () => {
    const { severity, reasons } = assessSeverity(answersOf({ 'life-impact': ['duties', 'relationships'] }), enRules);
    expect(severity).toMatchObject({ level: 'mild', criteriaCount: 2 });
    expect(reasons[0]?.questionId).toBe('life-impact');
  });

  describe('tolerance and withdrawal with prescribed pills only (SEV-3)', () => {
    const body = { control: ['craving'], 'body-changes': ['tolerance', 'withdrawal'] } as const;

    it('does not count them when the only opioid is pain pills taken as prescribed', () => {
      const { severity, reasons } = assessSeverity(
        answersOf(body, { 'opioids-used': ['pills-as-prescribed'] }),
        enRules,
      );
      expect(severity).toMatchObject({ level: 'none', criteriaCount: 1 });
      expect(severity.sources).toContain('SEV-3');
      expect(reasons.map((reason) => reason.questionId)).toEqual(['control', 'opioids-used', 'body-changes']);
    });

    it('counts them as soon as any other opioid is used too', () => {
      const { severity } = assessSeverity(
        answersOf(body, { 'opioids-used': ['pills-as-prescribed', 'pills-not-as-prescribed'] }),
        enRules,
      );
      expect(severity).toMatchObject({ level: 'mild', criteriaCount: 3 });
      expect(severity.sources).not.toContain('SEV-3');
    });

    it('counts them when the opioids used were not answered', () => {
      expect(assessSeverity(answersOf(body), enRules).severity.criteriaCount).toBe(3);
    });
  });
});
