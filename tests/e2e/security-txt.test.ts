/**
 * `/.well-known/security.txt`, as nginx serves it with deploy/nginx.conf: a site built with the
 * setting `SECURITY_CONTACT` publishes the contact there as plain text; a site built without it
 * (as the tests' own build is) answers 404, never the app's page, so no one reads an empty contact.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SECURITY_TXT_PATH } from '../../scripts/security-txt.ts';
import { startServer, type StaticServer } from './support/server.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const contact = 'mailto:security@clinic.example';

let withContact: StaticServer;
let withoutContact: StaticServer;
let buildDir: string;

beforeAll(async () => {
  buildDir = await mkdtemp(path.join(tmpdir(), 'security-txt-build-'));
  // The real build, only with the setting a deployer gives and an output folder of its own.
  await promisify(execFile)(
    process.execPath,
    [
      path.join(projectRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      buildDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: projectRoot, env: { ...process.env, SECURITY_CONTACT: contact } },
  );
  withContact = await startServer({ root: buildDir });
  withoutContact = await startServer();
}, 120_000);

afterAll(async () => {
  await withContact.close();
  await withoutContact.close();
  await rm(buildDir, { recursive: true, force: true });
});

describe('security.txt', () => {
  test('built with SECURITY_CONTACT, nginx serves the contact and an expiry as UTF-8 plain text', async () => {
    const response = await fetch(new URL(SECURITY_TXT_PATH, withContact.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text).toContain(`Contact: ${contact}\n`);
    const expires = /^Expires: (.+)$/m.exec(text)?.[1] ?? '';
    expect(Date.parse(expires)).toBeGreaterThan(Date.now());
  });

  test('built without it, the address is a real 404 and not the page of the app', async () => {
    const response = await fetch(new URL(SECURITY_TXT_PATH, withoutContact.url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<div id="root"');
  });
});
