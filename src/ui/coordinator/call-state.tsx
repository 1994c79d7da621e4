/**
 * What the coordinator records about one call besides the answers: the caller's details, a note per
 * question, how the call ended, and when it started. It lives in memory only, in the shell, and
 * "New caller" replaces it with a fresh one; nothing of it is stored or sent, and the machine and
 * the rules never see it. The number-keys setting belongs to the coordinator, not the call, so it
 * is kept apart and survives a new caller.
 */
import { createContext, useContext } from 'react';

export type YesNo = 'yes' | 'no' | null;
export type HandOff = 'helpline' | 'lifeline' | 'clinic' | 'other' | 'none' | null;

export type CallDetails = { name: string; callback: string; consent: YesNo };
export type Disposition = { referredTo: string; handOff: HandOff; followUp: YesNo; followUpWhen: string };

export type CallRecord = {
  details: CallDetails;
  /** A short note per question id. */
  notes: Readonly<Record<string, string>>;
  disposition: Disposition;
  /** When the call started (ms since the epoch), or null before Start. */
  startedAt: number | null;
};

export const freshCall = (): CallRecord => ({
  details: { name: '', callback: '', consent: null },
  notes: {},
  disposition: { referredTo: '', handOff: null, followUp: null, followUpWhen: '' },
  startedAt: null,
});

export type CallState = {
  call: CallRecord;
  update: (change: (call: CallRecord) => CallRecord) => void;
  numberKeys: boolean;
  setNumberKeys: (on: boolean) => void;
};

export const CallContext = createContext<CallState | null>(null);

export function useCall(): CallState {
  const state = useContext(CallContext);
  if (!state) throw new Error('useCall() needs the coordinator shell above it');
  return state;
}

/** Minutes and seconds, as a call timer shows them: 07:05. */
export function callLength(startedAt: number | null, now: number): string {
  const seconds = startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}
