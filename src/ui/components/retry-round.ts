/**
 * How many times the screens' error page has given way (after "Try again" or the browser's Back).
 * A part whose download failed is fetched anew only in a later round: React renders a failing
 * screen more than once before it shows the error page, and a new download on each of those
 * renders would never let the error page show (see lazyComponent in ../lazy-parts.tsx).
 */
import { createContext } from 'react';

export const RetryRound = createContext(0);
