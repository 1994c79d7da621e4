/**
 * A rule-text catalog that words every text as its own path and the parameters it was given, e.g.
 * `cautions.do-not-stop-suddenly-alone({"benzos":false,"alcohol":true})`. With it, tests check which
 * text the rules picked and what they passed to it, whatever the English catalog says.
 */
import { enRules as en } from '../../../support/words.ts';
import type { RuleTexts } from '../../../../src/i18n/word-types.ts';

function probe(value: unknown, path: string): unknown {
  if (typeof value === 'string') return path;
  if (typeof value === 'function') {
    return (...args: unknown[]) => `${path}(${args.map((arg) => JSON.stringify(arg)).join(',')})`;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, probe(inner, `${path}.${key}`)]));
  }
  return value;
}

export const probeTexts = probe(en, 'texts') as RuleTexts;
