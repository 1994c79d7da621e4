/** Every component test starts with every part loaded, as a page does soon after it opens (see load-everything.ts). */
import { beforeAll } from 'vitest';
import { loadEverything } from './load-everything.ts';

beforeAll(async () => {
  await loadEverything();
});
