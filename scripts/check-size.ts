/**
 * Size check for `npm test`: fails when the JavaScript or CSS needed before the first question is
 * usable goes over its budget (`budgets` in `scripts/bench/initial-size.ts`, gzip, kB = 1000
 * bytes). Sizes are deterministic, so this is safe to enforce in CI.
 * Usage: tsx scripts/check-size.ts [distDir]
 */
import { budgets, initialSize } from './bench/initial-size.ts';

const distDir = process.argv[2] ?? 'dist';
const size = initialSize(distDir);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(3)} kB`;
const rows = [
  ['Initial JavaScript (gzip)', size.jsGzip, budgets.jsGzip],
  ['Initial CSS (gzip)', size.cssGzip, budgets.cssGzip],
] as const;
let over = false;
for (const [name, actual, budget] of rows) {
  const ok = actual <= budget;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kb(actual)} (budget ${kb(budget)})`);
}
console.log(`Loaded before the first question: ${size.files.join(', ')}`);
if (over) {
  console.error('Over the size budget: load the extra code lazily, or remove it.');
  process.exit(1);
}
