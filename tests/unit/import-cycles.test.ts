/**
 * No module of the site imports itself back, by a static import or through a part loaded later
 * (a dynamic `import()`): the loading plan loads the screens, and nothing a screen imports may
 * reach the plan again. Read from the sources, following every import from the page's entries.
 */
import { describe, expect, it } from 'vitest';
import { importCycles, loadedModules, ROOT } from './support/static-imports.ts';
import path from 'node:path';

describe('the import graph of the site', () => {
  it('has no cycle, also through dynamic imports', () => {
    expect(importCycles(['src/boot.ts', 'src/main.tsx', 'src/ui/prerender-intro.tsx'])).toEqual([]);
  });

  it("follows the loading plan's dynamic imports, a language folder's template included", () => {
    const loaded = loadedModules(path.join(ROOT, 'src/ui/load-plan.ts')).map((file) => path.relative(ROOT, file));
    expect(loaded).toEqual(
      expect.arrayContaining(['src/ui/screens/results-screen.tsx', 'src/i18n/en/words.ts', 'src/i18n/es/words.ts']),
    );
  });

  it('finds a cycle when there is one', () => {
    expect(importCycles(['tests/unit/fixtures/cycle/a.ts'])).toEqual([
      ['tests/unit/fixtures/cycle/a.ts', 'tests/unit/fixtures/cycle/b.ts', 'tests/unit/fixtures/cycle/a.ts'],
    ]);
  });
});
