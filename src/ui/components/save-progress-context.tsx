/**
 * Saving answers on this device, only when the person asks. Holds the choice (off by default),
 * what was found in storage when the page opened, and writes the machine's answers and current
 * step after every move while saving is on. Storage can fail at any time; then saving turns
 * "unavailable" and the questionnaire goes on without it. What storage held is checked by a reader
 * that is downloaded only when something was stored (see load-plan.ts).
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';
import {
  canSaveProgress,
  clearSavedProgress,
  readSavedProgress,
  writeSavedProgress,
} from '../../storage/local-store.ts';
import { serializeProgress, type SavedProgress } from '../../storage/saved-format.ts';
import type { loadSavedProgress } from '../../storage/saved-progress.ts';
import type { Once } from '../once.ts';

/** Checks what storage held; a part of its own (see load-plan.ts), handed in by the app. */
export type SavedProgressReader = Once<ReadSaved>;
type ReadSaved = typeof loadSavedProgress;

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

/** What storage held when the page opened (null: nothing), read once. */
function openingState(): { status: SaveStatus; stored: string | null } {
  const read = readSavedProgress();
  return read.ok ? { status: 'off', stored: read.raw } : { status: 'unavailable', stored: null };
}

type Checked = { found: SavedProgress | null; discarded: boolean };

function check(read: ReadSaved, stored: string): Checked {
  const loaded = read(stored, Date.now());
  return { found: loaded.status === 'found' ? loaded.progress : null, discarded: loaded.status === 'discarded' };
}

/** Whether storage still holds what the page found when it opened (not cleared, nothing newer saved). */
function stillStored(stored: string): boolean {
  const now = readSavedProgress();
  return now.ok && now.raw === stored;
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

export function SaveProgressProvider({ reader, children }: { reader: SavedProgressReader; children: ReactNode }) {
  const actor = QuestionnaireActor.useActorRef();
  const [opening] = useState(openingState);
  // Checked at once when the reader has already arrived, as it has when the page loaded it first.
  const [checkedAtOpen] = useState<Checked | null>(() => {
    const read = reader.peek();
    return read && opening.stored !== null ? check(read, opening.stored) : null;
  });
  const [status, setStatus] = useState<SaveStatus>(opening.status);
  const [found, setFound] = useState(checkedAtOpen?.found ?? null);
  const [notice, setNotice] = useState<SaveNotice>(checkedAtOpen?.discarded ? 'discarded' : null);

  useEffect(() => {
    const { stored } = opening;
    if (stored === null) return;
    if (checkedAtOpen) {
      if (checkedAtOpen.discarded && stillStored(stored)) clearSavedProgress();
      return;
    }
    let current = true;
    reader.load().then(
      (read) => {
        // Cleared or saved over while the reader was on its way: there is nothing left to offer or delete.
        if (!current || !stillStored(stored)) return;
        const checked = check(read, stored);
        if (checked.found) setFound(checked.found);
        if (!checked.discarded) return;
        clearSavedProgress();
        // The notice belongs to the intro: someone who has moved on is not interrupted.
        if (actor.getSnapshot().matches('intro')) setNotice('discarded');
      },
      // Without the reader (a failed download) nothing is offered, and nothing stored is touched.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [actor, opening, checkedAtOpen, reader]);

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
      // Ticking "Save" beside an offer to continue saved answers must not save nothing over them:
      // they are kept until the person continues, clears them, or gives a new answer.
      if (found && Object.keys(snapshot.context.answers).length === 0) return;
      if (!save(snapshot)) setStatus('unavailable');
    };
    write(actor.getSnapshot());
    const subscription = actor.subscribe(write);
    return () => subscription.unsubscribe();
  }, [actor, status, found]);

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
