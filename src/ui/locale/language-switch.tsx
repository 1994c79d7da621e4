/**
 * Links to every other language the site speaks, in the header of every screen. Each link's text
 * is written in the language it leads to (and marked with `lang`), so a person who cannot read the
 * current one still finds it. It changes only the words: the answers and the current step stay.
 * The address keeps `lang` in step, so a reload stays in the chosen language.
 */
import type { MouseEvent } from 'react';
import { LANGUAGES, languages, type Language } from '../../i18n/languages.ts';
import { useMessages } from '../messages.tsx';
import { useLocale } from './locale-context.ts';

/**
 * This page's address with `lang` set, as a path on this site. An address whose path starts with
 * two slashes (`//evil.example/x`) would otherwise make a link to another site: one slash is kept.
 */
function addressWith(language: Language): string {
  const url = new URL(window.location.href);
  url.searchParams.set('lang', language);
  return `/${url.pathname.replace(/^\/+/, '')}${url.search}${url.hash}`;
}

export function LanguageSwitch() {
  const { language, switchTo } = useLocale();
  const messages = useMessages();
  const others = LANGUAGES.filter((other) => other !== language);
  const choose = (event: MouseEvent<HTMLAnchorElement>, other: Language) => {
    event.preventDefault();
    window.history.replaceState(window.history.state, '', addressWith(other));
    switchTo(other);
  };
  return (
    <nav className="language-switch" aria-label={messages.locale.switchLabel}>
      <ul className="language-switch__list">
        {others.map((other) => (
          <li key={other}>
            <a href={addressWith(other)} hrefLang={other} onClick={(event) => choose(event, other)}>
              <span lang={other}>{languages[other].name}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
