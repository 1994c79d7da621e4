/**
 * A clinic's details and the messages to its page belong inside that page's own frame. The address
 * says who the parent is (`parentOrigin`), and anyone can write an address: a direct link must not
 * put a made-up "clinic" number beside the helpline, and another site framing the app with a
 * clinic's `parentOrigin` must not get its name shown. So the clinic is kept only in a frame, and
 * both are dropped (and named in the address notice) when the browser says the frame's real parent
 * is another origin (`location.ancestorOrigins`, in Chromium and Safari). Where the browser does
 * not say (Firefox), the messages still reach only a parent at `parentOrigin`: the port comes only
 * from there (parent-window.ts).
 */
import type { UrlOptions } from '../../config/url-options.ts';

/** The origin of the page this frame is in, where the browser tells it; undefined otherwise. */
function realParentOrigin(): string | undefined {
  // The DOM types promise it everywhere; Firefox does not have it.
  return 'ancestorOrigins' in window.location ? window.location.ancestorOrigins[0] : undefined;
}

export function withRealParent(options: UrlOptions): UrlOptions {
  if (window.self === window.top) return { ...options, clinic: null };
  const parent = realParentOrigin();
  if (options.parentOrigin !== null && (parent === undefined || parent === options.parentOrigin)) return options;
  const dropped = [...(options.parentOrigin === null ? [] : ['parentOrigin']), ...(options.clinic ? ['clinic'] : [])];
  return { ...options, parentOrigin: null, clinic: null, ignored: [...options.ignored, ...dropped] };
}
