/**
 * The link to the other language, in the header of every screen. Its text is written in the
 * language it leads to (and marked with `lang`), so a person who cannot read the current one still
 * finds it. It changes only the words: the answers and the current step stay. The address keeps
 * `lang` in step, so a reload stays in the chosen language.
 */
import type { MouseEvent } from 'react';
import type { Language } from '../../config/url-options.ts';
import { languages } from '../../i18n/catalog.ts';
import { useMessages } from '../messages.tsx';
import { useLocale } from './locale-provider.tsx';

function addressWith(language: Language): string {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}${url.hash}`;
}

export function LanguageSwitch() {
  const { language, switchTo } = useLocale();
  const messages = useMessages();
  const other: Language = language === 'en' ? 'es' : 'en';
  const href = addressWith(other);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    window.history.replaceState(window.history.state, '', href);
    switchTo(other);
  };
  return (
    <nav className="language-switch" aria-label={messages.locale.switchLabel}>
      <a href={href} hrefLang={other} onClick={onClick}>
        <span lang={other}>{languages[other].name}</span>
      </a>
    </nav>
  );
}
