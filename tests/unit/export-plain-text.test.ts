import { describe, expect, test } from 'vitest';
import { questionnaire } from '../support/words.ts';
import { plainTextSummary, wrap } from '../../src/export/plain-text.ts';
import { buildSummary } from '../../src/export/summary.ts';
import { en } from '../support/words.ts';
import { assessInEnglish } from '../support/words.ts';
import { answersOf, mildAtHome } from './rules/fixtures.ts';
import { crisisAnswers, settingAnswers, summaryIn, unknownAnswers, voices } from './support/export-cases.ts';

const answers = {
  ...settingAnswers,
  'opioids-used': ['heroin', 'fentanyl'],
  benzodiazepines: 'daily',
};
const summary = buildSummary({
  questionnaire,
  answers,
  recommendation: assessInEnglish(answers),
  date: new Date('2026-11-20T15:30:00Z'),
  messages: en,
});

describe('wrapping', () => {
  test('breaks between words so no line is longer than the width, and indents continuation lines', () => {
    const lines = wrap('one two three four five six seven eight nine ten', 16, '- ', '  ');
    expect(lines).toEqual(['- one two three', '  four five six', '  seven eight', '  nine ten']);
  });

  test('never breaks a word longer than the width, such as a phone number', () => {
    expect(wrap('Call 1-800-662-4357 now', 8)).toEqual(['Call', '1-800-662-4357', 'now']);
  });

  test('keeps everything on one line when the width is 0', () => {
    expect(wrap('a  b\nc', 0, '- ')).toEqual(['- a b c']);
  });
});

