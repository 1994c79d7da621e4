/**
 * The crisis interrupts in the built site: a "yes" to an overdose right now, to thoughts of suicide
 * or self-harm, or to danger signs of withdrawal now shows where to get help at once, lets the
 * person go on, and puts the urgent steps first on the results page. The emergency screen keeps its
 * call link and the quick exit in reach on a 360 px phone.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { en, enRules } from '../support/words.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage, openPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import {
  expectHelpContacts,
  expectVisibleContact,
  nextStepsRegion,
  sectionHeadings,
  settingSection,
  stepKinds,
  urgentRegion,
} from './support/results.ts';
import {
  calmPicks,
  choose,
  continueButton,
  headings,
  parseQuestionTitle,
  questionById,
  startQuestions,
  waitForNextScreen,
  walkToResults,
  type Visit,
} from './support/walk.ts';

const { url } = useBuiltSite();

/** The first call in "Do this now" at the top of the results. */
async function expectFirstCall(page: Page, href: string) {
  const box = page.getByRole('region', { name: en.results.doThisNow.heading });
  expect(await box.getByRole('link').first().getAttribute('href')).toBe(href);
}

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
  if (visit.heading === headings.overdose || visit.heading === headings.emergency) {
    await expectVisibleContact(main, 'tel:911', '911');
  } else {
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
        'danger-signs-now',
      ]);
      // The tab's title (kept in its history) names neither the crisis nor the question.
      expect(visits[2]?.title).toBe(en.serviceName);
      expect(parseQuestionTitle(visits[5]?.title ?? '')).toMatchObject({ error: false, number: 3 });
      expect(visits.at(-1)?.kind).toBe('results');

      const [overdose, selfHarm] = crises;
      expect(crises).toHaveLength(2);
      expect(overdose?.heading).toBe(en.crisis.overdoseTitle);
      expect(overdose?.links).toContainEqual({ name: 'Call 911', href: 'tel:911' });
      expect(overdose?.steps).toEqual(en.crisis.overdoseSteps);
      const safe1 = [/call 911/i, /naloxone/i, /breath/i, /recovery position/i, /until help arrives/i, /another dose/i];
      for (const step of [...safe1, /other nostril/i, /wear off before the opioids/i]) {
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

      // The results: "Do this now" with the 911 call, then "Get help now" before everything else,
      // then a crisis evaluation in the setting's place (SET-7).
      const order = await sectionHeadings(app.page);
      expect(order.slice(0, 2)).toEqual([en.results.doThisNow.heading, en.results.urgentHeading]);
      await expectFirstCall(app.page, 'tel:911');
      expect(order.indexOf(en.results.noSettingHeading)).toBeGreaterThan(0);
      expect(order.some((heading) => heading.startsWith(en.results.settingHeading))).toBe(false);
      const first = await app.page.getByRole('region', { name: en.results.noSettingHeading }).innerText();
      expect(first).toContain(enRules.insteadOfSetting['crisis-first']);
      const urgent = urgentRegion(app.page);
      expect(await stepKinds(urgent)).toEqual(['overdose-911', 'lifeline-988']);
      expect(await urgent.innerText()).toMatch(/Spanish/);
      await expectVisibleContact(urgent, 'tel:911', '911');
      await expectVisibleContact(urgent, 'tel:988', '988');
      await expectVisibleContact(urgent, 'sms:988', '988');
      // Thoughts of self-harm are never met with a suggestion to stay at home with outpatient care.
      expect(await settingSection(app.page).count()).toBe(0);

      expect(await stepKinds(nextStepsRegion(app.page))).toEqual(['samhsa-helpline']);
      await expectHelpContacts(app.page);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });
  test('a yes to danger signs now shows "Get emergency care now" with 911 at once, lets the person go on, and the results put the emergency step first', async () => {
    const app = await openPage(url());
    app.page.setDefaultTimeout(10_000);
    try {
      const crises: CrisisSeen[] = [];
      const visits = await walkToResults(app.page, {
        picks: { ...calmPicks, 'danger-signs-now': ['Yes'] },
        onScreen: async (visit) => {
          if (visit.kind === 'crisis') crises.push(await readCrisisScreen(app.page, visit));
        },
      });
      expect(visits.slice(0, 6).map((visit) => visit.questionId ?? visit.heading)).toEqual([
        headings.intro,
        'overdose-now',
        'self-harm-thoughts',
        'danger-signs-now',
        headings.emergency,
        'adult',
      ]);
      // The tab's title, kept in its history, does not name the emergency.
      expect(visits[4]?.title).toBe(en.serviceName);

      const [emergency] = crises;
      expect(crises).toHaveLength(1);
      expect(emergency?.heading).toBe(en.crisis.emergencyTitle);
      expect(emergency?.links).toEqual([{ name: 'Call 911', href: 'tel:911' }]);
      expect(emergency?.text).toContain(en.crisis.emergencyLead);
      expect(emergency?.text).toMatch(/emergency department or call 911 now/);
      expect(emergency?.text).toMatch(/Do not wait at home/);
      expect(emergency?.canContinue).toBe(true);

      const order = await sectionHeadings(app.page);
      expect(order.slice(0, 2)).toEqual([en.results.doThisNow.heading, en.results.urgentHeading]);
      await expectFirstCall(app.page, 'tel:911');
      const urgent = urgentRegion(app.page);
      expect(await stepKinds(urgent)).toEqual(['urgent-care-911']);
      expect(await urgent.innerText()).toContain(enRules.nextSteps['dangerous-withdrawal'].title);
      await expectVisibleContact(urgent, 'tel:911', '911');
      await expectHelpContacts(app.page);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });

  test('on a 360 px phone, the emergency screen shows the call link and "Leave this site" without scrolling, and Continue below them', async () => {
    const width = 360;
    const height = 640;
    const app = await openPage(url(), { viewport: { width, height } });
    app.page.setDefaultTimeout(10_000);
    try {
      const { page } = app;
      await startQuestions(page);
      for (const [id, label] of [
        ['overdose-now', 'No'],
        ['self-harm-thoughts', 'No'],
        ['danger-signs-now', 'Yes'],
      ] as const) {
        const question = questionById(id);
        await choose(page, question, [label]);
        await continueButton(page).click();
        await waitForNextScreen(page, question.text);
      }
      expect(await page.locator('main h1').innerText()).toBe(en.crisis.emergencyTitle);
      await expectNoAxeViolations(page);
      // The question page was scrolled down to its Continue button; the crisis screen opens at the top.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);

      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways, 'the screen scrolls sideways').toBeLessThanOrEqual(0);
      const call = page.getByRole('main').getByRole('link', { name: 'Call 911', exact: true });
      const exit = page.getByRole('button', { name: en.quickExit.button, exact: true });
      for (const [what, target] of [
        ['the call link', call],
        ['"Leave this site"', exit],
      ] as const) {
        const box = await target.boundingBox();
        if (!box) throw new Error(`${what} has no box on the page`);
        expect(box.x, `${what} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${what} ends on screen`).toBeLessThanOrEqual(width);
        expect(box.y, `${what} is not scrolled away`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${what} is above the fold`).toBeLessThanOrEqual(height);
        expect(Math.min(box.width, box.height), `${what} is big enough to tap`).toBeGreaterThanOrEqual(24);
        // Nothing covers its middle: a tap there reaches it.
        const reached = await target.evaluate(
          (element, point) => {
            const hit = document.elementFromPoint(point.x, point.y);
            return hit !== null && element.contains(hit);
          },
          { x: box.x + box.width / 2, y: box.y + box.height / 2 },
        );
        expect(reached, `a tap on ${what} reaches it`).toBe(true);
      }
      const continueQuestions = page.getByRole('button', { name: en.crisis.continue, exact: true });
      await continueQuestions.scrollIntoViewIfNeeded();
      expect(await continueQuestions.isVisible()).toBe(true);
      await continueQuestions.click();
      expect(await waitForNextScreen(page, en.crisis.emergencyTitle)).toBe(questionById('adult').text);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });
});
