/**
 * Vite's build manifest (`dist/.vite/manifest.json`, written because `build.manifest` is on): which
 * file each source became and what it imports. Read here once for the size budget and for the list
 * of each part's files the page is given (scripts/part-files.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const ManifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    isEntry: z.boolean().optional(),
    isDynamicEntry: z.boolean().optional(),
    imports: z.array(z.string()).optional(),
    dynamicImports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
  }),
);

export type Manifest = z.infer<typeof ManifestSchema>;

/** The app the entry starts once the first paint is done (see src/boot.ts). */
export const APP_MODULE = 'src/main.tsx';

export function readManifest(distDir: string): Manifest {
  return ManifestSchema.parse(JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')));
}

/** The files a browser loads for the manifest entries `keys`: each one's file and CSS, and all they import statically. */
export function staticFiles(manifest: Manifest, keys: readonly string[]): Set<string> {
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
  for (const key of keys) visit(key);
  return files;
}

/** What the page loads before the first question is usable: the entry, the app it starts, and their imports. */
export function firstLoadFiles(manifest: Manifest): Set<string> {
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
  for (const [key, chunk] of entries) {
    if (!chunk.dynamicImports?.includes(APP_MODULE)) throw new Error(`The entry ${key} does not start ${APP_MODULE}`);
  }
  return staticFiles(manifest, [...entries.map(([key]) => key), APP_MODULE]);
}
