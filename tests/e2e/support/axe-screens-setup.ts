/**
 * Global set-up of the e2e run: one empty folder in which axe records the screens it has found clean
 * (see axe-screens.ts), shared by every test file of this run and removed after it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    axeCleanScreensDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), 'axe-clean-screens-'));
  project.provide('axeCleanScreensDir', folder);
  return () => rm(folder, { recursive: true, force: true });
}
