/**
 * What each setting is called and how it is described. Names are our own and neutral; the ASAM
 * level is named only for orientation ("roughly"), never copied (LIC-1, SET-2).
 */
import type { SettingLevel } from './recommendation.ts';
import type { SourceId } from './sources.ts';

export type SettingLevelInfo = {
  readonly name: string;
  readonly asamOrientation: string;
  readonly description: string;
  readonly sources: readonly SourceId[];
};

export const settingInfo = {
  outpatient: {
    name: 'Outpatient care',
    asamOrientation: 'Roughly ASAM level 1: under 9 hours a week.',
    description:
      'You live at home and keep up with work and family. You get care at an opioid treatment program (methadone clinic), or from a provider in an office or by telehealth.',
    sources: ['SET-2', 'SET-3', 'MED-1', 'MED-2'],
  },
  'intensive-outpatient': {
    name: 'Intensive outpatient or day program',
    asamOrientation: 'Roughly ASAM level 2.1 to 2.5: 9 or more hours a week, while living at home.',
    description:
      'You live at home and spend 9 or more hours a week at a program. A day program can be 20 or more hours a week.',
    sources: ['SET-2', 'SET-3'],
  },
  residential: {
    name: 'Residential treatment',
    asamOrientation: 'Roughly ASAM level 3.1 to 3.5: you live at the program with support day and night.',
    description:
      'You live at the program for a while, often 30 to 90 days, with care and support around the clock. It means time away from home and work.',
    sources: ['SET-2', 'SET-3'],
  },
  hospital: {
    name: 'Hospital or medically managed inpatient care',
    asamOrientation: 'Roughly ASAM level 3.7 to 4: 24-hour medical care.',
    description:
      'You stay where doctors and nurses care for you day and night. They can keep you safe through withdrawal, then help you move on to ongoing care.',
    sources: ['SET-2', 'SAFE-3', 'SET-4'],
  },
} as const satisfies Record<SettingLevel, SettingLevelInfo>;
