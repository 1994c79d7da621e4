/**
 * The URL parameters the app understands (the contract in the README): `lang`, `mode`, `embed`,
 * `parentOrigin` and, inside an embed, `clinic` (see src/embed/clinic-config.ts). Each is parsed on
 * its own with zod, so one bad value falls back to its default without losing the others, and the
 * names of ignored parameters are kept for a calm notice.
 * Nothing from the URL is ever rendered as HTML. It uses `zod/mini` so the first page loads without
 * the rest of zod.
 */
import { z } from 'zod/mini';
import { parseClinicParam, type ClinicConfig } from '../embed/clinic-config.ts';

export const LanguageSchema = z.enum(['en', 'es']);
export type Language = z.infer<typeof LanguageSchema>;

export const ModeSchema = z.enum(['self-check', 'coordinator']);
export type Mode = z.infer<typeof ModeSchema>;

/** An origin exactly as `URL.origin` spells it (scheme, host, optional port; no path). */
export const OriginSchema = z.string().check(
  z.maxLength(2048),
  z.refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
    } catch {
      return false;
    }
  }, 'not an origin'),
);

export type UrlOptions = {
  /** Null when the URL does not choose: the browser's preference decides. */
  language: Language | null;
  mode: Mode;
  embed: boolean;
  /** Where embed messages may go; null means none are sent. */
  parentOrigin: string | null;
  /** The embedding clinic's details, re-validated here; null outside an embed or when invalid. */
  clinic: ClinicConfig | null;
  /** Parameters that were present but not understood, e.g. `['lang']`. */
  ignored: string[];
};

const parsers = {
  lang: LanguageSchema,
  mode: z.literal('coordinator'),
  embed: z.literal('1'),
  parentOrigin: OriginSchema,
  clinic: z.pipe(
    z.pipe(
      z.string(),
      z.transform((raw: string) => parseClinicParam(raw)),
    ),
    z.custom<ClinicConfig>((value: ClinicConfig | null) => value !== null),
  ),
} as const;

type Known = keyof typeof parsers;

export function parseUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  const read = <Name extends Known>(name: Name): z.infer<(typeof parsers)[Name]> | null => {
    const raw = params.get(name);
    if (raw === null) return null;
    const parsed = parsers[name].safeParse(raw);
    if (parsed.success) return parsed.data as z.infer<(typeof parsers)[Name]>;
    ignored.push(name);
    return null;
  };
  const language = read('lang');
  const mode = read('mode') === null ? 'self-check' : 'coordinator';
  const embed = read('embed') !== null;
  const parentOrigin = read('parentOrigin');
  const clinic = embed ? read('clinic') : null;
  return { language, mode, embed, parentOrigin, clinic, ignored };
}
