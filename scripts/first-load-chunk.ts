/**
 * Build setting: everything the app needs before the first question (what `src/main.tsx` imports
 * statically) goes into two chunks: the libraries (packages, and the module that loads them first,
 * `src/ui/libraries.ts`) and the app's own code. Left to itself, the bundler splits that code into a
 * dozen small files, one for each set of screens that shares a module; a phone then makes a dozen
 * requests, and the gzip of each small file repeats what the others already said. Two chunks let
 * `src/boot.ts` run the libraries' code and the app's in separate tasks, so neither is one long
 * task on a slow phone. The code `src/boot.ts` needs before the app starts stays with it, and lazy
 * screens load from the chunks that are already there.
 */
import path from 'node:path';

/** The part of Rolldown's chunking context this needs: each module's static imports. */
type ChunkingContext = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/** Every module reached from `from` through static imports, `from` included. */
function staticallyReached(from: string, context: ChunkingContext): Set<string> {
  const reached = new Set<string>();
  const pending = [from];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (reached.has(id)) continue;
    reached.add(id);
    pending.push(...(context.getModuleInfo(id)?.importedIds ?? []));
  }
  return reached;
}

/**
 * A code-splitting group (Rolldown's `output.codeSplitting.groups`) that puts the modules `app`
 * loads statically, and `entry` does not, into a chunk called `name`, except the packages and the
 * `libraries` module, which go into `<name>-libraries`. Use it with
 * `includeDependenciesRecursively: false`: by default a group also takes in its modules'
 * dependencies, and would take what `entry` shares with `app` out of the entry's chunk.
 */
export function firstLoadGroup(
  root: string,
  { entry, app, libraries, name }: { entry: string; app: string; libraries: string; name: string },
) {
  const entryId = path.resolve(root, entry);
  const appId = path.resolve(root, app);
  const librariesId = path.resolve(root, libraries);
  let firstLoad: Set<string> | undefined;
  return {
    name(moduleId: string, context: ChunkingContext): string | null {
      if (!firstLoad) {
        const withEntry = staticallyReached(entryId, context);
        // `app` itself keeps a chunk of its own, so the build manifest still names it.
        firstLoad = new Set([...staticallyReached(appId, context)].filter((id) => id !== appId && !withEntry.has(id)));
      }
      if (moduleId === librariesId) return `${name}-libraries`;
      if (!firstLoad.has(moduleId)) return null;
      return moduleId.includes('/node_modules/') ? `${name}-libraries` : name;
    },
  };
}
