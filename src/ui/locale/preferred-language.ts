/** The first language the browser prefers that the site speaks ("es-MX" counts as "es"), else English. */
import { isLanguage, type Language } from '../../i18n/languages.ts';

export function preferredLanguage(preferences: readonly string[] | undefined): Language {
  for (const tag of preferences ?? []) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLanguage(language)) return language;
  }
  return 'en';
}
