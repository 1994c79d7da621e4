/**
 * Serves the built site (`dist/`, or `SITE_DIST`) through a real nginx running the shipped server
 * block (`deploy/nginx.conf` with `deploy/security-headers.conf`), so every end-to-end test sees
 * the production headers: the Content-Security-Policy, the single-page fallback to index.html and
 * real 404s for missing files. nginx runs unprivileged in the foreground from its own temporary
 * folder, on 127.0.0.1 and a free port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testConfig } from './nginx-config.ts';

/** `SITE_DIST` lets a run test a build kept elsewhere (e.g. several builds side by side). */
export const distDir = process.env.SITE_DIST ?? fileURLToPath(new URL('../../../dist/', import.meta.url));

export const nginxPath = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';

/** Lets tests on other 127.0.0.1 ports (an embedding host page) show the site in a frame. */
export const testFrameAncestors = ["'self'", 'http://127.0.0.1:*'] as const;

export interface StaticServer {
  /** The site's origin with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  close: () => Promise<void>;
}

export interface StartServerOptions {
  /** The folder to serve; the built site by default. */
  root?: string;
  /**
   * CSP frame-ancestors sources, e.g. `["'self'", 'http://127.0.0.1:4000']`. `testFrameAncestors`
   * by default; `'as-deployed'` keeps the value shipped in deploy/nginx.conf.
   */
  frameAncestors?: readonly string[] | 'as-deployed';
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/** Resolves true once nginx answers on `url`, false if it exits first (e.g. the port was taken). */
async function ready(child: ChildProcess, url: string): Promise<boolean> {
  const state = { gone: false };
  void exited(child).then(() => (state.gone = true));
  for (let attempt = 0; attempt < 200 && !state.gone; attempt += 1) {
    try {
      const response = await fetch(url, { method: 'HEAD' });
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill('SIGTERM');
  await done;
}

/** Starts nginx on 127.0.0.1 with a free port, serving the built site with the shipped headers. */
export async function startServer(options: StartServerOptions = {}): Promise<StaticServer> {
  const root = path.resolve(options.root ?? distDir);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(
      `No built site to serve: ${path.join(root, 'index.html')} is missing. ` +
        'Run `npm run build` first (`npm run test:e2e` builds, then runs these tests).',
    );
  }
  if (!existsSync(nginxPath)) {
    throw new Error(`nginx not found at ${nginxPath}. Install Debian's package (\`apt-get install -y nginx\`).`);
  }
  const sources = options.frameAncestors ?? testFrameAncestors;
  const frameAncestors = sources === 'as-deployed' ? null : sources;
  const workDir = await mkdtemp(path.join(tmpdir(), 'self-check-nginx-'));
  const errorLog = path.join(workDir, 'error.log');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const port = await freePort();
    const configFile = path.join(workDir, 'nginx.conf');
    await writeFile(configFile, testConfig({ port, root, workDir, frameAncestors }));
    const child = spawn(nginxPath, ['-p', workDir, '-e', errorLog, '-c', configFile], { stdio: 'ignore' });
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    const url = `http://127.0.0.1:${String(port)}/`;
    if (await ready(child, url)) {
      return {
        url,
        close: async () => {
          process.off('exit', killOnExit);
          await stop(child);
          await rm(workDir, { recursive: true, force: true });
        },
      };
    }
    process.off('exit', killOnExit);
    await stop(child);
    const log = await readFile(errorLog, 'utf8').catch(() => '');
    if (!log.includes('Address already in use') || attempt === 5) {
      await rm(workDir, { recursive: true, force: true });
      throw new Error(`nginx did not start (attempt ${String(attempt)}):\n${log}`);
    }
  }
  throw new Error('nginx did not start');
}
