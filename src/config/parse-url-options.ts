/**
 * Reads the URL parameters (see url-options.ts for what they can set). Each is parsed on its own
 * with zod, so one bad value falls back to its default without losing the others, and the names of
 * ignored parameters are kept for a calm notice. Nothing from the URL is ever rendered as HTML.
 * Loaded only when the page has a query string: a visit without one takes DEFAULT_URL_OPTIONS.
 */
import { z } from 'zod/mini';
import { parseClinicParam, type ClinicConfig } from '../embed/clinic-config.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { DEFAULT_URL_OPTIONS, type UrlOptions } from './url-options.ts';

/** An origin exactly as `URL.origin` spells it (scheme, host, optional port; no path). */
const OriginSchema = z.string().check(
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

const parsers = {
  lang: z.enum(LANGUAGES),
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
  const language = read('lang') ?? DEFAULT_URL_OPTIONS.language;
  const mode = read('mode') ?? DEFAULT_URL_OPTIONS.mode;
  const embed = read('embed') !== null;
  const parentOrigin = read('parentOrigin') ?? DEFAULT_URL_OPTIONS.parentOrigin;
  const clinic = embed ? read('clinic') : DEFAULT_URL_OPTIONS.clinic;
  return { language, mode, embed, parentOrigin, clinic, ignored };
}
