/**
 * The size budget counts what a phone downloads before the first question: the entry, the app it
 * starts, every chunk they import statically and their CSS, gzip-compressed. Proven on a small
 * hand-made build.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { budgets, initialSize } from '../../scripts/bench/initial-size.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path → text) and a Vite manifest into a fresh folder. */
function fixtureBuild(manifest: object, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'size-fixture-'));
  made.push(dir);
  mkdirSync(path.join(dir, '.vite'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const code = {
  entry: 'requestAnimationFrame(() => import("./app.js"));'.repeat(10),
  app: 'import "./shared.js";'.repeat(40),
  shared: 'export const shared = 1;'.repeat(60),
  lazy: 'export const results = "a lot of code that waits";'.repeat(200),
  css: 'body{margin:0}'.repeat(30),
  lazyCss: '.results{color:red}'.repeat(30),
};
const files = {
  'assets/entry.js': code.entry,
  'assets/app.js': code.app,
  'assets/shared.js': code.shared,
  'assets/results.js': code.lazy,
  'assets/exit-reporter.js': code.lazy,
  'assets/entry.css': code.css,
  'assets/results.css': code.lazyCss,
};
/**
 * Shaped like the site's build: the entry carries the CSS, starts the app after the first paint and
 * can load one more chunk when needed; the app imports a shared chunk and loads the results lazily.
 */
const manifest = {
  'index.html': {
    file: 'assets/entry.js',
    isEntry: true,
    dynamicImports: ['src/main.tsx', 'src/exit-reporter.ts'],
    css: ['assets/entry.css'],
  },
  'src/exit-reporter.ts': { file: 'assets/exit-reporter.js', isDynamicEntry: true },
  'src/main.tsx': {
    file: 'assets/app.js',
    isDynamicEntry: true,
    imports: ['_shared.js'],
    dynamicImports: ['src/results.tsx'],
  },
  '_shared.js': { file: 'assets/shared.js' },
  'src/results.tsx': {
    file: 'assets/results.js',
    isDynamicEntry: true,
    imports: ['_shared.js'],
    css: ['assets/results.css'],
  },
};
const initialGzip = gzip(code.entry) + gzip(code.app) + gzip(code.shared);

describe('initialSize', () => {
  it('counts the entry, the app it starts, their static imports and CSS, gzipped, and leaves lazy chunks out', () => {
    const size = initialSize(fixtureBuild(manifest, files));
    expect(size.files).toEqual(['assets/app.js', 'assets/entry.css', 'assets/entry.js', 'assets/shared.js']);
    expect(size.jsGzip).toBe(initialGzip);
    expect(size.cssGzip).toBe(gzip(code.css));
  });

  it('counts a chunk imported twice only once', () => {
    const twice = {
      ...manifest,
      'src/main.tsx': { ...manifest['src/main.tsx'], imports: ['_shared.js', '_shared.js'] },
    };
    expect(initialSize(fixtureBuild(twice, files)).jsGzip).toBe(initialGzip);
  });

  it('fails loudly when the entry does not start the app', () => {
    const detached = { ...manifest, 'index.html': { ...manifest['index.html'], dynamicImports: [] } };
    expect(() => initialSize(fixtureBuild(detached, files))).toThrow(/does not start src\/main\.tsx/);
  });

  it('fails loudly when the manifest names a chunk it does not describe', () => {
    const broken = { ...manifest, 'src/main.tsx': { ...manifest['src/main.tsx'], imports: ['_missing.js'] } };
    expect(() => initialSize(fixtureBuild(broken, files))).toThrow(/_missing\.js/);
  });

  it('has budgets of 120 kB of JavaScript and 10 kB of CSS, in kB of 1000 bytes', () => {
    expect(budgets).toEqual({ jsGzip: 120_000, cssGzip: 10_000 });
  });
});
