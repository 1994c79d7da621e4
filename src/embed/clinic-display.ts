/**
 * What the page needs to show a clinic's details that clinic-config.ts has already checked: the
 * `tel:` link and the strict form of the accent colour. Kept apart from that module's zod schemas
 * so that the shell of every page (header, helpline, accent) loads without zod; only an embed
 * that passes a clinic loads the parser.
 */

/** Strict `#rrggbb`: no names, no short form, nothing that could carry more CSS. */
export const HEX_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** The colour written back in lower case, or null when it is not strict `#rrggbb`. */
export function strictHexColor(value: unknown): string | null {
  return typeof value === 'string' && HEX_COLOR_PATTERN.test(value) ? value.toLowerCase() : null;
}

/** `tel:` plus the number's digits, with its leading `+` kept: nothing else can reach the href. */
export function telHref(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}
