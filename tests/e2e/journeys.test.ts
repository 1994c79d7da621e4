/**
 * Whole journeys through the built site in Chromium, answered page by page like a person, each
 * ending on the results page and checking what it tells the person. (axe checks the mild case's
 * results here, the other screens in accessibility.test.ts, and the results with every kind of
 * content in reflow.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import { en, enRules } from '../support/words.ts';
import { medications } from '../../src/rules/medications.ts';
import { reasonFor } from '../../src/rules/reasons.ts';
import { expectCleanPage, type AppPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import {
  cardCautions,
  expectHelpContacts,
  medicationCard,
  medicationNames,
  nextStepsRegion,
  sectionHeadings,
  settingName,
  settingSection,
  stepKinds,
  steps,
  urgentRegion,
} from './support/results.ts';
import {
  answerUntilCheckAnswers,
  calmPicks,
  currentHeading,
  everyOption,
  headings,
  seeResults,
  waitForNextScreen,
  walkToResults,
  type Picks,
  type Visit,
} from './support/walk.ts';

const { withApp } = useBuiltSite();

const medicines = medications({}, enRules).map((medication) => medication.name);
const notNow = en.results.notNow;

function questionIds(visits: Visit[]): string[] {
  return visits.filter((visit) => visit.kind === 'question').flatMap((visit) => visit.questionId ?? []);
}

/**
 * Every medicine is offered (in the order the answers decide), and only those named are marked
 * "Not to be started now".
 */
async function expectEveryMedicineOffered(app: AppPage, heldBack: string[] = []): Promise<void> {
  expect([...(await medicationNames(app.page))].sort()).toEqual([...medicines].sort());
  const marked: string[] = [];
  for (const name of medicines) {
    if ((await medicationCard(app.page, name).getByText(notNow, { exact: true }).count()) > 0) marked.push(name);
  }
  expect(marked).toEqual(heldBack);
}

/** The cautions on a medicine's card that match every pattern. */
async function cautionsMatching(app: AppPage, name: string, ...patterns: RegExp[]): Promise<string[]> {
  const cautions = await cardCautions(medicationCard(app.page, name));
  return cautions.filter((caution) => patterns.every((pattern) => pattern.test(caution)));
}

/** How many cautions on the methadone and buprenorphine cards match every pattern. */
async function countCautions(app: AppPage, ...patterns: RegExp[]): Promise<Record<string, number>> {
  return {
    Methadone: (await cautionsMatching(app, 'Methadone', ...patterns)).length,
    Buprenorphine: (await cautionsMatching(app, 'Buprenorphine', ...patterns)).length,
  };
}

/** The search has its own section, "Find a place" (checked by expectHelpContacts). */
const usualSteps = ['samhsa-helpline'];

