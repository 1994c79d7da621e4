/**
 * What the clinic's page can learn from the frame, in real Chromium with real cross-origin frames.
 * Its scripts hear one empty "ready" and nothing else: the heights go over embed.js's port, and
 * they are quantised, so the frame is as tall on a crisis screen, an error or a follow-up question
 * as on any other question. And a frame whose real parent is not the `parentOrigin` its address
 * declares shows no clinic details and asks no page for a port.
 */
import { describe, expect, test } from 'vitest';
import { HEIGHT_STEPS } from '../../src/embed/protocol.ts';
import { en } from '../support/words.ts';
import { expectCleanPage, openPage } from './support/browser.ts';
import {
  appFrame,
  embedHostPage,
  hostRecord,
  settledFrameHeight,
  useEmbedSites,
  walkFrameToResults,
} from './support/host-page.ts';
import { calmPicks, questionById, type Picks } from './support/walk.ts';

const sites = useEmbedSites();

function labelOf(questionId: 'pregnancy', value: string): string {
  const option = questionById(questionId).options.find((candidate) => candidate.value === value);
  if (!option) throw new Error(`${questionId} has no option ${value}`);
  return option.label;
}

/** Every crisis screen on the way, and the pregnancy follow-up asked. */
const crisisPicks: Picks = {
  ...calmPicks,
  'overdose-now': ['Yes'],
  'self-harm-thoughts': ['Yes'],
  'danger-signs-now': ['Yes'],
  pregnancy: [labelOf('pregnancy', 'pregnant')],
};

const crisisTitles = new Set([en.crisis.overdoseTitle, en.crisis.selfHarmTitle, en.crisis.emergencyTitle]);

describe('what the clinic page can learn from the frame', () => {
  for (const width of [360, 1280]) {
    test(`at ${String(width)} px, every question, crisis screen and follow-up has the same frame height, and the page's scripts hear only "ready"`, async () => {
      const { host, appOrigin } = sites();
      const url = host.serve(
        `/heights-${String(width)}`,
        embedHostPage({ appOrigin, attributes: { 'data-clinic-name': 'Riverside' } }),
      );
      const app = await openPage(url, { allowedOrigins: [appOrigin], viewport: { width, height: 800 } });
      try {
        const frame = await appFrame(app.page);
        const heights = new Map<string, number>();
        await walkFrameToResults(
          frame,
          async (heading) => {
            heights.set(heading, await settledFrameHeight(app.page, frame));
          },
          crisisPicks,
        );
        const shown = [...heights.keys()];
        for (const title of crisisTitles) expect(shown).toContain(title);
        expect(shown).toContain(questionById('prenatal-care').text);
        const questionsAndCrises = [...heights.entries()].filter(
          ([heading]) => ![en.intro.title, en.check.title, en.results.title].includes(heading),
        );
        const taller = questionsAndCrises.filter(([, height]) => height !== HEIGHT_STEPS[0]);
        expect(taller, 'screens whose frame is not the smallest height').toEqual([]);
        for (const height of heights.values()) expect(HEIGHT_STEPS).toContain(height);

        const { messages } = await hostRecord(app.page);
        expect(messages).toEqual([{ origin: appOrigin, data: { source: 'treatment-self-check', type: 'ready' } }]);
        expectCleanPage(app);
      } finally {
        await app.close();
      }
    });
  }

  test('a frame whose real parent is not the parentOrigin in its address shows no clinic details and asks no page for a port', async () => {
    const { host, third, appOrigin } = sites();
    const clinic = JSON.stringify({ name: 'Riverside Recovery Clinic', phone: '555-0100', services: [] });
    const address = new URL(`${appOrigin}/`);
    address.searchParams.set('embed', '1');
    address.searchParams.set('parentOrigin', third.origin);
    address.searchParams.set('clinic', clinic);
    const page = `<!doctype html><html lang="en"><head><title>Framing site</title><script>
      window.hostRecord = { messages: [], completes: [] };
      window.addEventListener('message', (event) => window.hostRecord.messages.push({ origin: event.origin, data: event.data }));
    </script></head><body><div data-treatment-self-check><iframe title="Self-check" src="${address.href.replace(/"/g, '&quot;')}" style="width:100%;height:900px;border:0"></iframe></div></body></html>`;
    const app = await openPage(host.serve('/lying-parent', page), { allowedOrigins: [appOrigin] });
    try {
      const frame = await appFrame(app.page);
      expect(await frame.getByText('Riverside Recovery Clinic').count()).toBe(0);
      expect(await frame.locator('a[href="tel:5550100"]').count()).toBe(0);
      const notice = await frame.getByText(en.urlNotice.lead).locator('..').textContent();
      expect(notice).toContain(en.urlNotice.names.parentOrigin);
      expect(notice).toContain(en.urlNotice.names.clinic);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await hostRecord(app.page)).messages).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
