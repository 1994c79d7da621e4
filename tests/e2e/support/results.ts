/**
 * Reads the results page the way a person scans it: by its headings and regions. Each helper
 * returns plain text or a locator, so a failing test shows what the page really said.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { en } from '../../support/words.ts';

const t = en.results;

/** The h2 headings of the results' sections, in page order (the "Jump to" list is not a section). */
export async function sectionHeadings(page: Page): Promise<string[]> {
  return page.locator('main h2:not(nav h2)').evaluateAll((nodes) => nodes.map((node) => node.textContent.trim()));
}

export function settingSection(page: Page): Locator {
  return page.getByRole('region', { name: new RegExp(`^${t.settingHeading}`) });
}

/** The suggested setting's name, without the "Suggested setting" caption. */
export async function settingName(page: Page): Promise<string> {
  return settingSection(page)
    .getByRole('heading', { level: 2 })
    .evaluate((heading) => {
      const copy = heading.cloneNode(true) as HTMLElement;
      copy.querySelector('.caption')?.remove();
      return copy.textContent.trim();
    });
}

/** A medicine's card, found by its h3. */
export function medicationCard(page: Page, name: string): Locator {
  return page
    .getByRole('region', { name: t.medicationsHeading })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
}

/** The names of the medicines, in page order. */
export async function medicationNames(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: t.medicationsHeading }).getByRole('heading', { level: 3 }).allTextContents();
}

/** The cautions on a medicine's card, without their "Caution:" label. */
export async function cardCautions(card: Locator): Promise<string[]> {
  const items = await card.locator('li').filter({ hasText: t.cautionLabel }).allTextContents();
  return items.map((text) => text.replace(t.cautionLabel, '').trim());
}

export function nextStepsRegion(page: Page): Locator {
  return page.getByRole('region', { name: t.nextStepsHeading, exact: true });
}

export function urgentRegion(page: Page): Locator {
  return page.getByRole('region', { name: t.urgentHeading, exact: true });
}

export interface StepSeen {
  title: string;
  text: string;
  hrefs: string[];
}

/** Each step in a region (an h3 and what follows it in its list item), in order. */
export async function steps(region: Locator): Promise<StepSeen[]> {
  return region.getByRole('heading', { level: 3 }).evaluateAll((titles) =>
    titles.map((title) => {
      const item = title.closest('li') ?? title.parentElement ?? title;
      return {
        title: title.textContent.trim(),
        text: item.textContent.replace(/\s+/g, ' ').trim(),
        hrefs: [...item.querySelectorAll('a')].map((link) => link.getAttribute('href') ?? ''),
      };
    }),
  );
}

/**
 * What each step is for, read from its links and words rather than its exact title: the SAMHSA
 * helpline, FindTreatment.gov, saying you are pregnant, 911 for an overdose or for urgent care, 988.
 */
export function stepKind(step: StepSeen): string {
  if (step.hrefs.includes('tel:+18006624357')) return 'samhsa-helpline';
  if (step.hrefs.includes('https://findtreatment.gov')) return 'find-treatment';
  if (step.hrefs.includes('tel:911')) return /overdos/i.test(step.text) ? 'overdose-911' : 'urgent-care-911';
  if (step.hrefs.includes('tel:988')) return 'lifeline-988';
  if (/pregnan/i.test(step.text)) return 'say-you-are-pregnant';
  return `other: ${step.title}`;
}

export async function stepKinds(region: Locator): Promise<string[]> {
  return (await steps(region)).map(stepKind);
}

/** A link is there with this href, visible, and shows `display` as its text. */
export async function expectVisibleContact(region: Locator, href: string, display: string): Promise<void> {
  const links = region.locator(`a[href="${href}"]`);
  expect(await links.count(), `a link to ${href}`).toBeGreaterThan(0);
  const link = links.first();
  expect(await link.isVisible(), `the link to ${href} is visible`).toBe(true);
  expect(await link.innerText()).toContain(display);
  const number = link.getByText(display, { exact: false });
  const box = await number.first().boundingBox();
  expect(box, `"${display}" has a box on the page`).not.toBeNull();
  expect(box?.width ?? 0, `"${display}" is wide enough to read`).toBeGreaterThan(10);
}

/** "Find a place": the FindTreatment.gov search, what to choose there and what to ask. */
export function findCareRegion(page: Page): Locator {
  return page.getByRole('region', { name: t.findCare.heading });
}

/** SAMHSA's helpline (call, TTY, text a ZIP code) in the next steps, and FindTreatment.gov in "Find a place". */

export async function expectHelpContacts(page: Page): Promise<void> {
  const steps = nextStepsRegion(page);
  await expectVisibleContact(steps, 'tel:+18006624357', '1-800-662-4357');
  await expectVisibleContact(steps, 'tel:+18004874889', '1-800-487-4889');
  await expectVisibleContact(steps, 'sms:435748', '435748');
  await expectVisibleContact(findCareRegion(page), 'https://findtreatment.gov', 'FindTreatment.gov');
  expect(await steps.getByRole('link', { name: /TTY/ }).count()).toBeGreaterThan(0);
  expect(await steps.getByRole('link', { name: /ZIP code/ }).count()).toBeGreaterThan(0);
}
