/**
 * Size check for `npm test`: fails when the JavaScript or CSS needed before the first question is
 * usable grows over its ceiling (see `ciCeilings`). Sizes are deterministic, so this is safe to
 * enforce in CI. Usage: tsx scripts/check-size.ts [distDir]
 */
import { budgets, ciCeilings, initialSize } from './bench/initial-size.ts';

const distDir = process.argv[2] ?? 'dist';
const size = initialSize(distDir);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [
  ['Initial JavaScript (gzip)', size.jsGzip, ciCeilings.jsGzip, budgets.jsGzip],
  ['Initial CSS (gzip)', size.cssGzip, ciCeilings.cssGzip, budgets.cssGzip],
] as const;
let over = false;
for (const [name, actual, ceiling, target] of rows) {
  const ok = actual <= ceiling;
  over ||= !ok;
  const targetNote = actual <= target ? 'target met' : `target ${kb(target)} not yet met`;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kb(actual)} (ceiling ${kb(ceiling)}; ${targetNote})`);
}
console.log(`Loaded before the first question: ${size.files.join(', ')}`);
if (over) {
  console.error('Over the size ceiling: load the extra code lazily, or remove it.');
  process.exit(1);
}
