/**
 * What the URL parameters can set (the contract in docs/embedding.md): `lang`, `mode`, `embed`,
 * `parentOrigin` and, inside an embed, `clinic` (see src/embed/clinic-config.ts). This module holds
 * the types and the defaults a visit without parameters gets, and no validation library: most
 * visits have no query string, and they start without zod. A query string is read by
 * parse-url-options.ts, which src/main.tsx loads only when there is one.
 */
import type { ClinicConfig } from '../embed/clinic-config.ts';
import type { Language } from '../i18n/languages.ts';

export type Mode = 'self-check' | 'coordinator';

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

/** A visit without URL parameters: the browser's language, self-check, not embedded. */
export const DEFAULT_URL_OPTIONS: UrlOptions = {
  language: null,
  mode: 'self-check',
  embed: false,
  parentOrigin: null,
  clinic: null,
  ignored: [],
};
