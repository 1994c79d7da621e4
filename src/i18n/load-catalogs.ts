/** English is part of the page; any other language is fetched from the site only when needed. */
import type { Language } from '../config/url-options.ts';
import type { Catalogs } from './catalog.ts';
import { enCatalogs } from './en-catalogs.ts';

export async function loadCatalogs(language: Language): Promise<Catalogs> {
  switch (language) {
    case 'en':
      return enCatalogs;
    case 'es':
      return (await import('./es.ts')).esCatalogs;
  }
}
