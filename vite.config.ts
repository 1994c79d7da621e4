import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { prerenderIntro } from './scripts/prerender.ts';
import { firstLoadGroup } from './scripts/first-load-chunk.ts';
import { siteHeaders } from './scripts/site-headers.ts';
import { offlineWorker } from './scripts/offline-worker.ts';
import { securityTxtFile } from './scripts/security-txt.ts';
import { fhirBaseUrl } from './src/export/fhir-base.ts';

export default defineConfig({
  // prerenderIntro writes the intro screen into the built index.html (see scripts/prerender.ts);
  // offlineWorker then writes sw.js, which keeps the built files for offline use; securityTxtFile
  // writes /.well-known/security.txt when the build setting SECURITY_CONTACT names a contact.
  plugins: [react(), prerenderIntro(), offlineWorker(), securityTxtFile()],
  // `npm run preview` sends the headers a static host reads from public/_headers.
  preview: { headers: Object.fromEntries(siteHeaders(import.meta.dirname)) },
  // The build setting for the FHIR canonical URLs (src/export/fhir-base.ts), checked here so a
  // malformed value stops the build; the app reads the checked value.
  define: { 'process.env.FHIR_BASE_URL': JSON.stringify(fhirBaseUrl(process.env.FHIR_BASE_URL)) },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The size budget (scripts/check-size.ts) reads which chunks the first screen needs from here.
    manifest: true,
    // Every browser the app supports preloads modules natively; older ones still load each chunk
    // when it is imported, only without the head start. The polyfill would be in the first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            firstLoadGroup(import.meta.dirname, {
              entry: 'src/boot.ts',
              app: 'src/main.tsx',
              libraries: 'src/ui/libraries.ts',
              name: 'app',
            }),
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    // Vitest's default leaves one of a machine's cores idle; on a two-core machine that means one
    // test file at a time, and the unit and component tests take half as long again.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Plain functions and data: the files share one module graph per worker instead of each
          // loading it again, which takes the unit tests from about a minute to half of one. The
          // few globals a test stubs are put back after every test.
          isolate: false,
          unstubGlobals: true,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts', 'tests/component/preload-lazy.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // The files share their imports (playwright-core, axe, the questionnaire and its words)
          // per worker instead of each loading them again: half a minute less of importing. The
          // support modules keep no state from one file to the next: each file launches its own
          // browser and server and closes them after its tests (support/built-site.ts).
          isolate: false,
          globalSetup: ['tests/e2e/support/axe-screens-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
