/**
 * The words a first-time visitor's browser loads before the first question: the English words of
 * the screens up to and including the questions and of the crisis screens (an overdose answer
 * never waits for a download), in both voices, and the words that lead into each helpline contact
 * in the header (src/ui/load-plan.ts). Not the English words of the check and results screens or
 * of the rules' sentences, and no other language: each language's whole words are a part of their
 * own (its `words.ts`).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { ROOT, staticModules } from './support/static-imports.ts';

const firstLoad = staticModules('src/main.tsx');
const filesIn = (folder: string) => readdirSync(path.join(ROOT, folder)).map((name) => `${folder}/${name}`);
const firstScreens = [
  'src/i18n/en/screens.ts',
  'src/i18n/en/crisis.ts',
  'src/i18n/en/questions.ts',
  'src/i18n/en/contacts.ts',
];

describe('the words loaded before the first question', () => {
  it('include the English words of the first screens, the crisis screens and the helpline contacts', () => {
    for (const file of firstScreens) expect(firstLoad).toContain(file);
  });

  it('leave out every other English words file', () => {
    const later = filesIn('src/i18n/en').filter((file) => !firstScreens.includes(file));
    expect(later).toEqual(expect.arrayContaining(['src/i18n/en/results.ts', 'src/i18n/en/medicines.ts']));
    expect(later.filter((file) => firstLoad.has(file))).toEqual([]);
  });

  it('leave out every other language', () => {
    const others = LANGUAGES.filter((language) => language !== 'en').flatMap((language) =>
      filesIn(`src/i18n/${language}`),
    );
    expect(others.length).toBeGreaterThan(10);
    expect(others.filter((file) => firstLoad.has(file))).toEqual([]);
  });

  it("see a static import when there is one (a language's words.ts reaches its rules' sentences)", () => {
    expect(staticModules('src/i18n/es/words.ts')).toContain('src/i18n/es/medicines.ts');
  });
});
