/**
 * The shape every rule-text catalog must have, derived from the English one so the two can never
 * drift: each text becomes `string`, each text with variable parts stays a function with the same
 * parameters. Write another catalog as `{ ... } satisfies RuleTexts`: a missing or extra key fails
 * the type check.
 */
import type { en } from './en.ts';

export type { BenzosOrAlcohol, PregnancyAnswer, SeverityBand } from './text-params.ts';

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer Params) => string
    ? (...args: Params) => string
    : { readonly [Key in keyof T]: Widen<T[Key]> };

export type RuleTexts = Widen<typeof en>;
