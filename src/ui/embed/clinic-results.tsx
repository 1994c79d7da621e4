/**
 * What the results add inside a clinic's iframe: which suggestions the clinic offers, and the
 * share button. Both show only in an embed with valid clinic details; sharing also needs a valid
 * parent origin and the port embed.js handed over, since without them there is nowhere safe to
 * send the result.
 */
import type { Recommendation } from '../../rules/recommendation.ts';
import { useAppOptions } from '../app-options.tsx';
import { ClinicServices } from './clinic-services.tsx';
import { hasHostPort } from './parent-window.ts';
import { ShareResult } from './share-result.tsx';

export function ClinicOffers({ recommendation }: { recommendation: Recommendation }) {
  const { embed, clinic } = useAppOptions();
  if (!embed || clinic === null) return null;
  return <ClinicServices clinic={clinic} recommendation={recommendation} />;
}

export function ClinicShare({ recommendation }: { recommendation: Recommendation }) {
  const { embed, clinic, parentOrigin } = useAppOptions();
  if (!embed || clinic === null || parentOrigin === null || !hasHostPort()) return null;
  return <ShareResult clinic={clinic} recommendation={recommendation} />;
}
