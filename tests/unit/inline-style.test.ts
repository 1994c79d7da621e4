/**
 * The stylesheet written into the page, and the Content-Security-Policy hash that allows exactly
 * it: the hash is the standard one, the page keeps no stylesheet link, and the build refuses to
 * ship a page whose stylesheet the header files do not allow.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkStyleHash,
  headerFiles,
  styleHashSource,
  withInlineStylesheet,
  withStyleHash,
} from '../../scripts/inline-style.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'inline-style-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const css = 'body{margin:0}';
const page = '<head><link rel="stylesheet" crossorigin href="/assets/index-abc.css"></head>';
const policy = (styleSrc: string) => `Content-Security-Policy: default-src 'self'; ${styleSrc}; img-src 'self'`;

describe('the inline stylesheet', () => {
  it('has the standard CSP hash (SHA-256 of the exact text, base64)', () => {
    expect(styleHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(styleHashSource(css)).not.toBe(styleHashSource(`${css} `));
  });

  it('replaces the one stylesheet link with the stylesheet itself', () => {
    const dist = folder({ 'assets/index-abc.css': css });
    const { html, hashSource } = withInlineStylesheet(page, dist);
    expect(html).toBe(`<head><style>${css}</style></head>`);
    expect(hashSource).toBe(styleHashSource(css));
  });

  it('refuses a page without exactly one stylesheet link, and a stylesheet that would close the element', () => {
    const dist = folder({ 'assets/index-abc.css': 'a::after{content:"</style>"}' });
    expect(() => withInlineStylesheet('<head></head>', dist)).toThrow(/one stylesheet link/);
    expect(() => withInlineStylesheet(page + page, dist)).toThrow(/one stylesheet link/);
    expect(() => withInlineStylesheet(page, dist)).toThrow(/<\/style/);
  });

  it("puts the hash beside 'self' in style-src, replacing an older one", () => {
    const hash = styleHashSource(css);
    expect(withStyleHash(policy("style-src 'self'"), hash)).toBe(policy(`style-src 'self' ${hash}`));
    expect(withStyleHash(policy(`style-src 'self' ${styleHashSource('old')}`), hash)).toBe(
      policy(`style-src 'self' ${hash}`),
    );
  });

  it('stops the build when a header file does not allow the stylesheet, and with update writes the hash into every one', () => {
    const hash = styleHashSource(css);
    const stale = Object.fromEntries(headerFiles.map((file) => [file, policy("style-src 'self'")]));
    const root = folder(stale);
    const dist = folder({ _headers: 'old copy' });
    expect(() => checkStyleHash(root, dist, hash, false)).toThrow(/npm run csp:style/);
    checkStyleHash(root, dist, hash, true);
    for (const file of headerFiles) expect(readFileSync(path.join(root, file), 'utf8')).toContain(hash);
    expect(readFileSync(path.join(dist, '_headers'), 'utf8')).toContain(hash);
    expect(() => checkStyleHash(root, dist, hash, false)).not.toThrow();
  });
});
