/** The first language the browser prefers that the site speaks ("es-MX" counts as "es"), else English. */
import { LanguageSchema, type Language } from '../../config/url-options.ts';

export function preferredLanguage(preferences: readonly string[] | undefined): Language {
  for (const tag of preferences ?? []) {
    const parsed = LanguageSchema.safeParse(tag.toLowerCase().split('-')[0]);
    if (parsed.success) return parsed.data;
  }
  return 'en';
}
