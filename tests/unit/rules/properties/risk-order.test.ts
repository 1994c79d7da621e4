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

  it.each(Object.entries(riskierTicks))('names only options of checkbox question "%s"', (id, ticks) => {
    expect(findQuestion(questionnaire, id)?.kind).toBe('multiple');
    expect(optionsOf(id)).toEqual(expect.arrayContaining([...ticks]));
    expect(ticks).not.toContain('none');
  });

  it('escalates a single answer only to options of a higher tier, from unanswered or junk to any option', () => {
    expect(escalationsOf({ alcohol: 'some' }, 'alcohol').map((step) => step.answers.alcohol)).toEqual(['heavy']);
    expect(escalationsOf({ alcohol: 'heavy' }, 'alcohol')).toEqual([]);
    expect(escalationsOf({ 'others-use': 'no' }, 'others-use').map((step) => step.answers['others-use'])).toEqual([
      'yes',
    ]);
    expect(escalationsOf({ alcohol: ['heavy'] }, 'alcohol')).toHaveLength(3);
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
