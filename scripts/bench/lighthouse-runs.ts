/**
 * Lighthouse as anyone runs it on its own: the `lighthouse` command of the installed package, its
 * default mobile preset (simulated slow 4G, 4x CPU slowdown) and every category, in a fresh
 * headless Chromium each run. The bench reports the median of each figure, but also each run's
 * figures and the host's CPU benchmark index, since the simulated Total Blocking Time multiplies
 * the host's own task lengths by four: the same build reads very differently on a slower or busier
 * host, and a median alone hides that.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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

export type LighthouseRuns = { median: LighthouseFigures; runs: LighthouseFigures[] };

const lighthouseCommand = fileURLToPath(new URL('../../node_modules/.bin/lighthouse', import.meta.url));
const chromiumFlags = '--headless=new --no-sandbox --disable-gpu';

type Report = {
  runtimeError?: { code: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  environment: { benchmarkIndex: number };
};

async function runOnce(url: string, chromePath: string, folder: string): Promise<LighthouseFigures> {
  const output = path.join(folder, 'report.json');
  const flags = [`--chrome-path=${chromePath}`, `--chrome-flags=${chromiumFlags}`, '--output=json'];
  await promisify(execFile)(lighthouseCommand, [url, ...flags, `--output-path=${output}`, '--quiet']);
  const report = JSON.parse(await readFile(output, 'utf8')) as Report;
  if (report.runtimeError) throw new Error(`Lighthouse failed: ${report.runtimeError.code}`);
  const { categories, audits, environment } = report;
  return {
    performance: categories['performance']?.score ?? 0,
    accessibility: categories['accessibility']?.score ?? 0,
    bestPractices: categories['best-practices']?.score ?? 0,
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
    benchmarkIndex: environment.benchmarkIndex,
  };
}

export async function lighthouseRuns(url: string, chromePath: string, runs = 3): Promise<LighthouseRuns> {
  const folder = await mkdtemp(path.join(tmpdir(), 'bench-lighthouse-'));
  const results: LighthouseFigures[] = [];
  try {
    // A run the browser itself spoils (e.g. a trace without a navigation start) is run again, a few
    // times at most, so the median is always of `runs` good runs.
    let failures = 0;
    while (results.length < runs) {
      try {
        results.push(await runOnce(url, chromePath, folder));
      } catch (error) {
        failures += 1;
        if (failures > runs) throw error;
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  const pick = (key: keyof LighthouseFigures) => median(results.map((figures) => figures[key]));
  return {
    median: {
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      bestPractices: pick('bestPractices'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs'),
      benchmarkIndex: pick('benchmarkIndex'),
    },
    runs: results,
  };
}
