/**
 * Every string a catalog can produce, with where it sits ("ui.crisis.inDanger"). Functions are
 * called with sample arguments, so their sentences are read too.
 */
import type { BenzosOrAlcohol } from '../../src/rules/text-params.ts';

const mixes: BenzosOrAlcohol[] = [
  { benzos: true, alcohol: false },
  { benzos: false, alcohol: true },
  { benzos: true, alcohol: true },
];
const samples: readonly unknown[][] = [
  [1, 3, 'Sample'],
  [2, 'severe'],
  [4, 'mild'],
  ['pregnant'],
  ['could-be'],
  [new Date(Date.UTC(2026, 0, 15))],
  ...mixes.map((mix) => [mix]),
];

export type Text = { where: string; text: string };

export function textsIn(value: unknown, where: string): Text[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (typeof value === 'function') {
    return samples.flatMap((args, index) => {
      try {
        const made = textsIn((value as (...params: unknown[]) => unknown)(...args), `${where}(#${String(index)})`);
        // A sample that does not fit the parameters (a number where a date goes) says nothing.
        return made.filter(({ text }) => !/Invalid Date|NaN|undefined|\[object Object\]/.test(text));
      } catch {
        return [];
      }
    });
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => textsIn(item, `${where}[${String(index)}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => textsIn(item, `${where}.${key}`));
  }
  return [];
}
