/**
 * axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, plus best practices) on every screen of the main paths,
 * in each way the site can be opened: as it is, for an intake coordinator, inside a clinic's page
 * and in Spanish, along one journey that meets every kind of screen: all three crisis screens, the
 * error state of a radio and a checkbox question, the exclusive "None of these" chosen, "Check
 * your answers" and the results with their urgent steps. (The results of a calm journey are checked
 * in journeys.test.ts, and those with every kind of content in reflow.test.ts.) Every screen also
 * has the "Leave this site" button, and every question group is named with its progress ("Section
 * 2 of 6: ...") so a screen reader reads it with the question.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { catalogIn, en } from '../support/words.ts';
import { expectCleanPage, openPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import {
  calmPicks,
  everyScreen,
  walkTexts,
  walkToResults,
  withParams,
  type Picks,
  type Visit,
} from './support/walk.ts';

const { url } = useBuiltSite();

type Messages = typeof en;

/** The Spanish interface words. */
function spanish(): Promise<Messages> {
  return Promise.resolve(catalogIn('es', 'self').ui);
}

const modes: { name: string; params: Record<string, string>; messages: () => Promise<Messages> }[] = [
  { name: 'as it is', params: {}, messages: () => Promise.resolve(en) },
  { name: 'in coordinator mode', params: { mode: 'coordinator' }, messages: () => Promise.resolve(en) },
  {
    name: 'embedded',
    params: { embed: '1', parentOrigin: 'http://127.0.0.1:1' },
    messages: () => Promise.resolve(en),
  },
  { name: 'in Spanish', params: { lang: 'es' }, messages: spanish },
];

/** Calm answers but a yes to each crisis question, so the walk meets all three crisis screens. */
const crisisPicks: Picks = {
  ...calmPicks,
  'overdose-now': ['Yes'],
  'self-harm-thoughts': ['Yes'],
  'danger-signs-now': ['Yes'],
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Section 2 of 7: Your home, Question 3 of about 26, <question>" in the language's own words. */
function groupNamePattern(messages: Messages, heading: string): RegExp {
  const section = escape(messages.progress.section(111, 222, 'TITLE'))
    .replace('111', '\\d+')
    .replace('222', '\\d+')
    .replace('TITLE', '.+');
  const question = escape(messages.progress.question(111, 222)).replace('111', '\\d+').replace('222', '\\d+');
  return new RegExp(`^${section}\\s*,\\s*${question}\\s*,\\s*${escape(heading)}$`);
}

/** Checks made on every screen after axe: the quick exit button, and the group's name on questions. */
async function checkScreen(
  page: Page,
  messages: Messages,
  visit: Visit,
  problems: string[],
  coordinator: boolean,
): Promise<void> {
  const where = `${visit.kind} "${visit.heading}"`;
  // A coordinator has New caller where everyone else has the quick exit.
  const exitName = coordinator ? messages.coordinator.newCaller : messages.quickExit.button;
  const exit = page.getByRole('button', { name: exitName, exact: true });
  if (!(await exit.isVisible())) problems.push(`${where}: no visible "${exitName}" button`);
  if (visit.kind !== 'question' && visit.kind !== 'error') return;
  const group = page.getByRole('group', { name: groupNamePattern(messages, visit.heading) });
  if ((await group.count()) !== 1) {
    problems.push(`${where}: no question group named with its section and question number`);
  }
}

/** The walk through every kind of screen, with axe and `checkScreen` on each, in one mode. */
async function walkIn(params: Record<string, string>, messages: Messages): Promise<Visit[]> {
  const app = await openPage(withParams(url(), params));
  app.page.setDefaultTimeout(10_000);
  const coordinator = params.mode === 'coordinator';
  try {
    const problems: string[] = [];
    // Another language loads after the page (its own chunk): start once the intro speaks it.
    const intro = messages.intro.title;
    await app.page.waitForFunction((title) => document.querySelector('main h1')?.textContent === title, intro);
    const visits = await walkToResults(app.page, {
      picks: crisisPicks,
      tryEmptyOn: ['overdose-now', 'opioids-used'],
      axeOn: everyScreen,
      texts: coordinator ? { ...walkTexts(messages), start: messages.coordinator.intake.start } : walkTexts(messages),
      onScreen: async (visit) => {
        await checkScreen(app.page, messages, visit, problems, coordinator);
      },
    });
    expect(problems).toEqual([]);
    expectCleanPage(app);
    return visits;
  } finally {
    await app.close();
  }
}

describe.each(modes)('axe finds nothing on any screen, $name', ({ params, messages }) => {
  test('from the intro through every crisis screen (overdose, thoughts of self-harm, danger signs now), radios, checkboxes with "None of these" and two error states to the results', async () => {
    const visits = await walkIn(params, await messages());
    expect([...new Set(visits.map((visit) => visit.kind))].sort()).toEqual([
      'check',
      'crisis',
      'error',
      'intro',
      'question',
      'results',
    ]);
    expect(visits.filter((visit) => visit.kind === 'error')).toHaveLength(2);
    const crises = visits.filter((visit) => visit.kind === 'crisis').map((visit) => visit.heading);
    expect(new Set(crises).size).toBe(3);
  }, 150_000);
});
