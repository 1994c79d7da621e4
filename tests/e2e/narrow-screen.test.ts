/**
 * A 320 px wide screen (a small phone, or a desktop zoomed to 400%, WCAG 1.4.10 Reflow): no screen
 * may scroll sideways. The journey takes the riskiest answer everywhere, so every kind of content
 * the results can show (urgent steps, cautions, the "not now" marker, long reasons) is on the page.
 */
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { settingInfo } from '../../src/rules/setting-levels.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage, openPage } from './support/browser.ts';
import { scrollsSideways, settingName } from './support/results.ts';
import { useBuiltSite } from './support/built-site.ts';
import { everyOption, walkToResults, type Picks, type ScreenKind } from './support/walk.ts';

const { url } = useBuiltSite();

const riskiest: Picks = {
  'overdose-now': ['Yes'],
  'self-harm-thoughts': ['Yes'],
  'opioids-used': everyOption('opioids-used').filter(
    (label) => label !== 'Pain pills taken only as a doctor prescribed',
  ),
  'how-used': everyOption('how-used'),
  'last-use': ['In the past day'],
  control: everyOption('control'),
  'life-impact': everyOption('life-impact'),
  'body-changes': everyOption('body-changes'),
  'phq-interest': ['Nearly every day'],
  'phq-down': ['Nearly every day'],
  'gad-nervous': ['Nearly every day'],
  'gad-worry': ['Nearly every day'],
  'mental-health-diagnosis': ['Yes'],
  alcohol: ['Yes, a lot on most days'],
  benzodiazepines: ['Yes, every day or almost every day'],
  stimulants: ['Yes'],
  'medical-problems': ['Yes, one that needs care right away'],
  'withdrawal-history': ['Yes, I had a seizure (fit)'],
  pregnancy: ['I could be pregnant'],
  housing: ['Not always'],
  'others-use': ['Yes'],
  'home-safe': ['No'],
  'support-person': ['No'],
  responsibilities: ['Children or others who depend on me', 'A job', 'School or training'],
  transport: ['No'],
  'recent-release': [
    'Jail or prison',
    'Detox (withdrawal care)',
    'A treatment center or hospital where I stayed overnight',
  ],
  'previous-treatment': ['Yes, more than once, and each time I started using again'],
  'previous-treatment-type': [
    'Counseling or a program I went to from home',
    'Medicine such as methadone, buprenorphine or naltrexone',
    'A program where I stayed overnight',
    'Detox (withdrawal care) only',
  ],
  'open-to-medication': ['Not sure'],
  'daily-visits': ['No'],
  'prefers-non-opioid': ['Yes'],
};

describe('on a 320 px wide screen', () => {
  test('no screen scrolls sideways, from the intro through every question and crisis screen to the full results', async () => {
    const app = await openPage(url(), { viewport: { width: 320, height: 640 } });
    app.page.setDefaultTimeout(10_000);
    try {
      const overflowing: string[] = [];
      const measured = new Set<ScreenKind>();
      const visits = await walkToResults(app.page, {
        picks: riskiest,
        tryEmptyOn: ['opioids-used'],
        onScreen: async (visit) => {
          measured.add(visit.kind);
          const size = await scrollsSideways(app.page);
          if (size)
            overflowing.push(`${visit.kind} "${visit.heading}": ${size.scrollWidth}px wide in ${size.clientWidth}px`);
        },
      });
      expect(visits.length).toBeGreaterThan(30);
      expect([...measured].sort()).toEqual(['check', 'crisis', 'error', 'intro', 'question', 'results']);
      expect(await settingName(app.page)).toBe(settingInfo.hospital.name);

      // The sources, folded away at first, hold long addresses: open them and measure again.
      await app.page.getByText(en.results.sourcesHeading, { exact: true }).click();
      const size = await scrollsSideways(app.page);
      if (size) overflowing.push(`results with sources open: ${size.scrollWidth}px wide in ${size.clientWidth}px`);
      await expectNoAxeViolations(app.page);

      expect(overflowing).toEqual([]);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });
});
