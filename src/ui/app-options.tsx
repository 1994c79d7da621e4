/**
 * The options the page was opened with (URL parameters, parsed once), shared with every screen.
 * Tests and embedders can pass options directly instead of a URL.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_URL_OPTIONS, type UrlOptions } from '../config/url-options.ts';

const AppOptionsContext = createContext<UrlOptions>(DEFAULT_URL_OPTIONS);

export function AppOptionsProvider({ options, children }: { options: UrlOptions; children: ReactNode }) {
  return <AppOptionsContext.Provider value={options}>{children}</AppOptionsContext.Provider>;
}

export function useAppOptions(): UrlOptions {
  return useContext(AppOptionsContext);
}
