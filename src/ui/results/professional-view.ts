/**
 * What only professionals see on screen. ASAM level numbers and the names of the PHQ-2 and GAD-2
 * screens mean something to a coordinator and a clinic, but are jargon (or worse, a label) on a
 * person's own results: coordinator mode shows them, a person's screens leave them to the printout,
 * the copied text and the file for a clinic.
 */
import type { SourceId } from '../../rules/sources.ts';
import { useAppOptions } from '../app-options.tsx';

export function useProfessionalView(): boolean {
  return useAppOptions().mode === 'coordinator';
}

/** Sources whose summary gives ASAM level numbers (SET-2) or names the mood screens. */
export const professionalSources: ReadonlySet<SourceId> = new Set<SourceId>(['SET-2', 'PHQ-2', 'GAD-2', 'LIC-3']);
