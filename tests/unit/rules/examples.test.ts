import { readdirSync, readFileSync } from 'node:fs';
import { assessInput, summarize } from '../../../scripts/assess-core.ts';

const folder = new URL('../../../docs/examples/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
const examples = files.filter((file) => {
  const input = read(file);
  return typeof input === 'object' && input !== null && 'answers' in input;
});

describe('worked examples in docs/examples', () => {
  it('has at least 12 examples with a story and expected results', () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
  });

  it.each(examples)('%s gives the expected result', (file) => {
    const { recommendation, problems, ignored, example } = assessInput(read(file));
    expect(problems).toEqual([]);
    expect(ignored).toEqual([]);
    expect(example?.story).toMatch(/\w/);
    expect(example?.expected, `${file} has no "expected"`).toBeDefined();
    expect(recommendation && summarize(recommendation)).toEqual(example?.expected);
  });

  it('still reads a plain answers file', () => {
    const { recommendation, example } = assessInput(read('severe-no-support-at-home.json'));
    expect(example).toBeNull();
    expect(recommendation?.setting.level).toBe('residential');
  });

  it('reports a malformed example instead of assessing it', () => {
    const { recommendation, problems } = assessInput({ answers: {}, expected: { setting: 1 } });
    expect(recommendation).toBeNull();
    expect(problems.join(' ')).toMatch(/story/);
  });
});
