/**
 * Taking the results to a provider, in Chromium on the built site: the page printed to PDF (read
 * back with poppler's pdftotext) is a clean summary of at most two pages; "Copy as text" puts the
 * summary on the clipboard and says so; the two FHIR downloads save a QuestionnaireResponse and a
 * transaction Bundle made in the page, with no request anywhere; the site serves the published
 * Questionnaires and CodeSystems.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { en } from '../support/words.ts';
import { RULES_VERSION } from '../../src/rules/version.ts';
import { fhirFiles } from '../../scripts/generate-fhir-questionnaire.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage, openPage, type AppPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { cardCautions, medicationCard, settingName } from './support/results.ts';
import { calmPicks, walkToResults, type Picks } from './support/walk.ts';

const { url } = useBuiltSite();
const t = en.exports.actions;
const work = mkdtempSync(path.join(tmpdir(), 'export-e2e-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const picks: Picks = {
  ...calmPicks,
  'opioids-used': ['Heroin', 'Fentanyl'],
  benzodiazepines: ['Yes, every day or almost every day'],
};

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The page as Chromium prints it: its text (pdftotext) and its number of pages (pdfinfo). */
async function printed(page: Page): Promise<{ text: string; pages: number }> {
  const file = path.join(work, `results-${String(Date.now())}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'Letter' }));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { text: words(text), pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
}

/**
 * One walk to the results, on a wide screen that may use the clipboard and download, for the three
 * ways of taking them: each test acts on the same page, as a person who prints, copies and
 * downloads one after another would.
 */
describe('the results, taken to a provider', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openPage(url(), {
      viewport: 'desktop',
      permissions: ['clipboard-read', 'clipboard-write'],
      acceptDownloads: true,
    });
    app.page.setDefaultTimeout(10_000);
    await walkToResults(app.page, { picks });
  }, 60_000);
  afterAll(async () => {
    await app.close();
  });

  test('print as a PDF of at most two pages with the date, versions, setting and its ASAM level, medicines, where to find a place, cautions, answers, mood check scores and helpline, and no buttons', async () => {
    const setting = await settingName(app.page);
    const [caution] = await cardCautions(medicationCard(app.page, 'Buprenorphine'));
    const findCare = app.page.getByRole('region', { name: en.results.findCare.heading });
    const findCareItems = await findCare.getByRole('listitem').allInnerTexts();
    // The ASAM level and the mood screens' names are for the provider: on paper, not on screen.
    expect(await app.page.getByRole('main').innerText()).not.toMatch(/ASAM|PHQ-2|GAD-2/);
    const { text, pages } = await printed(app.page);
    expect(text).toMatch(/Roughly ASAM level \d/);
    expect(text).toMatch(/PHQ-2 \(low mood\): \d of 6.*GAD-2 \(worry\): \d of 6/s);

    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain(en.exports.formatDate(new Date()));
    expect(text).toContain(`rules version ${RULES_VERSION}`);
    expect(text).toContain(setting);
    expect(text).toContain(en.results.doThisNow.heading);
    expect(text).toContain(`${en.results.doThisNow.whatToSay}: I am looking for`);
    expect(text).toContain(en.results.doThisNow.safetyLabel);
    expect(text).toContain(en.results.findCare.lookForHeading);
    expect(text).toContain(en.results.findCare.askHeading);
    expect(findCareItems.length).toBeGreaterThan(7);
    for (const item of findCareItems) expect(text).toContain(words(item));
    expect(text).toContain('Buprenorphine');
    expect(text).toContain(words(caution ?? 'a caution on buprenorphine'));
    expect(text).toContain(en.exports.answersHeading);
    expect(text).toContain('Opioids used in the past 12 months');
    expect(text).toContain('Heroin; Fentanyl');
    expect(text).toContain('1-800-662-4357');
    expect(text).toContain(en.serviceName);
    for (const label of [
      t.copy,
      t.print,
      t.downloadResponse,
      t.downloadBundle,
      en.results.changeAnswers,
      en.results.startAgain,
      en.skipLink,
    ]) {
      expect(text).not.toContain(label);
    }
    expectCleanPage(app);
  });

  test('"Copy as text" puts the summary on the clipboard and says so in a status message', async () => {
    const setting = await settingName(app.page);
    await app.page.getByRole('button', { name: t.copy, exact: true }).click();
    await app.page.getByRole('status').filter({ hasText: t.copied }).waitFor();
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toBe(en.exports.title);
    expect(copied).toContain(setting);
    expect(copied).toContain('1-800-662-4357');
    expect(copied).toContain(`${en.exports.answersHeading}\n`);
    expect(copied).toContain(`${en.results.findCare.heading}\n- Search FindTreatment.gov: https://findtreatment.gov\n`);
    expect(copied).toContain(`- ${en.results.findCare.askHeading}:`);
    await expectNoAxeViolations(app.page);
    expectCleanPage(app);
  });

  test('the two FHIR downloads save a QuestionnaireResponse and a transaction Bundle made in the page, with nothing sent anywhere', async () => {
    const requests: string[] = [];
    app.page.on('request', (request) => requests.push(request.url()));
    const saveWith = async (button: 'downloadResponse' | 'downloadBundle') => {
      const [download] = await Promise.all([
        app.page.waitForEvent('download'),
        app.page.getByRole('button', { name: t[button], exact: true }).click(),
      ]);
      const text = readFileSync(await download.path(), 'utf8');
      return { name: download.suggestedFilename(), saved: JSON.parse(text) as Saved };
    };
    type Saved = {
      resourceType: string;
      type?: string;
      questionnaire?: string;
      entry?: { resource: { resourceType: string; status?: string; questionnaire?: string } }[];
    };
    const response = await saveWith('downloadResponse');
    expect(response.name).toBe(t.responseFileName);
    expect(response.saved).toMatchObject({ resourceType: 'QuestionnaireResponse', status: 'completed' });
    expect(response.saved.questionnaire).toMatch(/\/Questionnaire\/treatment-options-self-check-en-self\|/);
    await app.page.getByRole('status').filter({ hasText: t.downloaded }).waitFor();

    const bundle = await saveWith('downloadBundle');
    expect(bundle.name).toBe(t.bundleFileName);
    expect(bundle.saved).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
    const resources = bundle.saved.entry?.map((entry) => entry.resource) ?? [];
    expect(resources[0]).toMatchObject({ resourceType: 'QuestionnaireResponse', status: 'completed' });
    expect(resources[0]?.questionnaire).toBe(response.saved.questionnaire);
    expect(resources.at(-1)?.resourceType).toBe('Observation');
    expect(requests.filter((request) => !request.startsWith('blob:'))).toEqual([]);
    expectCleanPage(app);
  });

  test('the site serves every FHIR Questionnaire and CodeSystem the generator makes, as JSON', async () => {
    const files = await fhirFiles();
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const response = await fetch(new URL(`fhir/${file.path}`, url()));
      expect([file.path, response.status]).toEqual([file.path, 200]);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.text()).toBe(file.text);
    }
  });
});
