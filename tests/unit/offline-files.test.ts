/**
 * What the offline worker keeps of a build (scripts/offline-worker.ts): the page and every file in
 * assets/, each with its Subresource Integrity hash, and nothing the site serves for other pages; and
 * a version that changes whenever any kept file does, so each deploy gets a cache of its own.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { offlineFiles } from '../../scripts/offline-worker.ts';

const made: string[] = [];

/** A built site in a temporary folder: file name to contents. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'offline-files-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const build = {
  'index.html': '<!doctype html><title>Self-check</title>',
  'assets/app-abc.js': 'app',
  'assets/words-def.js': 'words',
  'assets/index-ghi.css': 'css',
  'embed.js': 'for clinics',
  'embed-demo.html': 'demo',
  'fhir/Questionnaire.json': '{}',
  'favicon.svg': '<svg/>',
  '.vite/manifest.json': '{}',
};

describe('the files the offline worker keeps', () => {
  it('are the page (as the site root) and every file in assets/, each with its SHA-384, and nothing else', () => {
    const kept = offlineFiles(site(build));
    expect(kept.page).toBe('/');
    expect(kept.files.map(([file]) => file)).toEqual([
      '/',
      '/assets/app-abc.js',
      '/assets/index-ghi.css',
      '/assets/words-def.js',
    ]);
    const sha384 = createHash('sha384').update('app').digest('base64');
    expect(kept.files[1]?.[1]).toBe(`sha384-${sha384}`);
  });

  it('follow the base path the site is served from', () => {
    const kept = offlineFiles(site(build), '/self-check/');
    expect(kept.page).toBe('/self-check/');
    expect(kept.files[0]?.[0]).toBe('/self-check/');
    expect(kept.files[1]?.[0]).toBe('/self-check/assets/app-abc.js');
  });

  it('have a new version when any kept file changes, and the same one when only another file does', () => {
    const version = offlineFiles(site(build)).version;
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(offlineFiles(site(build)).version).toBe(version);
    expect(offlineFiles(site({ ...build, 'index.html': '<!doctype html><title>New</title>' })).version).not.toBe(
      version,
    );
    expect(offlineFiles(site({ ...build, 'assets/words-def.js': 'new words' })).version).not.toBe(version);
    expect(offlineFiles(site({ ...build, 'embed.js': 'a new embed script' })).version).toBe(version);
  });
});
