/**
 * What a phone must download before the first question is usable: the entry chunk (`src/boot.ts`),
 * the app it starts once the first paint is done (`src/main.tsx`), every chunk those import
 * statically, and their CSS, gzip-compressed as a server would send them. Chunks loaded only when
 * needed (results, exports, the second language, the embed's messages) are not counted.
 * Read from Vite's build manifest, so the figure is deterministic for a given build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoadFiles, readManifest } from '../build-manifest.ts';

export type InitialSize = { jsGzip: number; cssGzip: number; files: string[] };

export function initialSize(distDir: string): InitialSize {
  const files = firstLoadFiles(readManifest(distDir));
  const gzipOf = (file: string) => gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length;
  const list = [...files].sort();
  return {
    jsGzip: list.filter((file) => file.endsWith('.js')).reduce((sum, file) => sum + gzipOf(file), 0),
    cssGzip: list.filter((file) => file.endsWith('.css')).reduce((sum, file) => sum + gzipOf(file), 0),
    files: list,
  };
}

/** Budgets in bytes, in kB of 1000 bytes as Vite reports them (the stricter reading of "KB"). */
export const budgets = { jsGzip: 120_000, cssGzip: 10_000 } as const;
