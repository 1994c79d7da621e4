/**
 * Answering about someone the person cares about, in real Chromium on the built site: the intro
 * asks whom the answers are about (an error when nothing is chosen), and then every screen speaks
 * of "they": no "you" or "your" in the heading, hints or options of any question, crisis, check
 * or results screen, except the reasons, which say "You said they ...". The "they" words are not
 * part of the page: they are fetched once that choice is made, and Start waits for them, saying so
 * plainly when they cannot be fetched.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { catalogIn, en } from '../support/words.ts';
import { useBuiltSite } from './support/built-site.ts';
import { waitForApp } from './support/browser.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { calmPicks, currentHeading, walkTexts, walkToResults, type Visit } from './support/walk.ts';

const { withApp } = useBuiltSite();
const other = catalogIn('en', 'other').ui;
const YOU = /\b(you|your|yours|yourself)\b/i;
/** The reader-facing parts allowed to say "you": reasons ("You said they ...") and the family advice. */
const allowed = /^You said\b(?!.*\byou(r|rs|rself)?\b)/i;

async function wordsOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return [];
    const family = main.querySelector('#results-family')?.closest('section');
    const parts = [...main.querySelectorAll('h1, legend, .hint, label, p, li, h2, dt, dd')];
    return parts
      .filter((element) => !family?.contains(element))
      .map((element) => element.textContent.trim())
      .filter((text) => text !== '');
  });
}

describe('answering about someone I care about', () => {
  test('the intro asks whom the answers are about, with an error when nothing is chosen', async () => {
    await withApp(async ({ page }) => {
      await page.getByRole('button', { name: en.intro.start, exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(en.locale.perspective.error);
      expect(await page.title()).toMatch(/^Error: /);
      await expectNoAxeViolations(page);
      await page.getByRole('link', { name: en.locale.perspective.error }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('perspective');
      const group = page.getByRole('group', { name: en.locale.perspective.question });
      expect(await group.getByRole('radio').count()).toBe(2);
    });
  });

  test('every screen speaks of "they", from the first question to the results', async () => {
    await withApp(async ({ page }) => {
      const problems: string[] = [];
      const onScreen = async (visit: Visit) => {
        if (visit.kind === 'intro') return;
        for (const text of await wordsOnScreen(page)) {
          const sentences = text.split(/(?<=[.?!])\s+/);
          for (const sentence of sentences) {
            if (YOU.test(sentence) && !allowed.test(sentence))
              problems.push(`${visit.kind} "${visit.heading}": ${sentence}`);
          }
        }
      };
      const picks = { ...calmPicks, 'self-harm-thoughts': ['Yes'], benzodiazepines: ['Yes, sometimes'] };
      const visits = await walkToResults(page, { picks, perspective: 'other', texts: walkTexts(other), onScreen });
      expect(visits.map((visit) => visit.kind)).toEqual(
        expect.arrayContaining(['question', 'crisis', 'check', 'results']),
      );
      expect(problems).toEqual([]);
      expect(await currentHeading(page)).toBe(other.results.title);
      await expect(
        page
          .getByText('You said they are having thoughts of suicide or of hurting themselves.', { exact: true })
          .count(),
      ).resolves.toBeGreaterThan(0);
      const questionTitles = visits.filter((visit) => visit.kind === 'question').map((visit) => visit.heading);
      expect(questionTitles).toContain('Which opioids have they used in the past 12 months?');
    });
  });
});

describe('the "they" words are fetched when chosen', () => {
  const theyWords = other.intro.forWho;
  const firstQuestion = catalogIn('en', 'other').questions.questions['overdose-now'].text;

  test('an English page loads them only once "Someone I care about" is chosen, and Start opens the first question in them', async () => {
    await withApp(async ({ page }) => {
      const scripts = new Set<string>();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.add(response.url());
      });
      await page.reload();
      await waitForApp(page);
      const withTheyWords = async (urls: string[]) => {
        const bodies = await Promise.all(
          urls.map((url) => page.evaluate(async (file) => (await fetch(file)).text(), url)),
        );
        return urls.filter((_, index) => bodies[index]?.includes(theyWords));
      };
      expect(scripts.size).toBeGreaterThan(0);
      expect(await withTheyWords([...scripts])).toEqual([]);

      await page.getByRole('radio', { name: en.locale.perspective.other, exact: true }).check();
      await expect.poll(async () => (await withTheyWords([...scripts])).length).toBe(1);

      await page.getByRole('button', { name: en.intro.start, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: firstQuestion, exact: true }).waitFor();
    });
  });

  test('offline, Start says the page did not load and keeps the choice; back online, Start opens the first question in them', async () => {
    await withApp(async ({ page }) => {
      await page.route(/\/assets\/en-other[^/]*\.js$/, (route) => route.abort('internetdisconnected'));
      await page.getByRole('radio', { name: en.locale.perspective.other, exact: true }).check();
      await page.getByRole('button', { name: en.intro.start, exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(en.speed.notLoaded);
      expect(await page.title()).toMatch(/^Error: /);
      expect(await page.getByRole('radio', { name: en.locale.perspective.other, exact: true }).isChecked()).toBe(true);
      expect(await currentHeading(page)).toBe(en.intro.title);
      await expectNoAxeViolations(page);

      await page.unroute(/\/assets\/en-other[^/]*\.js$/);
      await page.getByRole('button', { name: en.intro.start, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: firstQuestion, exact: true }).waitFor();
    });
  });
});
