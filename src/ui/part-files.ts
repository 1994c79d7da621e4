/**
 * Fetches a part's script files before the part is imported. A browser remembers a failed
 * `import()` for the life of the page: the module map keeps the failure (the HTML standard's
 * module map; whatwg/html#6768), and Chromium does. So a screen whose code
 * did not arrive once, on a phone whose connection dropped for a moment, could never load in that
 * page again, and "Try again" would fail at once without asking the network. Fetched first, into
 * the browser's cache (the files never change: /assets/ is served immutable), a dropped connection
 * fails the fetch, never the import; the next try fetches again, and the import then finds every
 * file in the cache.
 *
 * The build lists each part's files in the page (scripts/part-files.ts). The development server
 * lists none: there the import fetches alone.
 */

/** Written by the build; the same id as scripts/part-files.ts. */
const PART_FILES_ID = 'part-files';

type PartFiles = ReadonlyMap<string, readonly string[]>;

let listed: PartFiles | undefined;

/** The page's list, read once. It is the build's own output in the page, so a plain shape check does. */
function partFiles(): PartFiles {
  if (listed) return listed;
  // Outside a page (the prerender at build time, the unit tests) there is no list either.
  const page = typeof document === 'undefined' ? undefined : document;
  const text = page?.getElementById(PART_FILES_ID)?.textContent ?? '{}';
  const value: unknown = JSON.parse(text);
  const entries = value !== null && typeof value === 'object' ? Object.entries(value) : [];
  listed = new Map(
    entries.filter((entry): entry is [string, string[]] => {
      const files: unknown = entry[1];
      return Array.isArray(files) && files.every((file) => typeof file === 'string');
    }),
  );
  return listed;
}

async function fetchWhole(file: string): Promise<void> {
  const response = await fetch(`${import.meta.env.BASE_URL}${file}`);
  if (!response.ok) throw new Error(`Could not download ${file} (HTTP ${String(response.status)})`);
  // Read to the end, so the cache holds the whole file before the import asks for it.
  await response.arrayBuffer();
}

/** Settles once every file of the part built from `source` is in the browser's cache; rejects if one is not. */
export async function fetchPartFiles(source: string): Promise<void> {
  await Promise.all((partFiles().get(source) ?? []).map(fetchWhole));
}
