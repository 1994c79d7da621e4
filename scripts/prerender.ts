/**
 * A Vite build step: after the bundle is written, render the intro screen to HTML and put it into
 * `#root` of the built `index.html`, so a phone on a slow network shows the first screen (and the
 * helpline) before the JavaScript arrives. The markup comes from the app's own components through
 * `src/ui/prerender-intro.tsx`; nothing is copied by hand. The page's script is marked low priority
 * and its stylesheet is written into the page (see scripts/inline-style.ts), and the files of the
 * parts that load later are listed in it (see scripts/part-files.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin } from 'vite';
import { checkStyleHash, withInlineStylesheet } from './inline-style.ts';
import { metaPolicy, siteHeaders, withMetaPolicy } from './site-headers.ts';
import { onlyMatch } from './only-match.ts';
import { readManifest } from './build-manifest.ts';
import { partFiles, withPartFiles } from './part-files.ts';

const ROOT_ELEMENT = '<div id="root"></div>';

/** A fresh browser's empty storage, so the prerender shows what a first-time visitor sees. */
function emptyStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

/** The page's globals a render may read, as on a first visit to the site's root address. */
function firstVisitGlobals(): Record<string, unknown> {
  return { localStorage: emptyStorage(), window: { location: new URL('http://localhost/') } };
}

export async function renderIntro(root: string): Promise<string> {
  const { module } = await runnerImport<{ renderIntroHtml: () => string }>(
    path.join(root, 'src/ui/prerender-intro.tsx'),
    { configFile: false, root, plugins: [react()], logLevel: 'error' },
  );
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const [name, value] of Object.entries(firstVisitGlobals())) {
    saved.set(name, Object.getOwnPropertyDescriptor(globalThis, name));
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  try {
    return module.renderIntroHtml();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
  }
}

/** Puts the rendered intro into the empty `#root` of an HTML page; fails loudly if there is none. */
export function withPrerenderedRoot(html: string, markup: string): string {
  if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no empty ${ROOT_ELEMENT} to fill`);
  return html.replace(ROOT_ELEMENT, () => `<div id="root">${markup}</div>`);
}

const ENTRY_SCRIPT = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/g;

/**
 * Marks the page's one script (`src/boot.ts`) low priority. Nothing on the pre-rendered first
 * screen needs it, so on a slow connection it waits behind anything the page does need. (Vite
 * drops a `fetchpriority` written in index.html, so it is added to the built page here.)
 */
export function withLowPriorityEntry(html: string): string {
  const [script] = onlyMatch(html, ENTRY_SCRIPT, 'module script');
  return html.replace(script, () => script.replace('<script ', '<script fetchpriority="low" '));
}

export function prerenderIntro(): Plugin {
  let root = process.cwd();
  return {
    name: 'prerender-intro',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async writeBundle(options) {
      const distDir = options.dir ?? path.join(root, 'dist');
      const file = path.join(distDir, 'index.html');
      const rendered = withPrerenderedRoot(readFileSync(file, 'utf8'), await renderIntro(root));
      const listed = withPartFiles(withLowPriorityEntry(rendered), partFiles(readManifest(distDir)));
      const { html, hashSource } = withInlineStylesheet(listed, distDir);
      checkStyleHash(root, distDir, hashSource, process.env['UPDATE_STYLE_HASH'] === '1');
      // A host that ignores _headers still runs the page under the same policy (see site-headers.ts).
      const policy = siteHeaders(root).get('Content-Security-Policy');
      if (policy === undefined) throw new Error('public/_headers sets no Content-Security-Policy');
      writeFileSync(file, withMetaPolicy(html, metaPolicy(policy)));
    },
  };
}
