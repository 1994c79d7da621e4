/**
 * The page's stylesheet, written into the built index.html. A linked stylesheet blocks the first
 * paint until it arrives: on a slow connection that is one more round trip before the person sees
 * anything. Inline, it comes with the page.
 *
 * The Content-Security-Policy still forbids inline style, except this exact stylesheet: its
 * SHA-256 hash is listed in `style-src` (deploy/security-headers.conf and public/_headers). The
 * build fails when the stylesheet changes and the hash has not been updated: `npm run csp:style`
 * rebuilds and writes the new hash into both files.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { onlyMatch } from './only-match.ts';

const STYLESHEET = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">/g;
/** A header file's `style-src`, with the hash of the one inline style it allows, if any. */
const STYLE_SRC = /style-src 'self'(?: ('sha256-[A-Za-z0-9+/=]+'))?/;
/** The files that carry the site's headers, relative to the project root. */
export const headerFiles = ['deploy/security-headers.conf', 'public/_headers'] as const;

/** The CSP source that allows exactly `css` as an inline style. */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** Replaces the page's one stylesheet link with the stylesheet itself; returns the page and its hash source. */
export function withInlineStylesheet(html: string, distDir: string): { html: string; hashSource: string } {
  const [link, href = ''] = onlyMatch(html, STYLESHEET, 'stylesheet link');
  const css = readFileSync(path.join(distDir, href), 'utf8');
  if (css.includes('</style')) throw new Error('The stylesheet contains "</style" and cannot be written into the page');
  return { html: html.replace(link, () => `<style>${css}</style>`), hashSource: styleHashSource(css) };
}

/** The `style-src` of a header file with `hashSource` as its one allowed inline style. */
export function withStyleHash(headers: string, hashSource: string): string {
  const updated = headers.replace(STYLE_SRC, `style-src 'self' ${hashSource}`);
  if (!updated.includes(`style-src 'self' ${hashSource}`)) throw new Error("The header file has no style-src 'self'");
  return updated;
}

/**
 * Fails unless every header file allows `hashSource`; with `update`, writes it into them instead
 * (into `distDir`'s copy of public/_headers too, which the build has already made).
 */
export function checkStyleHash(root: string, distDir: string, hashSource: string, update: boolean): void {
  for (const file of headerFiles) {
    const text = readFileSync(path.join(root, file), 'utf8');
    const current = STYLE_SRC.exec(text)?.[1];
    if (current === hashSource) continue;
    if (!update) {
      throw new Error(
        `The page's stylesheet changed: ${file} allows ${current ?? 'no inline style'}, the page needs ${hashSource}. ` +
          'Run `npm run csp:style` to write the new hash into the header files.',
      );
    }
    writeFileSync(path.join(root, file), withStyleHash(text, hashSource));
  }
  if (update) writeFileSync(path.join(distDir, '_headers'), readFileSync(path.join(root, 'public/_headers'), 'utf8'));
}
