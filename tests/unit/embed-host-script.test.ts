/**
 * public/embed.js, the script clinics put on their pages, run in a bare JavaScript context: its
 * message validator and its reading of the clinic's data attributes, fed anything at all.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ClinicConfigSchema, ClinicServiceSchema, parseClinicParam } from '../../src/embed/clinic-config.ts';
import { EmbedMessageSchema, MESSAGE_SOURCE, sharedResultOf } from '../../src/embed/protocol.ts';
import { assessInEnglish } from '../support/words.ts';
import { QUICK_EXIT_URL } from '../../src/ui/quick-exit/exit-config.ts';

type HostApi = {
  EXIT_URL: string;
  SERVICES: readonly string[];
  parseMessage: (data: unknown) => unknown;
  readOptions: (element: { getAttribute: (name: string) => string | null }) => {
    language: string | null;
    clinic: unknown;
  };
};

/** The script warns about each option it leaves out; the tests feed it thousands on purpose. */
const quiet = { warn: () => undefined };

function loadHostScript(console: { warn: (message: unknown) => void } = quiet): HostApi {
  const source = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
  const window: Record<string, unknown> = { addEventListener: () => undefined };
  const document = { currentScript: null, readyState: 'complete', querySelectorAll: () => [] };
  runInNewContext(source, { window, document, location: { href: 'https://clinic.example/' }, URL, console });
  return window['TreatmentSelfCheckEmbed'] as HostApi;
}

const host = loadHostScript();
const element = (attributes: Record<string, string>) => ({
  getAttribute: (name: string) => (Object.hasOwn(attributes, name) ? (attributes[name] ?? null) : null),
});
const result = sharedResultOf(assessInEnglish({}));

