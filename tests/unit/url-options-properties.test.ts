/** Whatever a link puts in the web address, parsing never throws and only allowed values come out. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUrlOptions } from '../../src/config/parse-url-options.ts';
import { DEFAULT_URL_OPTIONS, type UrlOptions } from '../../src/config/url-options.ts';
import { isLanguage } from '../../src/i18n/languages.ts';

const NAMES = ['lang', 'mode', 'embed', 'parentOrigin', 'clinic'] as const;
/** The parameters tested with hostile values here; `clinic` has its own tests with the clinic config. */
const SIMPLE = ['lang', 'mode', 'embed', 'parentOrigin'] as const;

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    'JavaScript://%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://evil.example/path',
    'https://evil.example:443',
    'null',
    'file://',
    'en\u0000',
    'EN',
    ' en',
    'é',
    '\u202eneerg',
    '1 ',
    'coordinator\n',
  ),
  fc.string({ minLength: 5000, maxLength: 20000 }),
);

function expectAllowed(options: UrlOptions) {
  expect([null, 'en', 'es']).toContain(options.language);
  expect(['self-check', 'coordinator']).toContain(options.mode);
  expect(typeof options.embed).toBe('boolean');
  if (options.parentOrigin !== null) {
    const url = new URL(options.parentOrigin);
    expect(['http:', 'https:']).toContain(url.protocol);
    expect(url.origin).toBe(options.parentOrigin);
  }
  for (const name of options.ignored) expect(NAMES).toContain(name);
}

describe('URL options: properties', () => {
  it('any query string never throws and yields only allowed values', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => expectAllowed(parseUrlOptions(search))),
      ),
    ).not.toThrow();
  });

  it('hostile values for every known parameter never come through, and each is named as ignored', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.constantFrom(...SIMPLE), hostile, (name, value) => {
          const options = parseUrlOptions(`?${new URLSearchParams({ [name]: value }).toString()}`);
          expectAllowed(options);
          // Accepted exactly when the value is one the contract allows; an origin comes out unchanged.
          const allowed: Record<string, readonly string[]> = {
            lang: ['en', 'es'],
            mode: ['coordinator'],
            embed: ['1'],
          };
          const accepted = options.ignored.length === 0;
          const expected = name === 'parentOrigin' ? options.parentOrigin === value : allowed[name]?.includes(value);
          expect(accepted).toBe(expected);
        }),
        { numRuns: 1000 },
      ),
    ).not.toThrow();
  });

  it('never reports a parameter name that the URL made up', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 40 })), (params) => {
          const options = parseUrlOptions(`?${new URLSearchParams(params).toString()}`);
          expectAllowed(options);
        }),
      ),
    ).not.toThrow();
  });

  it('refuses origins that are not plain http(s) origins', () => {
    for (const value of [
      'javascript:alert(1)',
      'https://a.example/',
      'https://a.example/path',
      'ftp://a.example',
      'null',
    ]) {
      const options = parseUrlOptions(`?parentOrigin=${encodeURIComponent(value)}`);
      expect(options.parentOrigin).toBeNull();
      expect(options.ignored).toEqual(['parentOrigin']);
    }
  });
});

describe('URL options without a query string', () => {
  it('are the defaults, so a visit without one needs no parser', () => {
    for (const search of ['', '?', '?unknown=1']) expect(parseUrlOptions(search)).toEqual(DEFAULT_URL_OPTIONS);
  });

  it('read a language from outside exactly as the parser reads `lang`', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.oneof(fc.constantFrom('en', 'es', 'EN', 'es-MX', ''), fc.string({ maxLength: 6 })), (tag) => {
          const fromUrl = parseUrlOptions(`?${new URLSearchParams({ lang: tag }).toString()}`).language;
          expect(isLanguage(tag) ? tag : null).toBe(fromUrl);
        }),
      ),
    ).not.toThrow();
  });
});
