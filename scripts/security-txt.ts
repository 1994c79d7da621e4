/**
 * `/.well-known/security.txt` (RFC 9116): where to report a security problem with a deployed copy
 * of the site. The file must name a real contact, and only the deployer has one, so it is written
 * only when the build setting `SECURITY_CONTACT` gives it (an `https:` page, or a `mailto:`
 * address, as RFC 9116 section 2.5.3 allows), e.g.
 * `SECURITY_CONTACT=mailto:security@example-clinic.org npm run build`. A malformed value stops the
 * build rather than publish a contact nobody reads. `Expires` (required) is set under a year after
 * the build, as section 2.5.5 recommends, so a copy nobody rebuilds says it is out of date.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';

export const SECURITY_TXT_PATH = '.well-known/security.txt';

/** How long a built file stays current: 364 days, just under RFC 9116's "less than a year". */
const VALID_FOR_DAYS = 364;

/** The checked contact URI, or null when none is set (then no file is published). */
export function securityContact(configured: string | undefined): string | null {
  const value = configured?.trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SECURITY_CONTACT "${value}" is not a URI: use https://... or mailto:...`);
  }
  if (url.protocol === 'https:' && url.hostname !== '') return url.href;
  if (url.protocol === 'mailto:' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname))) {
    return url.href;
  }
  throw new Error(`SECURITY_CONTACT "${value}" must be an https:// address or mailto: followed by an email address`);
}

/** The file's text for `contact`, built at `now`. */
export function securityTxt(contact: string, now: Date): string {
  const expires = new Date(now.getTime() + VALID_FOR_DAYS * 24 * 60 * 60 * 1000);
  return [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: en, es',
    '',
  ].join('\n');
}

/** Writes the file into the built site at `outDir` when `SECURITY_CONTACT` is set; says which. */
export async function writeSecurityTxt(outDir: string, configured: string | undefined, now = new Date()) {
  const contact = securityContact(configured);
  if (contact === null) return { written: false as const };
  const file = path.join(outDir, SECURITY_TXT_PATH);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, securityTxt(contact, now));
  return { written: true as const, file };
}

/** The build step: checks `SECURITY_CONTACT` as the build starts and writes the file at its end. */
export function securityTxtFile(): Plugin {
  let root = process.cwd();
  const configured = process.env['SECURITY_CONTACT'];
  return {
    name: 'security-txt',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      securityContact(configured);
    },
    async writeBundle(options) {
      await writeSecurityTxt(options.dir ?? path.join(root, 'dist'), configured);
    },
  };
}
