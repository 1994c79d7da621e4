/**
 * A later deploy of the site, made from a copy of the built one without building again: each file in
 * assets/ gets a new name (as any change to the code gives it a new content hash), every reference
 * to it follows, one sentence of the Spanish words says `marker`, and the offline worker is written
 * again by the build's own step, so it lists the new files under a new version. Deploying replaces
 * the served folder's files, so the old version's files are gone from the server, as after a real
 * deploy.
 */
import { cp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeOfflineWorker } from '../../../scripts/offline-worker.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A copy of the built site at `to`. */
export async function copySite(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Turns the copy of the site at `dir` into the next version; `sentence` is found in the Spanish words and `marker` added to it. */
export async function makeNextVersion(dir: string, { sentence, marker }: { sentence: string; marker: string }) {
  const assets = path.join(dir, 'assets');
  const names = await readdir(assets);
  const renamed = new Map(names.map((name) => [name, name.replace(/(\.[a-z]+)$/, '-next$1')]));
  const anyName = new RegExp(names.map(escape).join('|'), 'g');
  let markedSpanish = false;
  for (const file of [path.join(dir, 'index.html'), ...names.map((name) => path.join(assets, name))]) {
    let text = (await readFile(file, 'utf8')).replace(anyName, (name) => renamed.get(name) ?? name);
    if (file.endsWith('.js') && text.includes(sentence) && text.includes('Autoevaluación')) {
      text = text.replaceAll(sentence, `${sentence}${marker}`);
      markedSpanish = true;
    }
    await writeFile(file, text);
  }
  if (!markedSpanish) throw new Error(`No Spanish words chunk holds "${sentence}"`);
  for (const [name, next] of renamed) await rename(path.join(assets, name), path.join(assets, next));
  await writeOfflineWorker(dir, projectRoot);
}

/** Replaces what `siteDir` serves with the files of `nextDir`. */
export async function deploy(nextDir: string, siteDir: string): Promise<void> {
  for (const entry of await readdir(siteDir)) await rm(path.join(siteDir, entry), { recursive: true, force: true });
  await cp(nextDir, siteDir, { recursive: true });
}
