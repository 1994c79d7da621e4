/**
 * The components whose code is a part of its own (see load-plan.ts). Each renders at once when its
 * part has arrived, and otherwise suspends: the nearest `LazyBoundary` shows a loading line until
 * it has. If the download fails, the error reaches the screens' error boundary. React keeps a
 * failed `lazy` failed for good, so each retry round (components/retry-round.ts) after a failure
 * makes a new one, which downloads again.
 */
import { lazy, Suspense, useContext, useState, type ComponentType } from 'react';
import type { ClinicConfig } from '../embed/clinic-config.ts';
import { RetryRound } from './components/retry-round.ts';
import { parts } from './load-plan.ts';
import type { Once } from './once.ts';

type Attempt<Props> = { round: number; failed: boolean; component: ComponentType<Props> };

export function lazyComponent<Props extends object>(part: Once<ComponentType<Props>>): ComponentType<Props> {
  const attemptIn = (round: number): Attempt<Props> => {
    const attempt: Attempt<Props> = {
      round,
      failed: false,
      component: lazy(() =>
        part.load().then(
          (component) => ({ default: component }),
          (error: unknown) => {
            attempt.failed = true;
            throw error;
          },
        ),
      ),
    };
    return attempt;
  };
  let latest = attemptIn(0);
  const componentFor = (round: number): ComponentType<Props> => {
    if (latest.failed && latest.round < round) latest = attemptIn(round);
    return latest.component;
  };
  function Lazy(props: Props) {
    const round = useContext(RetryRound);
    // Chosen once per mounted screen: switching component type later would remount it.
    const [Component] = useState<ComponentType<Props>>(() => part.peek() ?? componentFor(round));
    return <Component {...props} />;
  }
  return Lazy;
}

export const CoordinatorCrisisScreen = lazyComponent(parts.coordinatorCrisis);
export const CheckAnswersScreen = lazyComponent(parts.checkScreen);
export const ResultsScreen = lazyComponent(parts.resultsScreen);
export const CoordinatorShell = lazyComponent(parts.coordinatorShell);
const ResizeReporter = lazyComponent(parts.resizeReporter);
const ClinicContact = lazyComponent(parts.clinicContact);

/** Embed with a clinic only: the clinic's line beside the helpline, once its part has arrived. */
export function EmbedClinicContact({ clinic }: { clinic: ClinicConfig }) {
  return (
    <Suspense fallback={null}>
      <ClinicContact clinic={clinic} />
    </Suspense>
  );
}

/** Embed only: tells the host page the frame's height, once its small part has arrived. */
export function EmbedResizeReporter() {
  return (
    <Suspense fallback={null}>
      <ResizeReporter />
    </Suspense>
  );
}
