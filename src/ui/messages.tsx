/**
 * The interface strings of the language and voice on screen. Every component reads its text
 * through `useMessages()`, never by importing a language file, so switching language or voice
 * changes every screen at once. These are the words of the screens up to and including the
 * questions and of the crisis screens, which are always here; a screen that comes later reads the whole interface through
 * `useAllMessages()` (`locale/use-all-messages.ts`), which waits for the rest.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { englishFirstWords } from '../i18n/english-first-words.ts';
import { inVoice } from '../i18n/voices.ts';
import type { ScreenMessages } from '../i18n/word-types.ts';

const MessagesContext = createContext<ScreenMessages>(inVoice(englishFirstWords.ui, 'self'));

export function MessagesProvider({ messages, children }: { messages: ScreenMessages; children: ReactNode }) {
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
}

export function useMessages(): ScreenMessages {
  return useContext(MessagesContext);
}
