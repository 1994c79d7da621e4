/**
 * Coordinator mode, on a question page: number keys choose an answer and Enter continues (see
 * `choice-keys.ts`). Every question page calls this hook, but only coordinator mode needs the keys,
 * so their code is a chunk of its own, fetched with the coordinator's shell before the first
 * render (`preloadForOptions`): a self-check never downloads it.
 */
import { useEffect, type RefObject } from 'react';

/** The key handling, fetched once; in coordinator mode it has arrived before any question shows. */
export const loadChoiceKeys = () => import('./choice-keys.ts');

export function useChoiceKeys(formRef: RefObject<HTMLFormElement | null>, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    let mounted = true;
    let stop: (() => void) | undefined;
    loadChoiceKeys().then(
      ({ listenForChoiceKeys }) => {
        if (mounted) stop = listenForChoiceKeys(formRef);
      },
      // Without them (a failed download), answers are still chosen by mouse, Tab and Space.
      () => undefined,
    );
    return () => {
      mounted = false;
      stop?.();
    };
  }, [formRef, enabled]);
}
