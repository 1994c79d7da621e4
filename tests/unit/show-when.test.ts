import { describe, expect, it } from 'vitest';
import { showWhenHolds } from '../../questions/show-when.ts';
import type { ShowWhen } from '../../questions/schema.ts';

const pregnant: ShowWhen = { questionId: 'pregnancy', anyOf: ['pregnant'] };
const hasAHome: ShowWhen = { questionId: 'housing', anyOf: ['stable', 'unstable'] };
const works: ShowWhen = { questionId: 'responsibilities', anyOf: ['work'] };
const studiesOrCares: ShowWhen = { questionId: 'responsibilities', anyOf: ['school', 'children'] };

describe('showWhenHolds', () => {
  it('holds for a single answer only when it is the value listed', () => {
    expect(showWhenHolds(pregnant, { pregnancy: 'pregnant' })).toBe(true);
    expect(showWhenHolds(pregnant, { pregnancy: 'could-be' })).toBe(false);
  });

  it('holds for a single answer that is any of the values listed', () => {
    expect(showWhenHolds(hasAHome, { housing: 'stable' })).toBe(true);
    expect(showWhenHolds(hasAHome, { housing: 'unstable' })).toBe(true);
    expect(showWhenHolds(hasAHome, { housing: 'none' })).toBe(false);
  });

  it('holds for checkboxes when the value listed is among the options ticked', () => {
    expect(showWhenHolds(works, { responsibilities: ['children', 'work'] })).toBe(true);
    expect(showWhenHolds(works, { responsibilities: ['children'] })).toBe(false);
    expect(showWhenHolds(works, { responsibilities: [] })).toBe(false);
  });

  it('holds for checkboxes when at least one of the values listed is ticked', () => {
    expect(showWhenHolds(studiesOrCares, { responsibilities: ['work', 'school'] })).toBe(true);
    expect(showWhenHolds(studiesOrCares, { responsibilities: ['children'] })).toBe(true);
    expect(showWhenHolds(studiesOrCares, { responsibilities: ['work'] })).toBe(false);
  });

  it('never holds for an unanswered question', () => {
    for (const condition of [pregnant, hasAHome, works, studiesOrCares]) {
      expect(showWhenHolds(condition, {})).toBe(false);
    }
  });

  it('"all" needs every part and "any" needs one', () => {
    const answers = { pregnancy: 'pregnant', housing: 'none' };
    expect(showWhenHolds({ all: [pregnant] }, answers)).toBe(true);
    expect(showWhenHolds({ all: [pregnant, hasAHome] }, answers)).toBe(false);
    expect(showWhenHolds({ any: [hasAHome, pregnant] }, answers)).toBe(true);
    expect(showWhenHolds({ any: [hasAHome, works] }, answers)).toBe(false);
  });

  it('nests "all" and "any" to any depth', () => {
    const condition: ShowWhen = { all: [pregnant, { any: [hasAHome, { all: [works, studiesOrCares] }] }] };
    expect(showWhenHolds(condition, { pregnancy: 'pregnant', housing: 'stable' })).toBe(true);
    expect(showWhenHolds(condition, { pregnancy: 'pregnant', responsibilities: ['work', 'school'] })).toBe(true);
    expect(showWhenHolds(condition, { pregnancy: 'pregnant', responsibilities: ['work'] })).toBe(false);
    expect(showWhenHolds(condition, { housing: 'stable', responsibilities: ['work', 'school'] })).toBe(false);
  });
});
