/**
 * Before a part is imported, its files are fetched whole into the browser's cache, as the built
 * page lists them; a file that does not arrive (no connection, or an HTTP error) rejects, so the
 * import that the module map would remember as failed never runs. Without a list (the development
 * server), nothing is fetched and the import fetches alone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const RESULTS = 'src/ui/screens/results-screen.tsx';

/** A page whose list gives the results two files, and a fetch that answers with `respond`. */
function pageListing(list: string | null, respond: (address: string) => Promise<Response>) {
  const fetched: string[] = [];
  vi.stubGlobal('document', {
    getElementById: (id: string) => (id === 'part-files' && list !== null ? { textContent: list } : null),
  });
  vi.stubGlobal('fetch', (address: string) => {
    fetched.push(address);
    return respond(address);
  });
  return fetched;
}

/** part-files.ts reads the list once per page, so each case loads it afresh. */
async function partFilesModule() {
  return import('../../src/ui/part-files.ts');
}

const listing = JSON.stringify({ [RESULTS]: ['assets/results-screen-1.js', 'assets/summary-2.js'] });

beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("fetching a part's files before its import", () => {
  it('fetches every file the page lists for the part, from the base of the site', async () => {
    const fetched = pageListing(listing, () => Promise.resolve(new Response('code')));
    const { fetchPartFiles } = await partFilesModule();
    await fetchPartFiles(RESULTS);
    expect(fetched.sort()).toEqual(['/assets/results-screen-1.js', '/assets/summary-2.js']);
  });

  it('rejects when a file does not arrive, and fetches it again on the next try', async () => {
    let connected = false;
    const fetched = pageListing(listing, () =>
      connected ? Promise.resolve(new Response('code')) : Promise.reject(new TypeError('Failed to fetch')),
    );
    const { fetchPartFiles } = await partFilesModule();
    await expect(fetchPartFiles(RESULTS)).rejects.toThrow('Failed to fetch');
    connected = true;
    await expect(fetchPartFiles(RESULTS)).resolves.toBeUndefined();
    expect(fetched.filter((address) => address.endsWith('summary-2.js'))).toHaveLength(2);
  });

  it('rejects on an HTTP error, naming the file', async () => {
    pageListing(listing, (address) =>
      Promise.resolve(new Response('gone', { status: address.includes('summary') ? 404 : 200 })),
    );
    const { fetchPartFiles } = await partFilesModule();
    await expect(fetchPartFiles(RESULTS)).rejects.toThrow('Could not download assets/summary-2.js (HTTP 404)');
  });

  it('fetches nothing where the page lists no files (the development server)', async () => {
    const fetched = pageListing(null, () => Promise.resolve(new Response('code')));
    const { fetchPartFiles } = await partFilesModule();
    await fetchPartFiles(RESULTS);
    expect(fetched).toEqual([]);
  });
});
