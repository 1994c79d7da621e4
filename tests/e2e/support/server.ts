/**
 * Serves the built site (`dist/`) the way a static host would: files with their content types,
 * `index.html` for unknown page paths (the app is a single page), and a real 404 for a missing
 * asset so a broken build shows up as a failed request instead of HTML served as a script.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `SITE_DIST` lets a run test a build kept elsewhere (e.g. several builds side by side). */
export const distDir = process.env.SITE_DIST ?? fileURLToPath(new URL('../../../dist/', import.meta.url));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** The site's origin with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  close: () => Promise<void>;
}

export interface StartServerOptions {
  /** The folder to serve; the built site by default. */
  root?: string;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path maps to, or null when the path tries to leave the root. */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

async function respond(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const send = (status: number, body: Buffer | string, type: string): void => {
    response.writeHead(status, {
      'content-type': type,
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(405, 'Method Not Allowed', 'text/plain; charset=utf-8');
    return;
  }
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const requested = fileFor(root, pathname);
  if (requested === null) {
    send(400, 'Bad Request', 'text/plain; charset=utf-8');
    return;
  }
  const candidates = pathname.endsWith('/') ? [path.join(requested, 'index.html')] : [requested];
  // A path without a file extension is a page of the single-page app: serve its shell.
  if (path.extname(pathname) === '') candidates.push(path.join(root, 'index.html'));
  for (const file of candidates) {
    if (await isFile(file)) {
      const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      send(200, await readFile(file), type);
      return;
    }
  }
  send(404, 'Not Found', 'text/plain; charset=utf-8');
}

/** Starts a static server on 127.0.0.1 with a free port. */
export async function startServer(options: StartServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(options.root ?? distDir);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(
      `No built site to serve: ${path.join(root, 'index.html')} is missing. ` +
        'Run `npm run build` first (`npm run test:e2e` builds, then runs these tests).',
    );
  }
  const server = createServer((request, response) => {
    respond(root, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
