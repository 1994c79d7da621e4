/** The clinic details from the host page: whatever arrives, only a safe, valid config comes out. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlOptions } from '../../src/config/parse-url-options.ts';
import {
  AccentColorSchema,
  BOOKING_URL_MAX,
  BookingUrlSchema,
  ClinicConfigSchema,
  ClinicServiceSchema,
  parseClinicParam,
  type ClinicConfig,
} from '../../src/embed/clinic-config.ts';
import { strictHexColor, telHref } from '../../src/embed/clinic-display.ts';
import { contrastRatio, usableAccent } from '../../src/embed/contrast.ts';

const clinicParam = (value: unknown) => JSON.stringify(value);

function expectSafe(config: ClinicConfig | null) {
  if (config === null) return;
  expect(ClinicConfigSchema.safeParse(config).success).toBe(true);
  expect(config.name.length).toBeGreaterThan(0);
  expect(config.name.length).toBeLessThanOrEqual(80);
  expect(config.name).not.toMatch(/[<>":;=]/);
  if (config.phone !== undefined) expect(telHref(config.phone)).toMatch(/^tel:\+?\d{7,15}$/);
  if (config.accent !== undefined) expect(config.accent).toMatch(/^#[0-9a-f]{6}$/);
  if (config.bookingUrl !== undefined) expectPlainHttps(config.bookingUrl);
  for (const service of config.services) expect(ClinicServiceSchema.options).toContain(service);
  expect(new Set(config.services).size).toBe(config.services.length);
}

/** An https address with a host, no credentials, no whitespace, already in its normal form. */
function expectPlainHttps(href: string) {
  const url = new URL(href);
  expect(url.protocol).toBe('https:');
  expect(url.hostname).not.toBe('');
  expect(url.username + url.password).toBe('');
  expect(url.href).toBe(href);
  expect(href).not.toMatch(/\s/);
  expect(href.length).toBeLessThanOrEqual(BOOKING_URL_MAX + 20);
}

const hostileBookingUrls = [
  'javascript:alert(1)',
  'JavaScript:alert(1)//https://clinic.example',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'http://clinic.example/book',
  'ftp://clinic.example/book',
  'tel:5550100',
  'mailto:intake@clinic.example',
  '//evil.example/book',
  '/book',
  'book',
  'clinic.example/book',
  'https://',
  'https://user:secret@clinic.example/book',
  'https://user@clinic.example/book',
  'https://:secret@clinic.example/book',
  `https://clinic.example/${'a'.repeat(BOOKING_URL_MAX)}`,
  '',
  '   ',
];

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'tel:555-0100',
    '555-0100<script>',
    '+1 (555) 010-0100 ext. 3',
    '#ff0000; background: url(x)',
    'red',
    '#fff',
    '\u202eRiverside',
    'Riverside\u0000Clinic',
  ),
  fc.string({ minLength: 81, maxLength: 10_000 }),
);

