/**
 * A calm word when the page's web address asked for something we did not understand. Only the
 * names of known parameters, in our own words from a fixed list, are shown: never text from the URL.
 */
import { useAppOptions } from '../app-options.tsx';
import { useMessages } from '../messages.tsx';

export function UrlOptionsNotice() {
  const t = useMessages().urlNotice;
  const { ignored } = useAppOptions();
  const names = Object.entries(t.names)
    .filter(([parameter]) => ignored.includes(parameter))
    .map(([, name]) => name);
  if (names.length === 0) return null;
  return (
    <p className="notification notification--quiet">
      {t.lead} {names.join(', ')}.
    </p>
  );
}
