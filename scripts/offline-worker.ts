/**
 * A Vite build step: once the site is written (after the prerender has finished index.html), builds
 * the offline worker (`src/offline/service-worker.ts`) into `dist/sw.js` with what it must keep: the
 * page and every file in assets/, each with its SHA-384 as Subresource Integrity, and a version made
 * from those hashes. So each build that changes any file has a new version, and a new cache, and a
 * browser sees a new sw.js (it compares the bytes) and installs it. The files the site serves for
 * other pages (embed.js, the embed demo, fhir/) are not kept: they are not the self-check.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';

export const WORKER_FILE = 'sw.js';
const WORKER_SOURCE = 'src/offline/service-worker.ts';

export type OfflineFiles = { version: string; page: string; files: (readonly [path: string, integrity: string])[] };

/** What the worker keeps of the built site in `distDir`, served from `base`. */
export function offlineFiles(distDir: string, base = '/', assetsDir = 'assets'): OfflineFiles {
  const integrity = (file: string) =>
    `sha384-${createHash('sha384')
      .update(readFileSync(path.join(distDir, file)))
      .digest('base64')}`;
  const assets = readdirSync(path.join(distDir, assetsDir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  const files = [
    [base, integrity('index.html')] as const,
    ...assets.map((file) => [`${base}${file}`, integrity(file)] as const),
  ];
  const version = createHash('sha256')
    .update(files.map(([file, hash]) => `${file} ${hash}\n`).join(''))
    .digest('hex')
    .slice(0, 16);
  return { version, page: base, files };
}

/** Builds the worker for the site in `distDir` and writes it there as sw.js; `root` is the project's. */
export async function writeOfflineWorker(distDir: string, root: string, base = '/', assetsDir = 'assets') {
  const kept = offlineFiles(distDir, base, assetsDir);
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    define: {
      __OFFLINE_VERSION__: JSON.stringify(kept.version),
      __OFFLINE_PAGE__: JSON.stringify(kept.page),
      __OFFLINE_FILES__: JSON.stringify(kept.files),
    },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: path.join(root, WORKER_SOURCE), formats: ['iife'], name: 'offlineWorker' },
    },
  });
  const [chunk] = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output.filter((file) => file.type === 'chunk') : [],
  );
  if (!chunk) throw new Error(`Building ${WORKER_SOURCE} gave no script`);
  writeFileSync(path.join(distDir, WORKER_FILE), chunk.code);
  return kept;
}

export function offlineWorker(): Plugin {
  let root = process.cwd();
  let base = '/';
  let assetsDir = 'assets';
  return {
    name: 'offline-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
      assetsDir = config.build.assetsDir;
    },
    writeBundle: {
      // After every other step has written its files (the prerender finishes index.html).
      order: 'post',
      async handler(options) {
        await writeOfflineWorker(options.dir ?? path.join(root, 'dist'), root, base, assetsDir);
      },
    },
  };
}