describe('a journey through the questions to the results', () => {
  test('a severe case with no home and no support is pointed to residential treatment, with the fentanyl caution on buprenorphine', async () => {
    await withApp(async (app) => {
      const picks: Picks = {
        ...calmPicks,
        'opioids-used': ['Heroin', 'Fentanyl'],
        'how-used': ['Smoke', 'Inject'],
        'last-use': ['In the past day'],
        control: everyOption('control'),
        'life-impact': everyOption('life-impact'),
        'body-changes': everyOption('body-changes'),
        housing: ['No, I have nowhere to live'],
        'support-person': ['No'],
        responsibilities: ['None of these'],
      };
      const visits = await walkToResults(app.page, { picks, tryEmptyOn: ['opioids-used'] });

      // With nowhere to live, the questions about the home are not asked.
      expect(questionIds(visits)).not.toContain('others-use');
      expect(questionIds(visits)).not.toContain('home-safe');
      expect(visits.filter((visit) => visit.kind === 'error').map((visit) => visit.questionId)).toEqual([
        'opioids-used',
      ]);

      const name = await settingName(app.page);
      expect(name).toBe(enRules.settings.residential.name);
      expect(name).not.toBe(enRules.settings.outpatient.name);
      expect(name).not.toBe(enRules.settings['intensive-outpatient'].name);
      const setting = await settingSection(app.page).innerText();
      expect(setting).toMatch(/\b11 of the 11\b/);
      expect(setting).toContain(reasonFor('housing', 'none', enRules).text);
      expect(setting).toContain(reasonFor('support-person', 'no', enRules).text);

      await expectEveryMedicineOffered(app);
      expect(await cautionsMatching(app, 'Buprenorphine', /fentanyl/i, /withdrawal/i)).toHaveLength(1);
      expect(await cautionsMatching(app, 'Methadone', /fentanyl/i)).toEqual([]);

      expect(await urgentRegion(app.page).count()).toBe(0);
      expect(await stepKinds(nextStepsRegion(app.page))).toEqual(usualSteps);
      await expectHelpContacts(app.page);
      expectCleanPage(app);
    });
  });

  test('a mild case with a steady home, support and a job is pointed to outpatient care at a clinic, an office or by telehealth', async () => {
    await withApp(async (app) => {
      // axe checks the calm results (no urgent steps) here; accessibility.test.ts has the others.
      const visits = await walkToResults(app.page, { picks: calmPicks, tryEmptyOn: ['housing'], axeOn: ['results'] });

      expect(questionIds(visits)).toContain('others-use');
      expect(questionIds(visits)).toContain('home-safe');

      expect(await settingName(app.page)).toBe(enRules.settings.outpatient.name);
      const setting = await settingSection(app.page).innerText();
      expect(setting).toMatch(/opioid treatment program/i);
      expect(setting).toMatch(/office or by telehealth/i);
      expect(setting).toMatch(/\b2 of the 11\b/);
      expect(setting).toContain(reasonFor('housing', 'stable', enRules).text);
      expect(setting).toContain(reasonFor('support-person', 'yes', enRules).text);

      await expectEveryMedicineOffered(app);
      // A job makes daily clinic visits hard, so buprenorphine (office or telehealth) comes first.
      const names = await medicationNames(app.page);
      expect(names.indexOf('Buprenorphine')).toBeLessThan(names.indexOf('Methadone'));
      expect(await medicationCard(app.page, 'Methadone').innerText()).toMatch(/opioid treatment programs?/i);
      expect(await medicationCard(app.page, 'Buprenorphine').innerText()).toMatch(/office or by telehealth/i);
      expect(await cautionsMatching(app, 'Buprenorphine', /fentanyl/i)).toEqual([]);

      const support = await app.page.getByRole('region', { name: en.results.supportHeading }).innerText();
      expect(support).toMatch(/family therapy/i);

      expect(await sectionHeadings(app.page)).not.toContain(en.results.cautionsHeading);
      expect(await urgentRegion(app.page).count()).toBe(0);
      expect(await stepKinds(nextStepsRegion(app.page))).toEqual(usualSteps);
      await expectHelpContacts(app.page);
      expectCleanPage(app);
    });
  });

  test('a pregnant person is offered methadone and buprenorphine with the pregnancy note, naltrexone and withdrawal aids not to be started now, and told to say they are pregnant', async () => {
    await withApp(async (app) => {
      const picks: Picks = { ...calmPicks, pregnancy: ['Yes, I am pregnant'], 'prenatal-care': ['Yes'] };
      const visits = await walkToResults(app.page, { picks });

      expect(questionIds(visits)).toContain('prenatal-care');
      expect(questionIds(visits)).not.toContain('breastfeeding');

      // Withdrawal aids are not the plan in pregnancy either (PREG-6).
      await expectEveryMedicineOffered(app, ['Naltrexone', enRules.medicines['withdrawal-aids'].name]);
      for (const name of ['Methadone', 'Buprenorphine']) {
        const card = await medicationCard(app.page, name).innerText();
        expect(card).toMatch(/pregnan/i);
        expect(card).toMatch(/methadone or buprenorphine/i);
      }
      const naltrexone = medicationCard(app.page, 'Naltrexone');
      expect(await naltrexone.getByText(notNow, { exact: true }).isVisible()).toBe(true);
      expect(await cautionsMatching(app, 'Naltrexone', /pregnancy/i, /not started/i)).toHaveLength(1);
      const aids = enRules.medicines['withdrawal-aids'].name;
      expect(await cautionsMatching(app, aids, /not the plan in pregnancy/i)).toHaveLength(1);

      const next = nextStepsRegion(app.page);
      expect(await stepKinds(next)).toEqual([...usualSteps, 'say-you-are-pregnant']);
      const pregnancyStep = (await steps(next)).at(-1);
      expect(pregnancyStep?.text).toMatch(/tell the helpline or program that you are pregnant/i);
      await expectHelpContacts(app.page);
      expectCleanPage(app);
    });
  });

  test('heavy alcohol, or daily benzos after a change of answers, points to hospital care with the withdrawal-care note and the mixing caution', async () => {
    await withApp(async (app) => {
      const { page } = app;
      const picks: Picks = { ...calmPicks, alcohol: ['Yes, a lot on most days'] };
      await walkToResults(page, { picks });

      expect(await settingName(page)).toBe(enRules.settings.hospital.name);
      let setting = await settingSection(page).innerText();
      expect(setting).toContain(en.results.withdrawalCare);
      expect(setting).toContain(reasonFor('alcohol', 'heavy', enRules).text);
      let staySafe = await page.getByRole('region', { name: en.results.cautionsHeading }).innerText();
      expect(staySafe).toMatch(/opioids mixed with benzos or alcohol/i);
      expect(staySafe).toMatch(/stop drinking suddenly/i);
      expect(await countCautions(app, /alcohol/i, /overdose/i)).toEqual({ Methadone: 1, Buprenorphine: 1 });
      await expectEveryMedicineOffered(app);
      expect(await stepKinds(nextStepsRegion(page))).toEqual(usualSteps);
      await expectHelpContacts(page);

      // Now no alcohol, but benzos every day, not prescribed (SAFE-3): changed from "Check your
      // answers", which asks the newly opened question about a prescription first.
      await page.getByRole('button', { name: en.results.changeAnswers }).click();
      expect(await waitForNextScreen(page, headings.results)).toBe(headings.check);
      const changes = [
        { button: 'Change alcohol on most days', picks: { alcohol: ['No'] }, asked: ['alcohol'] },
        {
          button: 'Change benzodiazepines',
          picks: {
            benzodiazepines: ['Yes, every day or almost every day'],
            'benzodiazepines-prescribed': ['No, or not as prescribed'],
          },
          asked: ['benzodiazepines', 'benzodiazepines-prescribed'],
        },
      ] as const;
      for (const change of changes) {
        await page.getByRole('button', { name: change.button, exact: true }).click();
        await waitForNextScreen(page, headings.check);
        const visits = await answerUntilCheckAnswers(page, { picks: change.picks });
        expect(visits.map((visit) => visit.questionId ?? visit.kind)).toEqual([...change.asked, 'check']);
      }
      await seeResults(page);
      expect(await currentHeading(page)).toBe(headings.results);

      expect(await settingName(page)).toBe(enRules.settings.hospital.name);
      setting = await settingSection(page).innerText();
      expect(setting).toContain(en.results.withdrawalCare);
      expect(setting).toContain(reasonFor('benzodiazepines', 'daily', enRules).text);
      expect(setting).not.toContain(reasonFor('alcohol', 'heavy', enRules).text);
      staySafe = await page.getByRole('region', { name: en.results.cautionsHeading }).innerText();
      expect(staySafe).toMatch(/opioids mixed with benzos or alcohol/i);
      expect(staySafe).toMatch(/stop taking benzos suddenly/i);
      expect(await countCautions(app, /benzos/i, /overdose/i)).toEqual({ Methadone: 1, Buprenorphine: 1 });
      expect(await countCautions(app, /alcohol/i)).toEqual({ Methadone: 0, Buprenorphine: 0 });
      await expectEveryMedicineOffered(app);
      await expectHelpContacts(page);
      expectCleanPage(app);
    });
  });
});
