/**
 * Answering about someone the person cares about, in real Chromium on the built site: the intro
 * asks whom the answers are about (an error when nothing is chosen), and then every screen speaks
 * of "they": no "you" or "your" in the heading, hints or options of any question, crisis, check
 * or results screen, except the reasons, which say "You said they ...", and axe checks each of
 * them. Both voices come with the page, so Start about someone else waits for nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { catalogIn, en } from '../support/words.ts';
import { useBuiltSite } from './support/built-site.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { calmPicks, currentHeading, everyScreen, walkTexts, walkToResults, type Visit } from './support/walk.ts';

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
      const visits = await walkToResults(page, {
        picks,
        perspective: 'other',
        texts: walkTexts(other),
        onScreen,
        axeOn: everyScreen,
      });
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

describe('the "they" words come with the page', () => {
  const firstQuestion = catalogIn('en', 'other').questions.questions['overdose-now'].text;

  test('Start about someone else opens the first question in "they" words, even with the network gone', async () => {
    await withApp(async ({ page }) => {
      // Offline from here on: the intro and the questions need nothing more from the network.
      await page.route('**/*', (route) => route.abort('internetdisconnected'));
      await page.getByRole('radio', { name: en.locale.perspective.other, exact: true }).check();
      await page.getByRole('button', { name: en.intro.start, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: firstQuestion, exact: true }).waitFor();
      expect(await page.getByRole('alert').count()).toBe(0);
      await expectNoAxeViolations(page);
    });
  });
});