describe('the summary as plain text', () => {
  const text = plainTextSummary(summary);
  const lines = text.split('\n');

  test('starts with the title, the date and the versions', () => {
    expect(lines.slice(0, 3)).toEqual([summary.title, summary.dateLine, summary.versionsLine]);
  });

  test('has a heading for each part, in order, each after a blank line', () => {
    const { headings } = summary;
    const order = [headings.setting, headings.reasons, headings.medications, headings.cautions];
    const positions = [...order, headings.answers, headings.moodChecks, headings.helplines].map((heading) =>
      lines.indexOf(heading),
    );
    expect(positions.every((position) => position > 0 && lines[position - 1] === '')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('lists the setting, every medicine with its cautions, every caution, each answer and the helplines', () => {
    const flat = text.replace(/\n {2}/g, ' ').replace(/\n- /g, '\n');
    expect(flat).toContain(summary.setting?.name);
    expect(summary.setting?.name).toBeTruthy();
    for (const medication of summary.medications) {
      expect(flat).toContain(medication.name);
      for (const caution of medication.cautions) expect(flat).toContain(`${summary.cautionLabel} ${caution}`);
    }
    for (const caution of summary.cautions) expect(flat).toContain(caution);
    for (const row of summary.answers) expect(flat).toContain(`${row.question}: ${row.answers.join('; ')}`);
    expect(flat).toContain('1-800-662-4357');
    expect(flat).toContain(': 988');
    expect(flat).toContain(': 911');
    expect(text.trimEnd().endsWith(summary.notDiagnosis.split(' ').at(-1) ?? '')).toBe(true);
  });

  test('wraps every line at 72 characters by default, or at the width asked for', () => {
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(72);
    const narrow = plainTextSummary(summary, { width: 40 }).split('\n');
    expect(Math.max(...narrow.map((line) => line.length))).toBeLessThanOrEqual(40);
    expect(plainTextSummary(summary, { width: 0 }).split('\n').length).toBeLessThan(lines.length);
  });

  test('marks a medicine not to be started now', () => {
    const heldBack = { ...summary, medications: summary.medications.map((m) => ({ ...m, notNow: 'Not now' })) };
    const first = heldBack.medications[0]?.name ?? '';
    expect(plainTextSummary(heldBack, { width: 0 })).toContain(`- ${first} (Not now)`);
  });
});

describe.each(voices)(
  'the plain text (and the case note made from it) in %s, perspective %s',
  (language, perspective) => {
    test('with no setting suggested, says what comes first and why, under its own heading, and names no setting', () => {
      const { recommendation, summary } = summaryIn(language, perspective, crisisAnswers);
      const text = plainTextSummary(summary, { width: 0 });
      const lines = text.split('\n');
      const heading = lines.indexOf(summary.headings.firstStep);
      expect(heading).toBeGreaterThan(0);
      expect(lines[heading + 1]).toBe(`- ${recommendation.insteadOfSetting?.text ?? 'missing'}`);
      expect(lines[heading + 3]).toBe(summary.headings.reasons);
      for (const reason of recommendation.insteadOfSetting?.reasons ?? []) expect(lines).toContain(`- ${reason.text}`);
      expect(lines).not.toContain(summary.headings.setting);
    });

    test('lists each answer not known, then what to tell the provider under it', () => {
      const { recommendation, summary } = summaryIn(language, perspective, unknownAnswers(perspective));
      const lines = plainTextSummary(summary, { width: 0 }).split('\n');
      const heading = lines.indexOf(summary.headings.unknowns);
      expect(heading).toBeGreaterThan(lines.indexOf(summary.headings.cautions));
      expect(recommendation.unknowns.length).toBeGreaterThanOrEqual(2);
      const body = lines.slice(heading + 1, heading + 1 + 2 * recommendation.unknowns.length);
      expect(body).toEqual(
        recommendation.unknowns.flatMap((unknown) => [
          `- ${unknown.reasons.map((reason) => reason.text).join(' ')}`,
          `  ${unknown.text}`,
        ]),
      );
    });

    test('gives both mood checks by name, PHQ-2 and GAD-2, with their totals', () => {
      const { summary } = summaryIn(language, perspective, settingAnswers);
      const lines = plainTextSummary(summary, { width: 0 }).split('\n');
      const heading = lines.indexOf(summary.headings.moodChecks);
      expect(heading).toBeGreaterThan(lines.indexOf(summary.headings.answers));
      expect(lines.slice(heading + 1, heading + 3)).toEqual(summary.moodChecks.map((check) => `- ${check}`));
      expect(lines[heading + 1]).toMatch(/^- PHQ-2\b.* 4 /);
      expect(lines[heading + 2]).toMatch(/^- GAD-2\b.* 0 /);
    });
  },
);

describe('"Do this now" in the plain text', () => {
  test('comes first, with the call and its number, what to say and the safety step', () => {
    const calm = answersOf(mildAtHome, { payment: 'medicaid' });
    const recommendation = assessInEnglish(calm);
    const date = new Date('2026-11-20T15:30:00Z');
    const text = plainTextSummary(buildSummary({ questionnaire, answers: calm, recommendation, date, messages: en }), {
      width: 0,
    });
    const { doThisNow } = recommendation;
    expect(doThisNow.script.map((line) => line.text)).toContain('I have Medicaid.');
    const lines = text.split('\n');
    const start = lines.indexOf(en.results.doThisNow.heading);
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(lines.indexOf(en.exports.settingHeading));
    expect(lines.slice(start + 1, start + 5)).toEqual([
      `- ${doThisNow.call.title}`,
      '  Call the SAMHSA National Helpline at 1-800-662-4357',
      `- ${en.results.doThisNow.whatToSay}: ${doThisNow.script.map((line) => line.text).join(' ')}`,
      `- ${en.results.doThisNow.safetyLabel} ${doThisNow.safety.text}`,
    ]);
  });

  test('for a crisis call, gives its numbers and no script', () => {
    const text = plainTextSummary(summary, { width: 0 });
    expect(text).toContain(
      `${en.results.doThisNow.heading}\n- Get medical care now\n  Call 911\n- ${en.results.doThisNow.safetyLabel}`,
    );
    expect(text).not.toContain(`${en.results.doThisNow.whatToSay}:`);
  });
});

describe('"Find a place" in the plain text', () => {
  test('after the medicines: the FindTreatment.gov address, a tick-box line for each filter, then the questions to ask', () => {
    const calm = answersOf(mildAtHome, { payment: 'medicaid' });
    const recommendation = assessInEnglish(calm);
    const date = new Date('2026-11-20T15:30:00Z');
    const lines = plainTextSummary(buildSummary({ questionnaire, answers: calm, recommendation, date, messages: en }), {
      width: 0,
    }).split('\n');
    const t = en.results.findCare;
    const start = lines.indexOf(t.heading);
    expect(start).toBeGreaterThan(lines.indexOf(en.exports.medicationsHeading));
    expect(lines[start - 1]).toBe('');
    const { lookFor, ask } = recommendation.findCare;
    expect(lookFor.map((line) => line.id)).toContain('payment-medicaid');
    expect(lines.slice(start + 1, start + 4 + lookFor.length + ask.length)).toEqual([
      '- Search FindTreatment.gov: https://findtreatment.gov',
      `  ${t.lookForHeading}:`,
      ...lookFor.map((line) => `  [ ] ${line.text}`),
      `- ${t.askHeading}:`,
      ...ask.map((line) => `  ${line.text}`),
    ]);
  });

  test('with nothing to choose, keeps the address and the questions and leaves out the checklist heading', () => {
    const bare = {
      ...summary,
      findCare: { ...summary.findCare, lookFor: [] },
    };
    const text = plainTextSummary(bare, { width: 0 });
    expect(text).toContain(`${en.results.findCare.heading}\n- Search FindTreatment.gov`);
    expect(text).not.toContain(en.results.findCare.lookForHeading);
    expect(text).toContain(`- ${en.results.findCare.askHeading}:`);
  });
});
