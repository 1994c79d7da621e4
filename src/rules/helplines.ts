/** Phone numbers and links, exactly as in the clinical reference (HELP-1 to HELP-5, SAFE-2). */
import type { SourceId } from './sources.ts';

/** `label` leads into `display` ("Text your ZIP code to" + "435748"), or already contains it ("Call 911"). */
export type Contact = { readonly label: string; readonly display: string; readonly href: string };

export const helplines = {
  samhsa: { label: 'Call the SAMHSA National Helpline at', display: '1-800-662-4357', href: 'tel:+18006624357' },
  samhsaTty: { label: 'TTY', display: '1-800-487-4889', href: 'tel:+18004874889' },
  samhsaText: { label: 'Text your ZIP code to', display: '435748', href: 'sms:435748' },
  findTreatment: { label: 'Search FindTreatment.gov', display: 'FindTreatment.gov', href: 'https://findtreatment.gov' },
  lifelineCall: { label: 'Call 988', display: '988', href: 'tel:988' },
  lifelineText: { label: 'Text 988', display: '988', href: 'sms:988' },
  lifelineChat: { label: 'Chat at 988lifeline.org', display: '988lifeline.org', href: 'https://988lifeline.org' },
  emergency: { label: 'Call 911', display: '911', href: 'tel:911' },
  poisonControl: { label: 'Call Poison Control at', display: '1-800-222-1222', href: 'tel:+18002221222' },
} as const satisfies Record<string, Contact>;

export const helplineSources = {
  samhsa: ['HELP-1'],
  findTreatment: ['HELP-2'],
  lifeline: ['HELP-3', 'SAFE-2'],
  emergency: ['HELP-4'],
  poisonControl: ['HELP-5'],
} as const satisfies Record<string, readonly SourceId[]>;
