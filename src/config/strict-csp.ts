/**
 * The site's Content-Security-Policy forbids eval (`script-src 'self'`, see deploy/). zod compiles
 * fast object parsers with `new Function` unless told not to, and even its guarded probe for eval
 * is reported as a policy violation, so zod runs without it. `src/main.tsx` imports this module
 * first, before any schema is built.
 */
import { z } from 'zod';

z.config({ jitless: true });
