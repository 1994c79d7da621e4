/**
 * The offline worker (built into `dist/sw.js` by scripts/offline-worker.ts, which fills in the
 * version and the files). Once a person has opened the site, it keeps the site's own files, the page
 * and every file in assets/, so a reload with no connection opens the self-check and every screen
 * and language still loads. It keeps nothing else: no other site, nothing but GET, never an answer
 * (answers live in the page's memory, and in localStorage only when the person saves them).
 *
 * Each build has its own cache, named by the version (a hash of the files). A new deploy installs
 * a new worker in the background, which fetches the new files (each checked against the hash the
 * build recorded, so a cache never holds a half-deployed mix); it waits until no page of the old
 * version is open, then takes over and deletes the old cache. So an open page keeps the version
 * it started with to the end of its journey, lazy screens included, and the next visit opens the
 * new version alone. Nothing here calls `skipWaiting`.
 */

/** The part of the worker's global scope this uses (the project's types are the page's, not a worker's). */
type ExtendableEvent = Event & { waitUntil(work: Promise<unknown>): void };
type FetchEvent = ExtendableEvent & { readonly request: Request; respondWith(response: Promise<Response>): void };
type WorkerScope = {
  readonly location: { readonly origin: string };
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};

/** Filled in by the build: the version, and each file's path with its Subresource Integrity hash. */
declare const __OFFLINE_VERSION__: string;
declare const __OFFLINE_FILES__: readonly (readonly [path: string, integrity: string])[];
/** Filled in by the build: the path of the page (index.html), which is the first of the files. */
declare const __OFFLINE_PAGE__: string;

const worker = self as unknown as WorkerScope;
const CACHE_PREFIX = 'treatment-self-check-';
const CACHE = `${CACHE_PREFIX}${__OFFLINE_VERSION__}`;
const FILES = __OFFLINE_FILES__;
const KEPT = new Set(FILES.map(([path]) => path));

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // All or nothing: one missing or changed file and this version is not installed.
      // The page is asked for anew (`no-cache`); hashed files may come from the HTTP cache.
      cache.addAll(
        FILES.map(
          ([path, integrity]) =>
            new Request(path, { integrity, cache: path === __OFFLINE_PAGE__ ? 'no-cache' : 'default' }),
        ),
      ),
    ),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
        ),
      )
      // The first time, the page that installed the worker is taken over too, so it already works offline.
      .then(() => worker.clients.claim()),
  );
});

/** The kept copy of `path`, or the network's answer if there is none. */
function keptOrNetwork(path: string, request: Request): Promise<Response> {
  return caches
    .open(CACHE)
    .then((cache) => cache.match(path))
    .then((kept) => kept ?? fetch(request));
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  // As the server does: any path without a file extension is a page of the app, served by index.html.
  if (request.mode === 'navigate' && !/\.[A-Za-z0-9]+$/.test(url.pathname)) {
    event.respondWith(keptOrNetwork(__OFFLINE_PAGE__, request));
  } else if (KEPT.has(url.pathname) && url.search === '') {
    event.respondWith(keptOrNetwork(url.pathname, request));
  }
});

// A module, so the names above stay in this file (the build bundles it into one plain script).
export {};
