/**
 * `npm run bench`: builds the site, serves it locally, and prints one table of the speed figures
 * with their targets: Lighthouse (its own command with the default mobile preset, as a plain run;
 * median of 3 runs, each run listed below the table), the size of what loads before the first
 * question, and step latency over a whole walk at 4x CPU slowdown (median of 3 walks).
 * Figures only: nothing here fails a test, because timings vary by machine.
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../tests/e2e/support/server.ts';
import { budgets, initialSize } from './bench/initial-size.ts';
import { lighthouseRuns } from './bench/lighthouse-runs.ts';
import { stepLatencyMedians } from './bench/step-latency.ts';

const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const distDir = mkdtempSync(path.join(tmpdir(), 'bench-dist-'));
// Removed as the bench ends, also when the build or a run fails.
process.on('exit', () => rmSync(distDir, { recursive: true, force: true }));
execSync(`npx vite build --outDir ${distDir} --emptyOutDir --logLevel error`, { stdio: 'inherit' });

const server = await startServer({ root: distDir });
try {
  const size = initialSize(distDir);
  const { median: lighthouse, runs } = await lighthouseRuns(server.url, chromePath);
  const steps = await stepLatencyMedians(server.url, chromePath);
  type Row = [figure: string, value: number, target: number, unit: string, atLeast?: boolean];
  const rows: Row[] = [
    ['Lighthouse performance', lighthouse.performance, 0.98, '', true],
    ['Lighthouse accessibility', lighthouse.accessibility, 1, '', true],
    ['Lighthouse best practices', lighthouse.bestPractices, 1, '', true],
    ['Largest Contentful Paint', lighthouse.lcpMs, 1000, 'ms'],
    ['Total Blocking Time', lighthouse.tbtMs, 50, 'ms'],
    ['Initial JavaScript (gzip)', size.jsGzip / 1000, budgets.jsGzip / 1000, 'kB'],
    ['Initial CSS (gzip)', size.cssGzip / 1000, budgets.cssGzip / 1000, 'kB'],
    [`Step latency median (${String(steps.walks)} walks, ${String(steps.stepsPerWalk)} steps)`, steps.median, 16, 'ms'],
    ['Step latency 95th percentile', steps.p95, 50, 'ms'],
  ];
  const floor = `For scale: the same measurement around a bare heading change (no app code): median ${steps.bareMedian.toFixed(1)} ms, 95th percentile ${steps.bareP95.toFixed(1)} ms.`;
  // Sizes to the byte's tenth of a percent, so a figure just under its budget does not read as on it.
  const decimals = (unit: string) => (unit === '' || unit === 'kB' ? 2 : 1);
  const format = (value: number, unit: string) => `${value.toFixed(decimals(unit))} ${unit}`.trim();
  console.log(`\nSpeed, ${new Date().toISOString().slice(0, 10)} (Chromium at ${chromePath})\n`);
  console.log(['Figure'.padEnd(40), 'Value'.padStart(12), 'Target'.padStart(14), '  Result'].join(''));
  for (const [figure, value, target, unit, atLeast = false] of rows) {
    const pass = atLeast ? value >= target : value <= target;
    const targetText = `${atLeast ? '>=' : '<='} ${format(target, unit)}`;
    console.log(
      [figure.padEnd(40), format(value, unit).padStart(12), targetText.padStart(14), pass ? '  pass' : '  FAIL'].join(
        '',
      ),
    );
  }
  console.log(`\n${floor}`);
  // Lighthouse warns below 1000: the host is then slower than the one its 4x slowdown assumes.
  console.log(`This machine's CPU benchmark index (Lighthouse): ${lighthouse.benchmarkIndex.toFixed(0)}.`);
  console.log(
    '\nEach Lighthouse run (performance, Largest Contentful Paint, Total Blocking Time, CPU benchmark index):',
  );
  for (const run of runs) {
    const figures = [run.performance.toFixed(2), `${run.lcpMs.toFixed(1)} ms`, `${run.tbtMs.toFixed(1)} ms`];
    console.log(`  ${figures.join(', ')}, index ${run.benchmarkIndex.toFixed(0)}`);
  }
} finally {
  await server.close();
}
