/**
 * The crisis interrupts in the built site: a "yes" to an overdose right now or to thoughts of
 * suicide or self-harm shows where to get help at once, lets the person go on, and puts the urgent
 * steps first on the results page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { enSettings } from '../../src/rules/texts/en-settings.ts';
import { expectCleanPage, openPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import {
  expectHelpContacts,
  expectVisibleContact,
  nextStepsRegion,
  sectionHeadings,
  settingName,
  stepKinds,
  urgentRegion,
} from './support/results.ts';
import { calmPicks, headings, parseQuestionTitle, questionById, walkToResults, type Visit } from './support/walk.ts';

const { url } = useBuiltSite();

interface CrisisSeen {
  heading: string;
  links: { name: string; href: string | null }[];
  steps: string[];
  text: string;
  canContinue: boolean;
}

/** What a crisis screen offers, read while the walk is on it. */
async function readCrisisScreen(page: Page, visit: Visit): Promise<CrisisSeen> {
  const main = page.getByRole('main');
  const links = await main
    .getByRole('link')
    .evaluateAll((nodes) => nodes.map((node) => ({ name: node.textContent.trim(), href: node.getAttribute('href') })));
  const seen: CrisisSeen = {
    heading: visit.heading,
    links,
    steps: await main.getByRole('listitem').allTextContents(),
    text: await main.innerText(),
    canContinue: await page.getByRole('button', { name: en.crisis.continue, exact: true }).isVisible(),
  };
  if (visit.heading === headings.overdose) await expectVisibleContact(main, 'tel:911', '911');
  else {
    await expectVisibleContact(main, 'tel:988', '988');
    await expectVisibleContact(main, 'sms:988', '988');
  }
  return seen;
}

describe('the crisis interrupts', () => {
  test('a yes to an overdose shows "Call 911 now" at once, a yes to thoughts of self-harm shows 988, each lets the person go on, and the results put the urgent steps first', async () => {
    const app = await openPage(url());
    app.page.setDefaultTimeout(10_000);
    try {
      const crises: CrisisSeen[] = [];
      const visits = await walkToResults(app.page, {
        picks: { ...calmPicks, 'overdose-now': ['Yes'], 'self-harm-thoughts': ['Yes'] },
        onScreen: async (visit) => {
          if (visit.kind === 'crisis') crises.push(await readCrisisScreen(app.page, visit));
        },
      });

      // Each crisis screen comes straight after its question, before any other, and the questions go on after it.
      expect(visits.slice(0, 6).map((visit) => visit.questionId ?? visit.heading)).toEqual([
        headings.intro,
        'overdose-now',
        headings.overdose,
        'self-harm-thoughts',
        headings.selfHarm,
        'opioids-used',
      ]);
      expect(visits[2]?.title).toBe(`${headings.overdose} - Treatment Options Self-Check`);
      expect(parseQuestionTitle(visits[5]?.title ?? '')).toMatchObject({
        error: false,
        number: 3,
        question: questionById('opioids-used').text,
      });
      expect(visits.at(-1)?.kind).toBe('results');

      const [overdose, selfHarm] = crises;
      expect(crises).toHaveLength(2);
      expect(overdose?.heading).toBe(en.crisis.overdoseTitle);
      expect(overdose?.links).toContainEqual({ name: 'Call 911', href: 'tel:911' });
      expect(overdose?.steps).toEqual(en.crisis.overdoseSteps);
      for (const step of [/call 911/i, /naloxone/i, /breath/i, /recovery position/i]) {
        expect(overdose?.steps.some((text) => step.test(text))).toBe(true);
      }
      expect(overdose?.canContinue).toBe(true);

      expect(selfHarm?.heading).toBe(en.crisis.selfHarmTitle);
      expect(selfHarm?.links).toEqual(
        expect.arrayContaining([
          { name: 'Call 988', href: 'tel:988' },
          { name: 'Text 988', href: 'sms:988' },
          { name: 'Call 911', href: 'tel:911' },
        ]),
      );
      expect(selfHarm?.text).toContain(en.crisis.selfHarmLead);
      expect(selfHarm?.text).toContain(en.crisis.selfHarmLanguages);
      expect(selfHarm?.text).toMatch(/Spanish/);
      expect(selfHarm?.text).toMatch(/Veterans/);
      expect(selfHarm?.canContinue).toBe(true);

      // The results: "Get help now" before everything else, the setting included.
      const order = await sectionHeadings(app.page);
      expect(order[0]).toBe(en.results.urgentHeading);
      expect(order.findIndex((heading) => heading.startsWith(en.results.settingHeading))).toBeGreaterThan(0);
      const urgent = urgentRegion(app.page);
      expect(await stepKinds(urgent)).toEqual(['overdose-911', 'lifeline-988']);
      expect(await urgent.innerText()).toMatch(/Spanish/);
      await expectVisibleContact(urgent, 'tel:911', '911');
      await expectVisibleContact(urgent, 'tel:988', '988');
      await expectVisibleContact(urgent, 'sms:988', '988');
      // Thoughts of self-harm are never met with a suggestion to stay at home with outpatient care.
      expect(await settingName(app.page)).not.toBe(enSettings.outpatient.name);
      expect(await settingName(app.page)).not.toBe(enSettings['intensive-outpatient'].name);

      expect(await stepKinds(nextStepsRegion(app.page))).toEqual(['samhsa-helpline', 'find-treatment']);
      await expectHelpContacts(app.page);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });
});
