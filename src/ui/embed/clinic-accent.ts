/**
 * The clinic's accent colour as a CSS custom property, set only when it passed the strict hex
 * check and keeps 4.5:1 against white; otherwise nothing is set and the default colour stays.
 */
import type { CSSProperties } from 'react';
import type { ClinicConfig } from '../../embed/clinic-config.ts';
import { usableAccent } from '../../embed/contrast.ts';

export function clinicAccentStyle(clinic: ClinicConfig): CSSProperties | undefined {
  const accent = usableAccent(clinic.accent);
  return accent === null ? undefined : ({ '--clinic-accent': accent } as CSSProperties);
}
