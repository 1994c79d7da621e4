/**
 * The whole interface in the language and perspective on screen, for the screens that come after
 * the questions have started (crisis, check, results and their exports, a clinic's results, the
 * coordinator's tools). Their words are a chunk of their own (`laterMessages`), normally fetched on
 * idle soon after the page is up (`preloadOnIdle`, from the locale provider), and before the first render in coordinator
 * mode; if they have not arrived yet, the screen suspends and the nearest loading line shows until
 * they do. The words are never shown in another language or perspective in the meantime.
 */
import { use, useMemo } from 'react';
import type { Messages } from '../../i18n/en.ts';
import { laterMessages } from '../../i18n/load-catalogs.ts';
import { useMessages } from '../messages.tsx';
import { useLocale } from './locale-provider.tsx';

export function useAllMessages(): Messages {
  const screens = useMessages();
  const { language, perspective } = useLocale();
  // Always through `use()`, so every render of the screen reads them the same way; once they are
  // here, it returns them at once (see `fetched-once.ts`).
  const later = use(laterMessages.load(language, perspective));
  // One object for as long as the words stay the same, so what is built from them is not rebuilt.
  return useMemo(() => ({ ...screens, ...later }), [screens, later]);
}
