/**
 * The whole interface in the language and voice on screen, for the screens that come after the
 * questions have started (crisis, check, results and their exports, a clinic's results, the
 * coordinator's tools). They come with the language's whole words, normally fetched on idle soon
 * after the page is up, and before the first render in coordinator mode (see load-plan.ts); if
 * they have not arrived yet, the screen suspends and the nearest loading line shows until they do.
 */
import { use } from 'react';
import { inVoice } from '../../i18n/voices.ts';
import type { Messages } from '../../i18n/word-types.ts';
import { useLocale } from './locale-context.ts';

export function useAllMessages(): Messages {
  const { wholeWords, perspective } = useLocale();
  // Always through `use()`, so every render reads them the same way; once they are here, it
  // returns them at once (see once.ts). `inVoice` gives the same object each time.
  return inVoice(use(wholeWords()).ui, perspective);
}
