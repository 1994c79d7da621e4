/**
 * The interface strings of the active language and perspective. Every component reads its text
 * through `useMessages()`, never by importing a language file, so switching language or
 * perspective changes every screen at once. These are the words of the screens up to and including
 * the questions, which are always here; a screen that comes later reads the whole interface through
 * `useAllMessages()` (`locale/use-all-messages.ts`), which waits for the later part.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { enUi, type ScreenMessages } from '../i18n/en-ui.ts';

const MessagesContext = createContext<ScreenMessages>(enUi);

export function MessagesProvider({ messages, children }: { messages: ScreenMessages; children: ReactNode }) {
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
}

export function useMessages(): ScreenMessages {
  return useContext(MessagesContext);
}
