/**
 * Moving on into a perspective whose words may not have arrived yet (Start after "Someone I care
 * about", or continuing answers saved about someone else): the next screen must speak that way from
 * its first frame, so it waits for them. `prefetch` starts the download as soon as the choice is
 * known; `go` moves on at once when the words are here, else once they arrive. When they cannot be
 * fetched (offline), `failures` counts up so the screen can say so, and `go` may simply be tried
 * again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Perspective } from '../../../questions/perspective.ts';
import { useLocale } from './locale-provider.tsx';

export type WordsFirst = {
  /** True while `go` waits for the words. */
  waiting: boolean;
  /** How many times `go` failed since the last choice; 0 when there is nothing to say. */
  failures: number;
  prefetch: (perspective: Perspective) => void;
  go: (perspective: Perspective, next: () => void) => void;
  /** Forgets a pending `go` and any failure: the choice it was for has changed. */
  reset: () => void;
};

export function useWordsFirst(): WordsFirst {
  const { hasWords, prepareWords } = useLocale();
  const [waiting, setWaiting] = useState(false);
  const [failures, setFailures] = useState(0);
  // Only the latest `go` may move on; a changed choice or leaving the screen cancels the others.
  const latest = useRef(0);
  useEffect(() => {
    const attempts = latest;
    return () => {
      attempts.current += 1;
    };
  }, []);

  const reset = () => {
    latest.current += 1;
    setWaiting(false);
    setFailures(0);
  };
  const go = (perspective: Perspective, next: () => void) => {
    latest.current += 1;
    const attempt = latest.current;
    if (hasWords(perspective)) {
      setWaiting(false);
      next();
      return;
    }
    setWaiting(true);
    prepareWords(perspective).then(
      () => {
        if (attempt !== latest.current) return;
        setWaiting(false);
        next();
      },
      () => {
        if (attempt !== latest.current) return;
        setWaiting(false);
        setFailures((count) => count + 1);
      },
    );
  };
  // Stable while the language is, so a screen can prefetch from an effect.
  const prefetch = useCallback(
    (perspective: Perspective) => {
      void prepareWords(perspective).catch(() => undefined);
    },
    [prepareWords],
  );
  return { waiting, failures, prefetch, go, reset };
}
