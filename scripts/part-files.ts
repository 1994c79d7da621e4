/**
 * Lists, in the built page, the script files of each part of the site that loads later (each
 * dynamic `import()` of src/ui/load-plan.ts), so the page can fetch them before it imports the part
 * (src/ui/part-files.ts says why). Each part is named by its source, as Vite's manifest names it
 * (e.g. `src/ui/screens/results-screen.tsx`), with the files it needs that the first load did not
 * bring. The list is a JSON data block, which no browser runs and no policy needs to allow.
 */
import { firstLoadFiles, staticFiles, type Manifest, APP_MODULE } from './build-manifest.ts';

/** The data block's id, which src/ui/part-files.ts reads. */
export const PART_FILES_ID = 'part-files';

export type PartFiles = Record<string, string[]>;

/** Each later part's script files (paths from the site's base, e.g. `assets/results-screen-1a2b.js`). */
export function partFiles(manifest: Manifest): PartFiles {
  const firstLoad = firstLoadFiles(manifest);
  return Object.fromEntries(
    Object.entries(manifest)
      .filter(([key, chunk]) => chunk.isDynamicEntry === true && key !== APP_MODULE)
      .map(([key]) => [
        key,
        [...staticFiles(manifest, [key])].filter((file) => file.endsWith('.js') && !firstLoad.has(file)).sort(),
      ]),
  );
}

/** The page with the list as a data block at the end of its body. */
export function withPartFiles(html: string, files: PartFiles): string {
  const closing = html.lastIndexOf('</body>');
  if (closing === -1) throw new Error('index.html has no </body>');
  // `<` is written as \u003c, so no file name could ever close the block early.
  const json = JSON.stringify(files).replaceAll('<', '\\u003c');
  const block = `<script type="application/json" id="${PART_FILES_ID}">${json}</script>`;
  return `${html.slice(0, closing)}${block}${html.slice(closing)}`;
}
