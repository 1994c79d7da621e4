/**
 * Step latency: from Continue being pressed to the next page's heading painted, for every step of
 * a whole walk, with the CPU slowed 4x through the DevTools protocol (a cheap phone). The page
 * measures itself (`performance.now()` at the click, until just after the frame that paints the new
 * heading), so browser-driver round trips are not counted.
 */
import { chromium } from 'playwright-core';
import englishScreens from '../../src/i18n/en/screens.ts';
import { inVoice } from '../../src/i18n/voices.ts';

const en = inVoice(englishScreens, 'self');
import { median, percentile } from './statistics.ts';

// The in-page code is a string: tsx would otherwise wrap named functions in a helper the page lacks.

/**
 * In-page, inside an animation frame callback: a message posted from there runs right after that
 * frame's paint, and resolves with the time since `started`.
 */
const resolveAfterThisFramePaints = `const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - started);
    channel.port2.postMessage(null);`;

const measureStep = `new Promise((resolve, reject) => {
  const heading = () => document.querySelector('h1')?.textContent ?? '';
  const before = heading();
  const button = [...document.querySelectorAll('main button')].find((element) =>
    /^(Continue|See my results|Continuar|Ver mis resultados)$/.test(element.textContent.trim()),
  );
  if (!button) return reject(new Error('No Continue button on ' + before));
  const started = performance.now();
  // The first animation frame that begins with the new heading in the DOM paints it; a message
  // posted from that frame's callback runs right after the paint. The callback is asked for now,
  // before the app runs, so that message comes ahead of anything the app itself leaves for after
  // the paint: what is timed is the heading on screen, not the app's work behind it.
  const onFrame = () => {
    if (heading() === before) return requestAnimationFrame(onFrame);
    ${resolveAfterThisFramePaints}
  };
  requestAnimationFrame(onFrame);
  button.click();
})`;

/**
 * The same measurement around the smallest possible step: the heading's text changed directly, no
 * app code at all. What it measures is the browser's own wait for, and work on, the next frame: no
 * step can be faster, so it puts the step figures in proportion.
 */
const measureBareFrame = `new Promise((resolve) => {
  const heading = document.querySelector('h1');
  const started = performance.now();
  heading.textContent = heading.textContent + ' ';
  requestAnimationFrame(() => {
    ${resolveAfterThisFramePaints}
  });
})`;

/** Chooses a calm answer: "No" on the safety questions, "None of these" on lists, else the first. */
const chooseAnswer = `(() => {
  const inputs = [...document.querySelectorAll('main input[type=radio], main input[type=checkbox]')];
  const labelOf = (input) => document.querySelector('label[for="' + input.id + '"]')?.textContent?.trim() ?? '';
  const preferred = inputs.find((input) => /^(No|None of these|Ninguna de estas)/.test(labelOf(input))) ?? inputs[0];
  preferred?.click();
})()`;

const stepButton = /^(Continue|See my results|Continuar|Ver mis resultados)$/;

type StepTimings = { steps: number[]; bareFrames: number[] };

async function stepLatencies(url: string, chromePath: string): Promise<StepTimings> {
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(url);
    // The intro asks whom the answers are about; saving stays off, as it is by default.
    const whom = page.getByRole('radio', { name: en.locale.perspective.self, exact: true });
    if ((await whom.count()) > 0) await whom.check();
    await page.getByRole('button', { name: /^(Start now|Empezar ahora)$/ }).click();
    await page.getByRole('button', { name: stepButton }).waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const latencies: number[] = [];
    while ((await page.getByRole('button', { name: stepButton }).count()) > 0 && latencies.length < 100) {
      if ((await page.locator('main input').count()) > 0) await page.evaluate(chooseAnswer);
      latencies.push(await page.evaluate<number>(measureStep));
    }
    const bareFrames: number[] = [];
    for (let sample = 0; sample < latencies.length; sample += 1) {
      await page.waitForTimeout(20);
      bareFrames.push(await page.evaluate<number>(measureBareFrame));
    }
    return { steps: latencies, bareFrames };
  } finally {
    await browser.close();
  }
}

export type StepFigures = {
  walks: number;
  stepsPerWalk: number;
  median: number;
  p95: number;
  bareMedian: number;
  bareP95: number;
};

/**
 * Several whole walks, each in a fresh browser, reporting the median of each walk's figures (as
 * Lighthouse's are reported), so one walk on a busy moment of a shared machine does not decide.
 */
export async function stepLatencyMedians(url: string, chromePath: string, walks = 3): Promise<StepFigures> {
  const timings: StepTimings[] = [];
  for (let walk = 0; walk < walks; walk += 1) timings.push(await stepLatencies(url, chromePath));
  const medianOfWalks = (figure: (timing: StepTimings) => number) => median(timings.map(figure));
  return {
    walks,
    stepsPerWalk: timings[0]?.steps.length ?? 0,
    median: medianOfWalks((timing) => median(timing.steps)),
    p95: medianOfWalks((timing) => percentile(timing.steps, 95)),
    bareMedian: medianOfWalks((timing) => median(timing.bareFrames)),
    bareP95: medianOfWalks((timing) => percentile(timing.bareFrames, 95)),
  };
}
