/**
 * The clinic details a host page passes in the `clinic` URL parameter (compact JSON written by
 * public/embed.js). The app never trusts the host: the parameter is parsed again here with zod and
 * anything off-pattern is dropped, so a hostile page can at worst show a plain, short, inert name
 * and a link to an https page.
 * The name and number are only ever rendered as React text; a tel: link is built from digits and
 * one leading `+` alone (clinic-display.ts, which the page shell uses without loading zod). This
 * module is loaded only with a URL to read (see src/config/parse-url-options.ts) or an embed's
 * results, never on the way to a first-time visitor's first question.
 */
import { z } from 'zod/mini';
import { HEX_COLOR_PATTERN } from './clinic-display.ts';

/** The services a clinic can say it offers: settings and medicines the results can suggest. */
export const ClinicServiceSchema = z.enum([
  'methadone',
  'buprenorphine',
  'naltrexone',
  'withdrawal-aids',
  'residential',
  'intensive-outpatient',
  'outpatient',
  'hospital',
]);
export type ClinicService = z.infer<typeof ClinicServiceSchema>;

export const CLINIC_NAME_MAX = 80;
/** Longest raw `clinic` parameter read at all; anything longer is refused before JSON parsing. */
export const CLINIC_PARAM_MAX = 2048;

/** Letters, marks, digits, spaces and ordinary punctuation; no `<`, `>`, quotes-as-markup or controls. */
const NAME_PATTERN = /^[\p{L}\p{M}\p{N} .,'’&()\-/]+$/u;
/** A phone number as people write it: digits, spaces, `( ) - .` and one leading `+`; 7 to 15 digits. */
const PHONE_PATTERN = /^\+?[0-9 ().-]+$/;

export const ClinicNameSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value: string) => value.trim().replace(/\s+/g, ' ')),
  ),
  z.string().check(z.minLength(1), z.maxLength(CLINIC_NAME_MAX), z.regex(NAME_PATTERN)),
);

export const ClinicPhoneSchema = z.pipe(
  z.pipe(
    z.string(),
    z.transform((value: string) => value.trim()),
  ),
  z.string().check(
    z.maxLength(30),
    z.regex(PHONE_PATTERN),
    z.refine((value) => {
      const digits = value.replace(/\D/g, '').length;
      return digits >= 7 && digits <= 15;
    }, 'a phone number has 7 to 15 digits'),
  ),
);

export const BOOKING_URL_MAX = 300;

/**
 * The clinic's own booking page: an absolute `https:` address with a host and no user name or
 * password in it, written back in the URL parser's normal form. Anything else (`javascript:`,
 * `http:`, a relative path, a data URL) is refused, so the link can only ever open a web page.
 */
export const BookingUrlSchema = z.pipe(
  z.pipe(
    z.string().check(z.maxLength(BOOKING_URL_MAX)),
    z.transform((value: string) => {
      try {
        const url = new URL(value.trim());
        return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === ''
          ? url.href
          : '';
      } catch {
        return '';
      }
    }),
  ),
  z.string().check(z.minLength(1, 'the booking address must be an https address')),
);

/** Strict `#rrggbb`, written back in lower case. */
export const AccentColorSchema = z.pipe(
  z.string().check(z.regex(HEX_COLOR_PATTERN)),
  z.transform((value: string) => value.toLowerCase()),
);

export const ClinicConfigSchema = z.strictObject({
  name: ClinicNameSchema,
  phone: z.optional(ClinicPhoneSchema),
  bookingUrl: z.optional(BookingUrlSchema),
  accent: z.optional(AccentColorSchema),
  services: z._default(
    z.pipe(
      z.array(ClinicServiceSchema).check(z.maxLength(64)),
      z.transform((services: ClinicService[]) => [...new Set(services)]),
    ),
    [],
  ),
});
export type ClinicConfig = z.output<typeof ClinicConfigSchema>;

/**
 * Reads the `clinic` parameter. A missing name or any malformed part drops only that part: a bad
 * phone, colour or service list leaves the rest; a bad name (or bad JSON) gives no clinic at all.
 */
export function parseClinicParam(raw: string | null): ClinicConfig | null {
  if (raw === null || raw.length > CLINIC_PARAM_MAX) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  const name = ClinicNameSchema.safeParse(record['name']);
  if (!name.success) return null;
  const phone = ClinicPhoneSchema.safeParse(record['phone']);
  const bookingUrl = BookingUrlSchema.safeParse(record['bookingUrl']);
  const accent = AccentColorSchema.safeParse(record['accent']);
  const listed: unknown[] = Array.isArray(record['services']) ? record['services'] : [];
  const services = [...new Set(listed.filter((service) => ClinicServiceSchema.safeParse(service).success))];
  return ClinicConfigSchema.parse({
    name: name.data,
    ...(phone.success ? { phone: phone.data } : {}),
    ...(bookingUrl.success ? { bookingUrl: bookingUrl.data } : {}),
    ...(accent.success ? { accent: accent.data } : {}),
    services,
  });
}
