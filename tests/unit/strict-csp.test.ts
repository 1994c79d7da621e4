/**
 * The page's Content-Security-Policy forbids eval. src/config/strict-csp.ts, imported first by
 * src/main.tsx, tells zod so before zod loads; here it is imported before zod in the same way, and
 * no schema, classic or mini, may then construct a Function (what the browser reports).
 */
import '../../src/config/strict-csp.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { z as mini } from 'zod/mini';

const RealFunction = globalThis.Function;
/** As the module left it: the control test below changes it and puts it back. */
const configured = z.config().jitless;

/** Runs `work` while recording every `new Function(...)`, and returns how many there were. */
function functionsConstructedBy(work: () => void): number {
  let constructed = 0;
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args: unknown[]) {
      constructed += 1;
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    work();
  } finally {
    globalThis.Function = RealFunction;
  }
  return constructed;
}

/** Object schemas are what zod compiles with eval; built and parsed fresh each time. */
function buildAndParseObjects() {
  z.object({ name: z.string(), count: z.number() }).parse({ name: 'a', count: 1 });
  mini.strictObject({ name: mini.string(), list: mini.array(mini.string()) }).parse({ name: 'a', list: ['b'] });
}

afterEach(() => {
  globalThis.Function = RealFunction;
  z.config({ jitless: configured });
});

describe('zod under the strict Content-Security-Policy', () => {
  it('takes the setting made before it loaded, in the one configuration classic zod and zod/mini share', () => {
    expect(z.config().jitless).toBe(true);
    expect(mini.config()).toBe(z.config());
  });

  it('builds and parses object schemas without ever constructing a Function', () => {
    expect(functionsConstructedBy(buildAndParseObjects)).toBe(0);
  });

  it('would construct Functions without the setting (what the policy reports), so the check above can fail', () => {
    z.config({ jitless: false });
    expect(functionsConstructedBy(buildAndParseObjects)).toBeGreaterThan(0);
  });
});
