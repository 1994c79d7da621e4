/**
 * The languages the site speaks: the one list. Each has a folder of words beside this file with the
 * same file set as `en/` (a test compares them), assembled in its `words.ts`. The language switch
 * offers every language here, and the address's `lang` accepts exactly these codes.
 */
export const languages = {
  en: { name: 'English', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
} as const satisfies Record<string, { readonly name: string; readonly dir: 'ltr' | 'rtl' }>;

export type Language = keyof typeof languages;

export const LANGUAGES = Object.keys(languages) as Language[];

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language === value);
}
