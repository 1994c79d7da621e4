/** Whom the answers are about: the person answering ('self') or someone they care about ('other'). */
// zod/mini: only saved answers and answer files are checked with it, and mini keeps that download small.
import { z } from 'zod/mini';

export const PerspectiveSchema = z.enum(['self', 'other']);
export type Perspective = z.infer<typeof PerspectiveSchema>;
