/**
 * Lighthouse with its default mobile preset (simulated slow 4G, 4x CPU slowdown) in the system
 * Chromium, several runs, reporting the median of each figure so one noisy run does not decide.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { median } from './statistics.ts';

export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  /** Lighthouse's measure of the host's CPU speed: the same 4x slowdown is slower on a slower host. */
  benchmarkIndex: number;
};

const chromiumFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions'];

async function runOnce(url: string, chromePath: string): Promise<LighthouseFigures> {
  const chrome = await launch({ chromePath, chromeFlags: chromiumFlags, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse failed: ${result.lhr.runtimeError.code}`);
    const { categories, audits, environment } = result.lhr;
    return {
      performance: categories['performance']?.score ?? 0,
      accessibility: categories['accessibility']?.score ?? 0,
      bestPractices: categories['best-practices']?.score ?? 0,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
      benchmarkIndex: environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

export async function lighthouseMedians(url: string, chromePath: string, runs = 3): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = [];
  // A run the browser itself spoils (e.g. a trace without a navigation start) is run again, a few
  // times at most, so the median is always of `runs` good runs.
  let failures = 0;
  while (results.length < runs) {
    try {
      results.push(await runOnce(url, chromePath));
    } catch (error) {
      failures += 1;
      if (failures > runs) throw error;
    }
  }
  const pick = (key: keyof LighthouseFigures) => median(results.map((figures) => figures[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    benchmarkIndex: pick('benchmarkIndex'),
  };
}
