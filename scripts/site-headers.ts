/**
 * The site's headers as public/_headers lists them for every path (its `/*` block): the one copy
 * that `vite preview` sends and that the built page's `<meta>` policy is made from, so a host that
 * ignores _headers (or the preview server) still runs the page under the same policy. nginx sends
 * the same headers from deploy/security-headers.conf; tests/e2e/headers.test.ts keeps them equal.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Header name (as written) to value, from a _headers file's block for `pattern` (`/embed.js`). */
export function pathHeaders(headersFile: string, pattern: string): Map<string, string> {
  const line = new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm');
  const block = headersFile.split(line)[1]?.split(/^\S/m)[0] ?? '';
  return new Map(
    [...block.matchAll(/^\s+([\w-]+):\s*(.+)$/gm)].map(([, name = '', value = '']) => [name, value.trim()]),
  );
}

/** The headers of the `/*` block: those every path gets. */
export function everyPathHeaders(headersFile: string): Map<string, string> {
  return pathHeaders(headersFile, '/*');
}

export function siteHeaders(root: string): Map<string, string> {
  return everyPathHeaders(readFileSync(path.join(root, 'public/_headers'), 'utf8'));
}

/**
 * The policy a `<meta http-equiv>` can carry: browsers ignore frame-ancestors, report-uri and
 * sandbox there (framing stays up to the real header, which nginx and _headers send).
 */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '' && !/^(?:frame-ancestors|report-uri|report-to|sandbox)\b/.test(directive))
    .join('; ');
}

const CHARSET = /<meta charset="utf-8"\s*\/?>/g;

/** The page with the policy as its first `<meta>` after the charset, before any style or script. */
export function withMetaPolicy(html: string, policy: string): string {
  const charsets = html.match(CHARSET) ?? [];
  if (charsets.length !== 1) throw new Error(`index.html has ${String(charsets.length)} <meta charset>, not one`);
  if (policy.includes('"')) throw new Error('The policy cannot contain a double quote');
  return html.replace(
    CHARSET,
    (charset) => `${charset}<meta http-equiv="Content-Security-Policy" content="${policy}">`,
  );
}
