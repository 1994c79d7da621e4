/**
 * Every language has the same set of words files, named by what they hold: a file missing from a
 * language (or one only it has) fails here, naming the language and the file. Every folder in
 * src/i18n/ is a language the site lists, and every listed language has its folder.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';

const words = path.resolve(import.meta.dirname, '../../src/i18n');
const filesOf = (language: string) => readdirSync(path.join(words, language)).sort();
const folders = readdirSync(words, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('the words of each language', () => {
  it('have a folder for every listed language, and no folder for a language not listed', () => {
    expect(folders).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has the same files as English', (language) => {
    const english = filesOf('en');
    const own = filesOf(language);
    expect({
      missing: english.filter((file) => !own.includes(file)),
      extra: own.filter((file) => !english.includes(file)),
    }).toEqual({
      missing: [],
      extra: [],
    });
  });
});