describe('clinic config parser', () => {
  it('keeps a well-formed clinic, with duplicate services removed', () => {
    const config = parseClinicParam(
      clinicParam({
        name: '  Riverside   Recovery Clinic ',
        phone: '555-0100',
        accent: '#1D70B8',
        services: ['methadone', 'outpatient', 'methadone'],
      }),
    );
    expect(config).toEqual({
      name: 'Riverside Recovery Clinic',
      phone: '555-0100',
      accent: '#1d70b8',
      services: ['methadone', 'outpatient'],
    });
  });

  it('rejects a name with markup, a 10,000-character name, and bad JSON', () => {
    expect(parseClinicParam(clinicParam({ name: '<script>alert(1)</script>' }))).toBeNull();
    expect(parseClinicParam(clinicParam({ name: 'A'.repeat(10_000) }))).toBeNull();
    expect(parseClinicParam(clinicParam({ name: 'javascript:alert(1)' }))).toBeNull();
    expect(parseClinicParam('{"name":')).toBeNull();
    expect(parseClinicParam(clinicParam(['Riverside']))).toBeNull();
  });

  it('drops a hostile phone, colour or service but keeps the clinic name', () => {
    const config = parseClinicParam(
      clinicParam({ name: 'Riverside', phone: 'javascript:alert(1)', accent: 'red', services: ['<b>', 'hospital'] }),
    );
    expect(config).toEqual({ name: 'Riverside', services: ['hospital'] });
  });

  it('keeps an https booking address in its normal form', () => {
    const config = parseClinicParam(
      clinicParam({ name: 'Riverside', bookingUrl: '  https://Clinic.Example/book?when=soon#form ' }),
    );
    expect(config).toEqual({
      name: 'Riverside',
      bookingUrl: 'https://clinic.example/book?when=soon#form',
      services: [],
    });
  });

  it.each(hostileBookingUrls)('refuses the booking address %j and keeps the rest of the clinic', (bookingUrl) => {
    expect(BookingUrlSchema.safeParse(bookingUrl).success).toBe(false);
    const config = parseClinicParam(clinicParam({ name: 'Riverside', phone: '555-0100', bookingUrl }));
    expect(config).toEqual({ name: 'Riverside', phone: '555-0100', services: [] });
  });

  it('refuses a booking address that is not a string', () => {
    for (const bookingUrl of [null, 42, ['https://clinic.example/'], { href: 'https://clinic.example/' }]) {
      expect(parseClinicParam(clinicParam({ name: 'Riverside', bookingUrl }))).toEqual({
        name: 'Riverside',
        services: [],
      });
    }
  });

  it('never lets anything but a plain https address through as the booking address', () => {
    const candidate = fc.oneof(
      fc.constantFrom(...hostileBookingUrls),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.webUrl().map((url) => url.replace(/^https?:/, 'javascript:')),
      fc.tuple(fc.string({ maxLength: 8 }), fc.webUrl()).map(([prefix, url]) => prefix + url),
      fc.string({ unit: 'binary', maxLength: 400 }),
    );
    let accepted = 0;
    fc.assert(
      fc.property(candidate, (value) => {
        const parsed = BookingUrlSchema.safeParse(value);
        if (!parsed.success) return;
        accepted += 1;
        expectPlainHttps(parsed.data);
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('builds tel: links from digits and a leading + only', () => {
    expect(telHref('555-0100')).toBe('tel:5550100');
    expect(telHref('+1 (555) 010-0100')).toBe('tel:+15550100100');
  });

  it('never throws on any string and never yields an invalid config', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => expectSafe(parseClinicParam(raw))),
        {
          numRuns: 2000,
        },
      ),
    ).not.toThrow();
  });

  it('never throws on hostile JSON objects and never lets a hostile value through', () => {
    const hostileConfig = fc.record(
      {
        name: fc.oneof(hostileText, fc.constantFrom('Riverside Recovery Clinic'), fc.anything()),
        phone: fc.oneof(hostileText, fc.anything()),
        accent: fc.oneof(hostileText, fc.anything()),
        bookingUrl: fc.oneof(hostileText, fc.constantFrom(...hostileBookingUrls), fc.anything()),
        services: fc.oneof(
          fc.array(fc.oneof(hostileText, fc.constantFrom(...ClinicServiceSchema.options))),
          fc.anything(),
        ),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    expect(() =>
      fc.assert(
        fc.property(hostileConfig, (value) => expectSafe(parseClinicParam(clinicParam(value)))),
        {
          numRuns: 2000,
        },
      ),
    ).not.toThrow();
  });

  it('is read from the URL only inside an embed, and a bad one is named as ignored', () => {
    const clinic = encodeURIComponent(clinicParam({ name: 'Riverside' }));
    expect(parseUrlOptions(`?clinic=${clinic}`).clinic).toBeNull();
    expect(parseUrlOptions(`?embed=1&clinic=${clinic}`).clinic).toEqual({ name: 'Riverside', services: [] });
    const bad = parseUrlOptions(`?embed=1&clinic=${encodeURIComponent('<script>')}`);
    expect(bad.clinic).toBeNull();
    expect(bad.ignored).toEqual(['clinic']);
  });
});

describe('accent colour', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(5.17, 2);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('is used only when it is strict hex with at least 4.5:1 against white', () => {
    expect(usableAccent('#1d70b8')).toBe('#1d70b8');
    expect(usableAccent('#767676')).toBe('#767676');
    expect(usableAccent('#777777')).toBeNull();
    expect(usableAccent('#ffdd00')).toBeNull();
    expect(usableAccent('#fff')).toBeNull();
    expect(usableAccent('red')).toBeNull();
    expect(usableAccent(undefined)).toBeNull();
  });

  it('is read by the page shell exactly as the clinic parser reads it', () => {
    const colour = fc.oneof(
      fc.stringMatching(/^#[0-9a-fA-F]{6}$/),
      fc.constantFrom('#FFF', '#1d70b8 ', 'red', '#1d70b8;color:red', ''),
      fc.anything(),
    );
    fc.assert(
      fc.property(colour, (value) => {
        const parsed = AccentColorSchema.safeParse(value);
        expect(strictHexColor(value)).toBe(parsed.success ? parsed.data : null);
      }),
    );
  });
});
