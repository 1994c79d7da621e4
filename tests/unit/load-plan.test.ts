/**
 * The loading plan loads each part as the tools read it: a language's whole words (both voices,
 * every file) are the words of its folder, and the English words that come with the first screens
 * are the very objects the whole English words hold, so the header's helpline words are the ones
 * the results use. Each part downloads once, a failed download is tried again on the next
 * request, and every download is marked in the performance timeline.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { englishFirstWords } from '../../src/i18n/english-first-words.ts';
import { firstWordsIn, languageWords as plannedWords } from '../../src/ui/load-plan.ts';
import { once } from '../../src/ui/once.ts';
import { languageWords } from '../support/words.ts';

describe('the words in the loading plan', () => {
  it.each(LANGUAGES)('%s: its whole words are its folder, and once here give its first screens', async (language) => {
    expect(await plannedWords[language].load()).toBe(languageWords[language]);
    const first = firstWordsIn(language);
    expect(first?.questions).toBe(languageWords[language].questions);
    expect(first?.rules.contacts).toBe(languageWords[language].rules.contacts);
  });

  it('gives the first screens in English from the first load, the same words the whole English has', () => {
    const whole = languageWords.en;
    expect(firstWordsIn('en')).toBe(englishFirstWords);
    expect(englishFirstWords.questions).toBe(whole.questions);
    expect(englishFirstWords.rules.contacts).toBe(whole.rules.contacts);
    for (const [key, words] of Object.entries(englishFirstWords.ui)) {
      expect(whole.ui[key as keyof typeof whole.ui]).toBe(words);
    }
  });

  it("brings the crisis screens' words with the first screens, so an overdose answer never waits for a download", async () => {
    expect(englishFirstWords.ui.crisis).toBe(languageWords.en.ui.crisis);
    for (const language of LANGUAGES) {
      await plannedWords[language].load();
      expect(firstWordsIn(language)?.ui.crisis).toBe(languageWords[language].ui.crisis);
    }
  });

  it("keeps the words only the screens after the questions use out of the first screens' words", () => {
    for (const key of ['check', 'results', 'familySection', 'exports', 'embed', 'coordinator']) {
      expect(englishFirstWords.ui).not.toHaveProperty(key);
      expect(languageWords.en.ui).toHaveProperty(key);
    }
  });
});

describe('a part loaded once', () => {
  it('shares one download between requests, and can be read at once after it arrives', async () => {
    let downloads = 0;
    const part = once('test part', () => Promise.resolve(`part ${String((downloads += 1))}`));
    expect(part.peek()).toBeUndefined();
    const first = part.load();
    expect(part.load()).toBe(first);
    expect(await first).toBe('part 1');
    expect(part.peek()).toBe('part 1');
    expect(await part.load()).toBe('part 1');
    expect(downloads).toBe(1);
  });

  it('marks what has arrived as fulfilled, so React reads it at once instead of suspending', async () => {
    const part = once('words', () => Promise.resolve('words'));
    const downloading = part.load();
    expect(downloading).not.toHaveProperty('status');
    await downloading;
    expect(part.load()).toMatchObject({ status: 'fulfilled', value: 'words' });
  });

  it('forgets a failed download, so the next request tries again', async () => {
    let online = false;
    const part = once('flaky part', () => (online ? Promise.resolve('words') : Promise.reject(new Error('offline'))));
    await expect(part.load()).rejects.toThrow('offline');
    expect(part.peek()).toBeUndefined();
    online = true;
    expect(await part.load()).toBe('words');
  });

  it('marks each download in the performance timeline by name, and a failure too', async () => {
    const part = once('timed part', () => Promise.resolve('here'));
    await part.load();
    expect(performance.getEntriesByName('load: timed part', 'measure')).toHaveLength(1);
    const failing = once('failing part', () => Promise.reject(new Error('offline')));
    await failing.load().catch(() => undefined);
    expect(performance.getEntriesByName('load: failing part (failed)', 'mark')).toHaveLength(1);
    expect(performance.getEntriesByName('load: failing part', 'measure')).toHaveLength(0);
  });
});
