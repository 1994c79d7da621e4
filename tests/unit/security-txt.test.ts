import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SECURITY_TXT_PATH, securityContact, securityTxt, writeSecurityTxt } from '../../scripts/security-txt.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('the security.txt contact setting', () => {
  test('no setting, or only spaces, means no contact and so no file', () => {
    expect(securityContact(undefined)).toBeNull();
    expect(securityContact('  ')).toBeNull();
  });

  test('an https page or a mailto address is kept', () => {
    expect(securityContact(' https://clinic.example/security ')).toBe('https://clinic.example/security');
    expect(securityContact('mailto:security@clinic.example')).toBe('mailto:security@clinic.example');
  });

  test.each([
    ['not a URI', 'security at clinic'],
    ['plain http', 'http://clinic.example/security'],
    ['a mailto with no address', 'mailto:security'],
    ['another scheme', 'javascript:alert(1)'],
  ])('%s stops the build, naming the setting', (_, value) => {
    expect(() => securityContact(value)).toThrow(/^SECURITY_CONTACT ".*"/);
  });
});

describe('the security.txt file', () => {
  test('names the contact, expires under a year after the build, and prefers English and Spanish', () => {
    const built = new Date('2026-12-06T10:00:00.000Z');
    const text = securityTxt('mailto:security@clinic.example', built);
    const fields = new Map(
      text
        .trimEnd()
        .split('\n')
        .map((line) => line.split(': ') as [string, string]),
    );
    expect(fields.get('Contact')).toBe('mailto:security@clinic.example');
    expect(fields.get('Preferred-Languages')).toBe('en, es');
    const expires = fields.get('Expires') ?? '';
    // RFC 9116 2.5.5: an RFC 3339 date-time.
    expect(expires).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const lifetime = Date.parse(expires) - built.getTime();
    expect(lifetime).toBeGreaterThan(360 * DAY);
    expect(lifetime).toBeLessThan(365 * DAY);
  });
});

describe('writing it into the built site', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  test('writes /.well-known/security.txt when a contact is set, and nothing when none is', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'security-txt-'));
    expect(await writeSecurityTxt(dir, undefined)).toEqual({ written: false });
    expect(existsSync(path.join(dir, '.well-known'))).toBe(false);

    await writeSecurityTxt(dir, 'https://clinic.example/security');
    expect(readFileSync(path.join(dir, SECURITY_TXT_PATH), 'utf8')).toMatch(
      /^Contact: https:\/\/clinic\.example\/security\n/,
    );
  });
});
