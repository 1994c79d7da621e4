import { describe, expect, it } from 'vitest';
import { conditionHolds } from '../../questions/conditions.ts';
import type { Condition } from '../../questions/schema.ts';

const pregnant: Condition = { questionId: 'pregnancy', operator: 'is', value: 'pregnant' };
const hasAHome: Condition = { questionId: 'housing', operator: 'isOneOf', values: ['stable', 'unstable'] };
const works: Condition = { questionId: 'responsibilities', operator: 'includes', value: 'work' };
const studiesOrCares: Condition = {
  questionId: 'responsibilities',
  operator: 'includesAnyOf',
  values: ['school', 'children'],
};

describe('conditionHolds', () => {
  it('"is" holds only for that exact single answer', () => {
    expect(conditionHolds(pregnant, { pregnancy: 'pregnant' })).toBe(true);
    expect(conditionHolds(pregnant, { pregnancy: 'could-be' })).toBe(false);
  });

  it('"isOneOf" holds for any of the listed answers', () => {
    expect(conditionHolds(hasAHome, { housing: 'stable' })).toBe(true);
    expect(conditionHolds(hasAHome, { housing: 'unstable' })).toBe(true);
    expect(conditionHolds(hasAHome, { housing: 'none' })).toBe(false);
  });

  it('"includes" holds when the value is among the options chosen', () => {
    expect(conditionHolds(works, { responsibilities: ['children', 'work'] })).toBe(true);
    expect(conditionHolds(works, { responsibilities: ['children'] })).toBe(false);
    expect(conditionHolds(works, { responsibilities: [] })).toBe(false);
  });

  it('"includesAnyOf" holds when at least one listed value was chosen', () => {
    expect(conditionHolds(studiesOrCares, { responsibilities: ['work', 'school'] })).toBe(true);
    expect(conditionHolds(studiesOrCares, { responsibilities: ['children'] })).toBe(true);
    expect(conditionHolds(studiesOrCares, { responsibilities: ['work'] })).toBe(false);
  });

  it('never holds for an unanswered question, whatever the operator', () => {
    for (const condition of [pregnant, hasAHome, works, studiesOrCares]) {
      expect(conditionHolds(condition, {})).toBe(false);
    }
  });

  it('"all" needs every part and "any" needs one', () => {
    const answers = { pregnancy: 'pregnant', housing: 'none' };
    expect(conditionHolds({ all: [pregnant] }, answers)).toBe(true);
    expect(conditionHolds({ all: [pregnant, hasAHome] }, answers)).toBe(false);
    expect(conditionHolds({ any: [hasAHome, pregnant] }, answers)).toBe(true);
    expect(conditionHolds({ any: [hasAHome, works] }, answers)).toBe(false);
  });

  it('nests "all" and "any" to any depth', () => {
    const condition: Condition = { all: [pregnant, { any: [hasAHome, { all: [works, studiesOrCares] }] }] };
    expect(conditionHolds(condition, { pregnancy: 'pregnant', housing: 'stable' })).toBe(true);
    expect(conditionHolds(condition, { pregnancy: 'pregnant', responsibilities: ['work', 'school'] })).toBe(true);
    expect(conditionHolds(condition, { pregnancy: 'pregnant', responsibilities: ['work'] })).toBe(false);
    expect(conditionHolds(condition, { housing: 'stable', responsibilities: ['work', 'school'] })).toBe(false);
  });
});
