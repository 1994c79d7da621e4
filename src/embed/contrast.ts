/**
 * WCAG 2.2 contrast ratio (relative luminance, success criterion 1.4.3). A clinic's accent colour
 * is used behind white button text, so it is used only when it keeps at least 4.5:1 against white.
 */
import { strictHexColor } from './clinic-display.ts';

export const MIN_CONTRAST = 4.5;

function channel(hex: string, index: number): number {
  const value = Number.parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 1) + 0.0722 * channel(hex, 2);
}

/** Contrast ratio between two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The accent to use, or null (keep the default) when it is not strict hex or too light for white text. */
export function usableAccent(accent: string | undefined): string | null {
  const hex = strictHexColor(accent);
  if (hex === null) return null;
  return contrastRatio(hex, '#ffffff') >= MIN_CONTRAST ? hex : null;
}
