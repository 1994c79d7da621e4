/**
 * The site's Content-Security-Policy forbids eval (`script-src 'self'`, see deploy/). zod compiles
 * fast object parsers with `new Function` unless told not to, and even its guarded probe for eval
 * is reported as a policy violation, so zod runs without it. `src/main.tsx` imports this module
 * first, before any schema is built.
 */
// zod/mini shares the one global configuration with classic zod, without loading classic zod.
import { z } from 'zod/mini';

z.config({ jitless: true });
