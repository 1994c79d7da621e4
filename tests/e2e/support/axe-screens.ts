/**
 * Remembers, for one e2e run, the screens axe has found clean, so that the same screen met again in
 * another walk is not checked twice. A screen is the same only when everything axe can see is: the
 * whole document's markup (which names the hashed stylesheet and script files), the viewport, the
 * zoom and the media features the styles answer to, and the rules asked for. Pages with frames are
 * never skipped (their content is not in the markup), nor is any screen axe found a problem on.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** What axe's result depends on, read from the page as it is now; null when it cannot be known. */
async function screenKey(page: Page, rules: unknown): Promise<string | null> {
  if (page.frames().length > 1) return null;
  const seen = await page.evaluate(() => ({
    markup: document.documentElement.outerHTML,
    viewport: [window.innerWidth, window.innerHeight, window.devicePixelRatio],
    media: [
      '(forced-colors: active)',
      '(prefers-color-scheme: dark)',
      '(prefers-reduced-motion: reduce)',
      '(prefers-contrast: more)',
      '(pointer: coarse)',
      'print',
    ].map((query) => window.matchMedia(query).matches),
    scroll: [window.scrollX, window.scrollY],
  }));
  const markup = canonicalIds(seen.markup);
  return createHash('sha256')
    .update(JSON.stringify({ ...seen, markup, rules }))
    .digest('hex');
}

/**
 * React's useId gives each mounted component a new id (`_r_1f_`), so the same screen met twice has
 * different ids. Renaming them in order of first appearance keeps every reference between them
 * (label for, aria-describedby) and every duplicate exactly as it was, which is all axe sees of ids.
 */
function canonicalIds(markup: string): string {
  const renamed = new Map<string, string>();
  return markup.replace(/_[rR]_[0-9a-z]+_/g, (id) => {
    let name = renamed.get(id);
    if (name === undefined) {
      name = `_id${String(renamed.size)}_`;
      renamed.set(id, name);
    }
    return name;
  });
}

function recordFor(key: string): string {
  return path.join(inject('axeCleanScreensDir'), key);
}

/**
 * Runs `check` (which returns axe's violations) unless this very screen was found clean earlier in
 * the run; records the screen when it is clean now.
 */
export async function unlessSeenClean<T>(page: Page, rules: unknown, check: () => Promise<T[]>): Promise<T[]> {
  const key = await screenKey(page, rules);
  if (key !== null && existsSync(recordFor(key))) return [];
  const violations = await check();
  if (key !== null && violations.length === 0) await writeFile(recordFor(key), '');
  return violations;
}
