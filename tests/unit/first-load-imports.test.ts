/**
 * What a first-time visitor's browser loads before the first question is src/main.tsx and every
 * module it imports statically. Validation of outside data (zod and the code built on it) must not
 * be among them: it is loaded only when there is something to check, a query string, saved answers
 * or an embed's clinic. Read from the sources themselves, so a new static import is caught here
 * before any build.
 */
import { describe, expect, it } from 'vitest';
import { staticGraph } from './support/static-imports.ts';

const firstLoad = staticGraph('src/main.tsx');

describe('the JavaScript loaded before the first question', () => {
  it('imports no zod and no form-validation adapter', () => {
    const validation = [...firstLoad.packages].filter((name) => /^(zod|@hookform\/resolvers)(\/|$)/.test(name));
    expect(validation).toEqual([]);
  });

  it('leaves out the parsers of outside data: URL parameters, saved answers, answer files and clinic details', () => {
    for (const parser of [
      'src/config/parse-url-options.ts',
      'src/storage/saved-progress.ts',
      'questions/answers.ts',
      'questions/perspective.ts',
      'src/embed/clinic-config.ts',
    ]) {
      expect(firstLoad.modules).not.toContain(parser);
    }
  });

  it("leaves out the code only coordinator mode or a clinic's frame uses", () => {
    for (const modeOnly of [
      'src/ui/coordinator/choice-keys.ts',
      'src/ui/coordinator/text-entry.ts',
      'src/ui/embed/clinic-contact.tsx',
      'src/ui/embed/clinic-accent.ts',
      'src/embed/contrast.ts',
    ]) {
      expect(firstLoad.modules).not.toContain(modeOnly);
    }
    expect(staticGraph('src/ui/coordinator/choice-keys.ts').modules).toContain('src/ui/coordinator/text-entry.ts');
  });

  it('still checks answers on the page, with the plain answer check', () => {
    expect(firstLoad.modules).toContain('src/ui/screens/question-screen.tsx');
    expect(firstLoad.modules).toContain('questions/answer-check.ts');
  });

  it('sees the imports it is looking for (a module that imports zod is found)', () => {
    expect(staticGraph('src/config/parse-url-options.ts').packages).toContain('zod/mini');
  });
});
