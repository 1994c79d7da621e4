import { readdirSync, readFileSync } from 'node:fs';
import { assessInput, summarize, type Summary } from '../../../scripts/assess-core.ts';
import { settingLevels } from '../../../src/rules/recommendation.ts';
import { settingGates } from '../../../src/rules/setting-gates.ts';

const folder = new URL('../../../docs/examples/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
const examples = files.filter((file) => {
  const input = read(file);
  return typeof input === 'object' && input !== null && 'answers' in input;
});
const expectedResults = examples.map((file) => (read(file) as { expected: Summary }).expected);

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

  it('shows every setting and every reason for suggesting none in at least one example', () => {
    const shown = new Set(expectedResults.flatMap((expected) => [expected.setting, expected.insteadOfSetting]));
    expect(settingLevels.filter((level) => !shown.has(level))).toEqual([]);
    expect(settingGates.map((gate) => gate.id).filter((id) => !shown.has(id))).toEqual([]);
  });

  it('lists every example in docs/proving-the-rules.md with the setting it gives, or why none', () => {
    const page = readFileSync(new URL('../proving-the-rules.md', folder), 'utf8');
    const rows = [...page.matchAll(/^\| `([a-z0-9-]+\.json)` +\| ([^|]+?) +\|/gm)];
    const listed = Object.fromEntries(
      rows.map(([, file = '', result = '']) => [file, result.replace('no setting: ', '').replaceAll(' ', '-')]),
    );
    const actual = Object.fromEntries(
      files.map((file) => {
        const recommendation = assessInput(read(file)).recommendation;
        return [file, recommendation?.setting?.level ?? recommendation?.insteadOfSetting?.id];
      }),
    );
    expect(listed).toEqual(actual);
  });

  it('still reads a plain answers file', () => {
    const { recommendation, example } = assessInput(read('severe-no-support-at-home.json'));
    expect(example).toBeNull();
    expect(recommendation?.setting?.level).toBe('residential');
  });

  it('reports a malformed example instead of assessing it', () => {
    const { recommendation, problems } = assessInput({ answers: {}, expected: { setting: 1 } });
    expect(recommendation).toBeNull();
    expect(problems.join(' ')).toMatch(/story/);
  });
});

describe('reading an answers file', () => {
  it('refuses "I don\'t know" from someone answering for themselves, and takes it from someone answering for another', () => {
    const answers = { alcohol: 'dont-know' };
    const self = assessInput(answers);
    expect(self.recommendation).toBeNull();
    expect(self.problems).toEqual(['"alcohol": not an answer this question offers']);
    const other = assessInput(answers, { perspective: 'other' });
    expect(other.problems).toEqual([]);
    expect(other.recommendation?.unknowns.map((unknown) => unknown.id)).toEqual(['unknown-alcohol']);
  });

  it('reads a worked example in its own perspective unless another is asked for', () => {
    const parent = read('parent-answering-for-son.json');
    expect(assessInput(parent).perspective).toBe('other');
    expect(assessInput(parent, { perspective: 'self' }).recommendation?.family).toEqual([]);
  });

  it('words the result in Spanish when asked, with the same conclusions', () => {
    const input = read('pregnant-without-prenatal-care.json');
    const english = assessInput(input).recommendation;
    const spanish = assessInput(input, { language: 'es' }).recommendation;
    const [inSpanish, englishSummary] = [spanish && summarize(spanish), english && summarize(english)];
    // The one thing the language adds: care in Spanish, asked for on the call "Do this now" suggests
    // and looked for on FindTreatment.gov.
    expect(inSpanish?.doThisNow.script).toEqual([...(englishSummary?.doThisNow.script ?? []), 'in-spanish']);
    expect(inSpanish?.findCare.lookFor).toContain('spanish');
    expect(englishSummary?.findCare.lookFor).not.toContain('spanish');
    const sameConclusions = (summary: typeof inSpanish) =>
      summary && {
        ...summary,
        doThisNow: { ...summary.doThisNow, script: summary.doThisNow.script.filter((id) => id !== 'in-spanish') },
        findCare: { ...summary.findCare, lookFor: summary.findCare.lookFor.filter((id) => id !== 'spanish') },
      };
    expect(sameConclusions(inSpanish)).toEqual(sameConclusions(englishSummary));
    expect(spanish?.setting?.name).toBe('Programa ambulatorio intensivo o de día');
    expect(english?.setting?.name).toBe('Intensive outpatient or day program');
  });
});
