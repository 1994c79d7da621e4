/**
 * The two voices every text can take. "You" speaks to a person answering for themselves; "they"
 * speaks of the person the answers are about, for a family member or friend answering. A text that
 * reads the same either way is written once; one that differs is written as a pair,
 * `{ you: '...', they: '...' }`, right where it is used, so both voices are edited together.
 *
 * A words file is read in one voice with `inVoice`, which replaces every pair by one of its texts.
 */
import type { Perspective } from '../../questions/perspective.ts';

/** A text written in both voices. */
export type Voices<Text> = { readonly you: Text; readonly they: Text };

/** A words file read in one voice: every pair becomes the type of its texts. */
export type InVoice<Words> =
  Words extends Voices<infer Text>
    ? InVoice<Text>
    : Words extends string | ((...args: never) => unknown)
      ? Words
      : Words extends readonly (infer Item)[]
        ? readonly InVoice<Item>[]
        : { readonly [Key in keyof Words]: InVoice<Words[Key]> };

/** Any text with the shape of `Text`: strings of any words, functions with the same parameters. */
type AnyText<Text> = Text extends string
  ? string
  : Text extends (...args: infer Params) => infer Result
    ? (...args: Params) => AnyText<Result>
    : Text extends readonly (infer Item)[]
      ? readonly AnyText<Item>[]
      : { readonly [Key in keyof Text]: AnyText<Text[Key]> };

/**
 * The shape another language's words file must have, from the English file of the same name: the
 * same keys, and at each text any words, in one voice or as a pair. Write the file
 * `satisfies WordsLike<typeof english>`: a missing or extra key then fails the type check, with an
 * error at the key in that file.
 */
export type WordsLike<English> =
  English extends Voices<infer Text>
    ? AnyText<Text> | Voices<AnyText<Text>>
    : English extends string | ((...args: never) => unknown) | readonly unknown[]
      ? AnyText<English> | Voices<AnyText<English>>
      : { readonly [Key in keyof English]: WordsLike<English[Key]> };

const voiceOf = { self: 'you', other: 'they' } as const satisfies Record<Perspective, keyof Voices<unknown>>;

function isVoices(value: object): value is Voices<unknown> {
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('you') && keys.includes('they');
}

function pickVoice(value: unknown, voice: keyof Voices<unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => pickVoice(item, voice));
  if (isVoices(value)) return pickVoice(value[voice], voice);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pickVoice(item, voice)]));
}

/** Each words object read in each voice once: the same object every time, so screens can memo on it. */
const read = new WeakMap<object, Partial<Record<Perspective, unknown>>>();

/** `words` in the voice for `perspective`: every `{ you, they }` pair replaced by one of its texts. */
export function inVoice<Words extends object>(words: Words, perspective: Perspective): InVoice<Words> {
  const known = read.get(words) ?? {};
  read.set(words, known);
  known[perspective] ??= pickVoice(words, voiceOf[perspective]);
  return known[perspective] as InVoice<Words>;
}
