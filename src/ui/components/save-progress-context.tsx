/**
 * Saving answers on this device, only when the person asks. Holds the choice (off by default),
 * what was found in storage when the page opened, and writes the machine's answers and current
 * step after every move while saving is on. Storage can fail at any time; then saving turns
 * "unavailable" and the questionnaire goes on without it.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { QuestionnaireActor } from '../questionnaire-actor.ts';
import {
  canSaveProgress,
  clearSavedProgress,
  readSavedProgress,
  writeSavedProgress,
} from '../../storage/local-store.ts';
import { loadSavedProgress, serializeProgress, type SavedProgress } from '../../storage/saved-progress.ts';

export type SaveStatus = 'off' | 'on' | 'unavailable';
export type SaveNotice = 'discarded' | 'cleared' | null;

type Snapshot = ReturnType<ReturnType<typeof QuestionnaireActor.useActorRef>['getSnapshot']>;

export type SaveProgress = {
  status: SaveStatus;
  /** Valid saved answers waiting for the person to continue with them or clear them. */
  found: SavedProgress | null;
  notice: SaveNotice;
  setSaving: (on: boolean) => void;
  /** Deletes saved answers from the device and starts again. */
  clear: () => void;
  continueSaved: () => void;
  discardSaved: () => void;
};

const SaveProgressContext = createContext<SaveProgress | null>(null);

function openingState(now: number): { status: SaveStatus; found: SavedProgress | null; discarded: boolean } {
  const read = readSavedProgress();
  if (!read.ok) return { status: 'unavailable', found: null, discarded: false };
  const loaded = loadSavedProgress(read.raw, now);
  return {
    status: 'off',
    found: loaded.status === 'found' ? loaded.progress : null,
    discarded: loaded.status === 'discarded',
  };
}

function save(snapshot: Snapshot): boolean {
  const { answers, questionId, perspective } = snapshot.context;
  if (Object.keys(answers).length === 0) {
    clearSavedProgress();
    return true;
  }
  const onQuestion = snapshot.value === 'question' || snapshot.value === 'crisis';
  const progress = { answers, questionId: onQuestion ? questionId : null, perspective };
  return writeSavedProgress(serializeProgress(progress, Date.now()));
}

export function SaveProgressProvider({ children }: { children: ReactNode }) {
  const actor = QuestionnaireActor.useActorRef();
  const [opening] = useState(() => openingState(Date.now()));
  const [status, setStatus] = useState<SaveStatus>(opening.status);
  const [found, setFound] = useState(opening.found);
  const [notice, setNotice] = useState<SaveNotice>(opening.discarded ? 'discarded' : null);

  useEffect(() => {
    if (opening.discarded) clearSavedProgress();
  }, [opening]);

  // A notice belongs to the intro it was shown on; it goes once the person moves on.
  useEffect(() => {
    const subscription = actor.subscribe((snapshot) => {
      if (!snapshot.matches('intro')) setNotice(null);
    });
    return () => subscription.unsubscribe();
  }, [actor]);

  useEffect(() => {
    if (status !== 'on') return;
    const write = (snapshot: Snapshot) => {
      if (!save(snapshot)) setStatus('unavailable');
    };
    write(actor.getSnapshot());
    const subscription = actor.subscribe(write);
    return () => subscription.unsubscribe();
  }, [actor, status]);

  const value: SaveProgress = {
    status,
    found,
    notice,
    setSaving: (on) => {
      if (on) {
        setStatus(canSaveProgress() ? 'on' : 'unavailable');
        return;
      }
      clearSavedProgress();
      setStatus('off');
    },
    clear: () => {
      clearSavedProgress();
      setStatus((current) => (current === 'unavailable' ? current : 'off'));
      setFound(null);
      actor.send({ type: 'restart' });
      setNotice('cleared');
    },
    continueSaved: () => {
      if (!found) return;
      setFound(null);
      const { answers, questionId, perspective } = found;
      actor.send({ type: 'resume', answers, questionId, ...(perspective ? { perspective } : {}) });
      if (actor.getSnapshot().matches('intro')) {
        clearSavedProgress();
        setNotice('discarded');
        return;
      }
      setStatus(canSaveProgress() ? 'on' : 'unavailable');
    },
    discardSaved: () => {
      clearSavedProgress();
      setFound(null);
      setNotice('cleared');
    },
  };
  return <SaveProgressContext.Provider value={value}>{children}</SaveProgressContext.Provider>;
}

export function useSaveProgress(): SaveProgress {
  const value = useContext(SaveProgressContext);
  if (!value) throw new Error('useSaveProgress() needs a SaveProgressProvider');
  return value;
}