describe('embed.js message validator', () => {
  it('accepts the documented resize and complete messages', () => {
    expect(host.parseMessage({ source: MESSAGE_SOURCE, type: 'resize', height: 640 })).toEqual({
      type: 'resize',
      height: 640,
    });
    expect(host.parseMessage({ source: MESSAGE_SOURCE, type: 'complete', result })).toEqual({
      type: 'complete',
      result,
    });
  });

  it('accepts a complete message whose setting is null (something else comes first), and no other empty setting', () => {
    const crisis = sharedResultOf(assessInEnglish({ 'self-harm-thoughts': 'yes' }));
    expect(crisis.setting).toBeNull();
    expect(host.parseMessage({ source: MESSAGE_SOURCE, type: 'complete', result: crisis })).toEqual({
      type: 'complete',
      result: crisis,
    });
    for (const setting of [undefined, {}, 'none', false]) {
      expect(
        host.parseMessage({ source: MESSAGE_SOURCE, type: 'complete', result: { ...crisis, setting } }),
      ).toBeNull();
    }
  });

  it('accepts the exit message with exactly its documented shape, and nothing that carries more', () => {
    expect(host.parseMessage({ source: MESSAGE_SOURCE, type: 'exit' })).toEqual({ type: 'exit' });
    for (const data of [
      { source: MESSAGE_SOURCE, type: 'exit', url: 'https://evil.example/' },
      { source: MESSAGE_SOURCE, type: 'exit', height: 640 },
      { source: MESSAGE_SOURCE, type: 'Exit' },
      { source: 'other', type: 'exit' },
      { type: 'exit' },
    ]) {
      expect(host.parseMessage(data)).toBeNull();
    }
  });

  it('leaves for the same neutral page as the app', () => {
    expect(host.EXIT_URL).toBe(QUICK_EXIT_URL);
  });

  it('offers a clinic exactly the services the app can mark on its results', () => {
    expect([...host.SERVICES]).toEqual(ClinicServiceSchema.options);
  });

  it('refuses other sources, types, extra keys and impossible heights', () => {
    for (const data of [
      { source: 'other', type: 'resize', height: 640 },
      { source: MESSAGE_SOURCE, type: 'resize', height: -1 },
      { source: MESSAGE_SOURCE, type: 'resize', height: 1.5 },
      { source: MESSAGE_SOURCE, type: 'resize', height: 1e9 },
      { source: MESSAGE_SOURCE, type: 'resize', height: '640' },
      { source: MESSAGE_SOURCE, type: 'resize', height: 640, html: '<b>' },
      { source: MESSAGE_SOURCE, type: 'complete', result: { ...result, answers: { a: 'b' } } },
      { source: MESSAGE_SOURCE, type: 'complete', result: { ...result, setting: { level: 'spa', name: 'x' } } },
      { source: MESSAGE_SOURCE, type: 'navigate', url: 'javascript:alert(1)' },
      [MESSAGE_SOURCE, 'resize', 640],
      null,
      'resize',
    ]) {
      expect(host.parseMessage(data)).toBeNull();
    }
  });

  it('never throws, and whatever it accepts is a valid message', () => {
    const near = fc.record(
      {
        source: fc.oneof(fc.constant(MESSAGE_SOURCE), fc.anything()),
        type: fc.oneof(fc.constantFrom('resize', 'complete', 'exit'), fc.anything()),
        height: fc.oneof(fc.integer({ min: -10, max: 200_000 }), fc.double(), fc.anything()),
        result: fc.oneof(fc.constant(result), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'binary' }), near), (data) => {
        const parsed = host.parseMessage(data) as { type: string } | null;
        const valid = parsed === null || EmbedMessageSchema.safeParse({ source: MESSAGE_SOURCE, ...parsed }).success;
        expect(valid).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('embed.js clinic options', () => {
  it('reads every option from the data attributes', () => {
    const options = host.readOptions(
      element({
        'data-clinic-name': 'Riverside Recovery Clinic',
        'data-clinic-phone': '555-0100',
        'data-clinic-booking-url': ' https://Clinic.Example/book ',
        'data-accent-color': '#1D70B8',
        'data-services': 'methadone, buprenorphine outpatient',
        'data-language': 'es',
      }),
    );
    expect(JSON.parse(JSON.stringify(options))).toEqual({
      language: 'es',
      clinic: {
        name: 'Riverside Recovery Clinic',
        phone: '555-0100',
        bookingUrl: 'https://clinic.example/book',
        accent: '#1d70b8',
        services: ['methadone', 'buprenorphine', 'outpatient'],
      },
    });
  });

  it('refuses a booking address that is not a plain https address, with a warning, and keeps the clinic', () => {
    const warnings: unknown[] = [];
    const loud = loadHostScript({ warn: (message: unknown) => warnings.push(message) });
    const hostile = [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://clinic.example/book',
      '//evil.example/book',
      'https:evil.example',
      'https://user:secret@clinic.example/book',
      'https://clinic.example/bo ok',
      'https://clinic.example/\tbook',
      'java\nscript:alert(1)',
      `https://clinic.example/${'a'.repeat(300)}`,
      `https://clinic.example/${'é'.repeat(100)}`,
    ];
    for (const bookingUrl of hostile) {
      const options = loud.readOptions(
        element({ 'data-clinic-name': 'Riverside', 'data-clinic-booking-url': bookingUrl }),
      );
      expect(JSON.parse(JSON.stringify(options))).toEqual({
        language: null,
        clinic: { name: 'Riverside', services: [] },
      });
    }
    expect(warnings).toEqual(
      hostile.map(() => 'Treatment Options Self-Check: data-clinic-booking-url was not valid and is left out.'),
    );
  });

  it('never throws on any attribute values, and passes on only what the app accepts unchanged', () => {
    const attribute = fc.option(
      fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ maxLength: 10_000 })),
    );
    const booking = fc.option(
      fc.oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc
          .tuple(fc.constantFrom('https://', 'HTTPS://', ' https://', 'javascript:', '//'), fc.string())
          .map(([scheme, rest]) => scheme + rest),
        attribute.map((value) => value ?? ''),
      ),
    );
    const services = fc.option(
      fc.array(fc.oneof(fc.constantFrom(...ClinicServiceSchema.options), fc.string())).map((list) => list.join(' ')),
    );
    fc.assert(
      fc.property(
        fc.record({ name: attribute, phone: attribute, booking, accent: attribute, services, language: attribute }),
        (values) => {
          const attributes: Record<string, string> = {};
          const set = (name: string, value: string | null) => {
            if (value !== null) attributes[name] = value;
          };
          set('data-clinic-name', values.name);
          set('data-clinic-phone', values.phone);
          set('data-clinic-booking-url', values.booking);
          set('data-accent-color', values.accent);
          set('data-services', values.services);
          set('data-language', values.language);
          const options = host.readOptions(element(attributes));
          expect([null, 'en', 'es']).toContain(options.language);
          if (options.clinic === null) return;
          const clinic = JSON.parse(JSON.stringify(options.clinic)) as unknown;
          expect(ClinicConfigSchema.safeParse(clinic).success).toBe(true);
          expect(parseClinicParam(JSON.stringify(clinic))).toEqual(clinic);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
