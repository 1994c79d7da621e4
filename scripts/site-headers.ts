/**
 * The site's headers as public/_headers lists them for every path (its `/*` block): the one copy
 * that `vite preview` sends and that the built page's `<meta>` policy is made from, so a host that
 * ignores _headers (or the preview server) still runs the page under the same policy. nginx sends
 * the same headers from deploy/security-headers.conf; tests/e2e/headers.test.ts keeps them equal.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Each path pattern of a _headers file (`/*`, `/embed.js`) with its headers, name (as written) to
 * value: a pattern starts a line, its headers are the indented lines under it, `#` starts a comment.
 */
export function headerRules(headersFile: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let headers: Map<string, string> | undefined;
  for (const line of headersFile.split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (header) {
      headers?.set(header[1] ?? '', (header[2] ?? '').trim());
      continue;
    }
    headers = new Map<string, string>();
    rules.set(line.trim(), headers);
  }
  return rules;
}

/** The headers of the `/*` block: those every path gets. */
export function everyPathHeaders(headersFile: string): Map<string, string> {
  return headerRules(headersFile).get('/*') ?? new Map<string, string>();
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
