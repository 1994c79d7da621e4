/**
 * The words a first-time visitor's browser loads before the first question: the English interface
 * of the screens up to the questions and the questions for "you", and the few words that lead into
 * each helpline contact in the header. Not the interface words of the screens after the questions
 * (crisis, check, results, exports, a clinic's results, the coordinator's tools), not the words for
 * someone answering about a person they care about, not Spanish, and not the rule texts that only
 * the results, the exports and a coordinator's case note need: each of those is a chunk of its own
 * (src/i18n/load-catalogs.ts).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, staticModules } from './support/static-imports.ts';

const firstLoad = staticModules('src/main.tsx');
const filesIn = (folder: string) => readdirSync(path.join(ROOT, folder)).map((name) => `${folder}/${name}`);

describe('the words loaded before the first question', () => {
  it('include the English words for "you" and the helpline contact words', () => {
    expect(firstLoad).toContain('src/i18n/en-ui.ts');
    expect(firstLoad).toContain('src/rules/texts/en-contacts.ts');
    // The questions speak with the questionnaire's own words, not a second copy of them.
    expect(firstLoad).toContain('questions/questionnaire.ts');
    expect(firstLoad).not.toContain('questions/texts.ts');
  });

  it('leave out the interface words of the screens after the questions, in every language', () => {
    const later = filesIn('src/i18n').filter((file) => file.endsWith('-ui-more.ts'));
    expect(later).toEqual(
      expect.arrayContaining([
        'src/i18n/en-ui-more.ts',
        'src/i18n/en-other-ui-more.ts',
        'src/i18n/es-self-ui-more.ts',
        'src/i18n/es-other-ui-more.ts',
      ]),
    );
    expect(later.filter((file) => firstLoad.has(file))).toEqual([]);
  });

  it('leave out the whole English interface, which only the tools and tests import', () => {
    expect(staticModules('src/i18n/en.ts')).toContain('src/i18n/en-ui-more.ts');
    expect(firstLoad).not.toContain('src/i18n/en.ts');
  });

  it('leave out every English catalog for someone the person cares about', () => {
    const other = filesIn('src/i18n').filter((file) => path.basename(file).startsWith('en-other'));
    expect(other.length).toBeGreaterThan(3);
    expect(other.filter((file) => firstLoad.has(file))).toEqual([]);
  });

  it('leave out every Spanish catalog', () => {
    const spanish = filesIn('src/i18n').filter((file) => path.basename(file).startsWith('es'));
    expect(spanish.length).toBeGreaterThan(3);
    expect(spanish.filter((file) => firstLoad.has(file))).toEqual([]);
  });

  it('leave out the code that puts other words into the questionnaire, which comes with those words', () => {
    expect(staticModules('src/i18n/es-self.ts')).toContain('questions/localize.ts');
    expect(firstLoad).not.toContain('questions/localize.ts');
  });

  it('leave out the rule texts, all but the contact words', () => {
    const ruleTexts = filesIn('src/rules/texts').filter((file) => !file.endsWith('/en-contacts.ts'));
    expect(ruleTexts).toContain('src/rules/texts/en.ts');
    expect(ruleTexts.filter((file) => firstLoad.has(file))).toEqual([]);
  });

  it('see a static import when there is one (the whole English catalog reaches its rule texts)', () => {
    expect(staticModules('src/i18n/en-catalogs.ts')).toContain('src/rules/texts/en-medicines.ts');
  });
});
