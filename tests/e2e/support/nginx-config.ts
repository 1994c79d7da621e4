/**
 * Turns the shipped server block (`deploy/nginx.conf`) into a config nginx can run as an ordinary
 * user in the tests: the same locations and the same header include, with only the port, the
 * served folder, the include path and the framing sources swapped. Each swap must match exactly
 * once, so a change to the shipped file that the tests cannot follow fails loudly.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const deployDir = fileURLToPath(new URL('../../../deploy/', import.meta.url));
export const shippedConfig = `${deployDir}nginx.conf`;
export const headersInclude = `${deployDir}security-headers.conf`;

/** A CSP frame-ancestors source: a keyword, or an http(s) origin whose host and port may use `*`. */
const SOURCE = /^(?:'self'|'none'|https?:\/\/(?:\*\.)?[A-Za-z0-9.-]+(?::(?:\d{1,5}|\*))?)$/;

export interface TestConfigOptions {
  port: number;
  root: string;
  /** Where nginx keeps its pid file and temporary files. */
  workDir: string;
  /** Sources for CSP frame-ancestors; null keeps the shipped default. */
  frameAncestors: readonly string[] | null;
}

function swapOnce(config: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = config.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) {
    throw new Error(`deploy/nginx.conf: expected exactly one ${what}, found ${String(matches.length)}`);
  }
  return config.replace(pattern, () => replacement);
}

export function testServerBlock({ port, root, frameAncestors }: TestConfigOptions): string {
  if (/["';{}\s\\]/.test(root)) throw new Error(`Cannot serve a folder whose path has quotes or spaces: ${root}`);
  let block = readFileSync(shippedConfig, 'utf8');
  block = block.replace(/^\s*listen \[::\]:80;\n/m, '');
  block = swapOnce(block, /(?<=^[ \t]*)listen 80;/m, `listen 127.0.0.1:${String(port)};`, '`listen 80;`');
  block = swapOnce(block, /(?<=^[ \t]*)root [^;\n]+;/m, `root ${root};`, '`root` line');
  block = block.replaceAll(/include \/etc\/nginx\/snippets\/treatment-self-check-headers\.conf;/g, () => {
    return `include ${headersInclude};`;
  });
  if (!block.includes(`include ${headersInclude};`)) throw new Error('deploy/nginx.conf includes no header file');
  if (frameAncestors !== null) {
    const bad = frameAncestors.filter((source) => !SOURCE.test(source));
    if (frameAncestors.length === 0 || bad.length > 0) {
      throw new Error(`Not frame-ancestors sources: ${JSON.stringify(bad.length > 0 ? bad : frameAncestors)}`);
    }
    const line = `set $frame_ancestors "${frameAncestors.join(' ')}";`;
    block = swapOnce(block, /set \$frame_ancestors "[^"]*";/, line, '`set $frame_ancestors` line');
  }
  return block;
}

/** A whole nginx config around the shipped server block, for an unprivileged nginx in the foreground. */
export function testConfig(options: TestConfigOptions): string {
  const dir = options.workDir;
  const asRoot = process.getuid?.() === 0 ? 'user root root;\n' : '';
  return `${asRoot}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${testServerBlock(options)}
}
`;
}
