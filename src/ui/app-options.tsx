/**
 * The options the page was opened with (URL parameters, parsed once), shared with every screen.
 * Tests and embedders can pass options directly instead of a URL.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { parseUrlOptions, type UrlOptions } from '../config/url-options.ts';

const AppOptionsContext = createContext<UrlOptions>(parseUrlOptions(''));

export function AppOptionsProvider({ options, children }: { options: UrlOptions; children: ReactNode }) {
  return <AppOptionsContext.Provider value={options}>{children}</AppOptionsContext.Provider>;
}

export function useAppOptions(): UrlOptions {
  return useContext(AppOptionsContext);
}
