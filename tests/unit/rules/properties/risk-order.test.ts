/**
 * The risk order the monotonicity properties rely on names only questions and options that exist,
 * and places every option of each single-choice question it lists, so a new option cannot slip in
 * unreviewed.
 */
import { findQuestion } from '../../../../questions/journey.ts';
import { questionnaire } from '../../../../questions/questionnaire.ts';
import { escalationsOf, tierOf } from '../support/escalations.ts';
import { riskierTicks, singleRiskTiers } from '../support/risk-order.ts';

const optionsOf = (id: string) => findQuestion(questionnaire, id)?.options.map((option) => option.value);

describe('the reviewed risk order', () => {
  it.each(Object.entries(singleRiskTiers))('places every option of single-choice "%s" exactly once', (id, tiers) => {
    expect(findQuestion(questionnaire, id)?.kind).toBe('single');
    expect(tiers.flat().toSorted()).toEqual(optionsOf(id)?.toSorted());
  });

  const unknownsOf = (id: string) =>
    (findQuestion(questionnaire, id)?.options ?? []).filter((option) => option.unknown).map((option) => option.value);
  const withUnknowns = Object.entries(singleRiskTiers).filter(([id]) => unknownsOf(id).length > 0);

  it('has answers kept back or not known to place, in several questions', () => {
    expect(withUnknowns.length).toBeGreaterThan(5);
  });

  it.each(withUnknowns)(
    'places an answer kept back or not known for "%s" just above the safest known answer',
    (id, tiers: readonly (readonly string[])[]) => {
      const unknown = unknownsOf(id);
      // All of them in the tier just above the safest known answer, none in the safest tier.
      expect(tiers[1]?.filter((value) => unknown.includes(value)).toSorted()).toEqual(unknown.toSorted());
      expect(tiers[0]?.filter((value) => unknown.includes(value))).toEqual([]);
    },
  );

  it.each(Object.entries(riskierTicks))('names only options of checkbox question "%s"', (id, ticks) => {
    expect(findQuestion(questionnaire, id)?.kind).toBe('multiple');
    expect(optionsOf(id)).toEqual(expect.arrayContaining([...ticks]));
    expect(ticks).not.toContain('none');
  });

  it('escalates a single answer only to options of a higher tier, from unanswered or junk to any option', () => {
    expect(escalationsOf({ alcohol: 'some' }, 'alcohol').map((step) => step.answers.alcohol)).toEqual(['heavy']);
    expect(escalationsOf({ alcohol: 'heavy' }, 'alcohol')).toEqual([]);
    expect(escalationsOf({ 'others-use': 'no' }, 'others-use').map((step) => step.answers['others-use'])).toEqual([
      'prefer-not-to-say',
      'dont-know',
      'yes',
    ]);
    expect(escalationsOf({ alcohol: 'dont-know' }, 'alcohol').map((step) => step.answers.alcohol)).toEqual([
      'some',
      'heavy',
    ]);
    expect(escalationsOf({ alcohol: ['heavy'] }, 'alcohol')).toHaveLength(5);
    expect(escalationsOf({}, 'housing')).toHaveLength(3);
    expect(tierOf('housing', 'none')).toBe(2);
    expect(tierOf('housing', 'elsewhere')).toBe(-1);
  });

  it('escalates a checkbox answer by ticking one more risky box, keeping the others', () => {
    expect(escalationsOf({ 'opioids-used': ['pills-as-prescribed'] }, 'opioids-used')[0]?.answers).toEqual({
      'opioids-used': ['pills-as-prescribed', 'heroin'],
    });
    expect(escalationsOf({ 'body-changes': ['tolerance', 'withdrawal'] }, 'body-changes')).toEqual([]);
  });
});
