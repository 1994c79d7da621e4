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
import { z } from 'zod';

const ManifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    isEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
);

/** The app the entry starts once the first paint is done (see src/boot.ts). */
const APP_MODULE = 'src/main.tsx';

export type InitialSize = { jsGzip: number; cssGzip: number; files: string[] };

export function initialSize(distDir: string): InitialSize {
  const manifestPath = path.join(distDir, '.vite', 'manifest.json');
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const seen = new Set<string>();
  const files = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest names ${key} but has no entry for it`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    visit(key);
    if (!chunk.dynamicImports?.includes(APP_MODULE)) throw new Error(`The entry ${key} does not start ${APP_MODULE}`);
    visit(APP_MODULE);
  }
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
