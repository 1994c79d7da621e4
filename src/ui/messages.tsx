/**
 * The interface strings of the active language and perspective. Every component reads its text
 * through `useMessages()`, never by importing a language file, so switching language or
 * perspective changes every screen at once.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { en, type Messages } from '../i18n/en.ts';

const MessagesContext = createContext<Messages>(en);

export function MessagesProvider({ messages, children }: { messages: Messages; children: ReactNode }) {
  return <MessagesContext.Provider value={messages}>{children}</MessagesContext.Provider>;
}

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
