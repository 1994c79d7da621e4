/**
 * The site's Content-Security-Policy forbids eval (`script-src 'self'`, see deploy/). zod compiles
 * fast object parsers with `new Function` unless told not to, and even its guarded probe for eval
 * is reported as a policy violation, so zod must run "jitless" from its very first schema.
 *
 * zod keeps its configuration on `globalThis.__zod_globalConfig` and, by its own contract, takes a
 * configuration set there before it loads. So this module sets `jitless` without loading zod:
 * `src/main.tsx` imports it first, and whichever later chunk brings zod (URL parameters, saved
 * answers, results, embeds) builds every schema without eval, while the first page carries no zod
 * at all. tests/unit/strict-csp.test.ts proves zod honours it.
 */
import type { $ZodConfig } from 'zod/v4/core';

const holder = globalThis as typeof globalThis & { __zod_globalConfig?: $ZodConfig };
// Changed in place, so a copy of zod that is already loaded (as in tests) sees it too.
(holder.__zod_globalConfig ??= {}).jitless = true;
