import { answered, multiple, offeredChoices, single } from '../../../questions/read-answers.ts';
import { toAnswers } from './support/typed-answers.ts';

describe('typed answer accessors', () => {
  it('reads the option chosen for a single-choice question', () => {
    expect(single({ alcohol: 'heavy' }, 'alcohol')).toBe('heavy');
  });

  it('reads an unanswered single-choice question as undefined', () => {
    expect(single({}, 'alcohol')).toBeUndefined();
  });

  it('reads a value the question does not offer as not answered', () => {
    expect(single({ alcohol: 'lots' }, 'alcohol')).toBeUndefined();
    expect(answered({ alcohol: 'lots' }, 'alcohol')).toBe(false);
  });

  it('reads a list where a single answer was expected as not answered', () => {
    expect(single({ alcohol: ['heavy'] }, 'alcohol')).toBeUndefined();
  });

  it('reads the options ticked for a checkbox question, dropping values it does not offer', () => {
    expect(multiple({ 'opioids-used': ['heroin', 'nonsense', 'fentanyl'] }, 'opioids-used')).toEqual([
      'heroin',
      'fentanyl',
    ]);
  });

  it('reads an unanswered checkbox question as an empty list', () => {
    expect(multiple({}, 'recent-release')).toEqual([]);
  });

  it('reads the offered choices of any question by its kind, a list for a single choice choosing nothing', () => {
    expect(offeredChoices({ alcohol: 'heavy' }, 'alcohol')).toEqual(['heavy']);
    expect(offeredChoices({ alcohol: ['heavy'] }, 'alcohol')).toEqual([]);
    expect(offeredChoices({ alcohol: 'lots' }, 'alcohol')).toEqual([]);
    expect(offeredChoices({ 'opioids-used': ['heroin', 'nonsense'] }, 'opioids-used')).toEqual(['heroin']);
    expect(offeredChoices({ 'opioids-used': 'heroin' }, 'opioids-used')).toEqual(['heroin']);
  });

  it('rejects a misspelt question id or option value at compile time', () => {
    const answers = toAnswers({ alcohol: 'no' });
    // @ts-expect-error 'alcohool' is not a question id
    single(answers, 'alcohool');
    // @ts-expect-error 'opioids-used' is a checkbox question, read with multiple()
    single(answers, 'opioids-used');
    // @ts-expect-error 'lots' is not an option of 'alcohol'
    expect(single(answers, 'alcohol') === 'lots').toBe(false);
    // @ts-expect-error 'beer' is not an option of 'alcohol'
    toAnswers({ alcohol: 'beer' });
  });
});
