/**
 * Each part of the words, loaded the way the page loads it, is the same as in the whole catalogs
 * the tools use: the interface comes in two parts (the screens' words and the later words) that
 * together are the whole interface, each key in exactly one of them. The helpline words the header
 * shows are the ones the results use; and each part is downloaded once, with a failed download
 * tried again on the next request.
 */
import { describe, expect, it } from 'vitest';
import type { Perspective } from '../../questions/perspective.ts';
import type { Language } from '../../src/config/url-options.ts';
import type { Catalogs } from '../../src/i18n/catalog.ts';
import { enCatalogs } from '../../src/i18n/en-catalogs.ts';
import { esCatalogs } from '../../src/i18n/es.ts';
import { fetchedOnce } from '../../src/i18n/fetched-once.ts';
import { laterMessages, ruleTexts, screenCatalogs } from '../../src/i18n/load-catalogs.ts';
import { localizeQuestionnaire } from '../../questions/localize.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { QuestionTexts } from '../../questions/texts.ts';

const whole: Record<Language, Catalogs> = { en: enCatalogs, es: esCatalogs };
const every = (['en', 'es'] as const).flatMap((language) =>
  (['self', 'other'] as const).map((perspective) => [language, perspective] as [Language, Perspective]),
);

describe('the parts of the words', () => {
  it.each(every)(
    '%s, %s: the screens, the later words and the rule texts load as in the whole catalog',
    async (language, perspective) => {
      const { rules, ui, questions, ...screens } = whole[language][perspective];
      const {
        ui: screenWords,
        questions: questionsLoaded,
        ...screensLoaded
      } = await screenCatalogs.load(language, perspective);
      const later = await laterMessages.load(language, perspective);
      expect(screensLoaded).toEqual(screens);
      // The questions read the same (no words of their own stand for the questionnaire's own).
      const worded = (texts: QuestionTexts | undefined) =>
        texts ? localizeQuestionnaire(questionnaire, texts) : questionnaire;
      expect(worded(questionsLoaded)).toEqual(worded(questions));
      expect({ ...screenWords, ...later }).toEqual(ui);
      expect(await ruleTexts.load(language, perspective)).toBe(rules);
    },
  );

  it.each(every)('%s, %s: no interface key is in both parts', async (language, perspective) => {
    const { ui: screenWords } = await screenCatalogs.load(language, perspective);
    const later = await laterMessages.load(language, perspective);
    expect(Object.keys(screenWords).filter((key) => key in later)).toEqual([]);
  });

  it("keeps the words only the screens after the questions use out of the screens' part", async () => {
    const { ui: screenWords } = await screenCatalogs.load('en', 'self');
    const later = await laterMessages.load('en', 'self');
    for (const key of ['crisis', 'check', 'results', 'familySection', 'exports', 'embed', 'coordinator']) {
      expect(screenWords).not.toHaveProperty(key);
      expect(later).toHaveProperty(key);
    }
  });

  it.each(every)('%s, %s: the header names each helpline as the results do', (language, perspective) => {
    const catalog = whole[language][perspective];
    expect(catalog.contacts).toBe(catalog.rules.contacts);
  });
});

describe('a part fetched once', () => {
  const loaders = <Part>(load: () => Promise<Part>) => ({
    en: { self: load, other: load },
    es: { self: load, other: load },
  });

  it('shares one download between requests, and can be read at once after it arrives', async () => {
    let downloads = 0;
    const parts = fetchedOnce(loaders(() => Promise.resolve(`part ${String((downloads += 1))}`)));
    expect(parts.peek('es', 'other')).toBeUndefined();
    const first = parts.load('es', 'other');
    expect(parts.load('es', 'other')).toBe(first);
    expect(await first).toBe('part 1');
    expect(parts.peek('es', 'other')).toBe('part 1');
    expect(await parts.load('es', 'other')).toBe('part 1');
    expect(downloads).toBe(1);
  });

  it('marks what has arrived as fulfilled, so React reads it at once instead of suspending', async () => {
    const parts = fetchedOnce(
      loaders(() => Promise.resolve('words')),
      { 'en/self': 'here already' },
    );
    expect(parts.load('en', 'self')).toMatchObject({ status: 'fulfilled', value: 'here already' });
    const downloading = parts.load('es', 'self');
    expect(downloading).not.toHaveProperty('status');
    await downloading;
    expect(parts.load('es', 'self')).toMatchObject({ status: 'fulfilled', value: 'words' });
  });

  it('forgets a failed download, so the next request tries again', async () => {
    let online = false;
    const parts = fetchedOnce(
      loaders(() => (online ? Promise.resolve('words') : Promise.reject(new Error('offline')))),
    );
    await expect(parts.load('en', 'other')).rejects.toThrow('offline');
    expect(parts.peek('en', 'other')).toBeUndefined();
    online = true;
    expect(await parts.load('en', 'other')).toBe('words');
  });
});
