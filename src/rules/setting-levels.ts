/**
 * The sources behind each setting. What each is called and how it is described is in the rule-text
 * catalog (`settings`): names are our own and neutral; the ASAM level is named only for
 * orientation ("roughly"), never copied (LIC-1, SET-2).
 */
import type { SettingLevel } from './recommendation.ts';
import type { SourceId } from './sources.ts';

export const settingSources = {
  outpatient: ['SET-2', 'SET-3', 'SET-5', 'MED-1', 'MED-2'],
  'intensive-outpatient': ['SET-2', 'SET-3', 'SET-5'],
  residential: ['SET-2', 'SET-3', 'SET-5'],
  hospital: ['SET-2', 'SAFE-3', 'SET-4', 'SET-5'],
} as const satisfies Record<SettingLevel, readonly SourceId[]>;
