/**
 * The components whose code is a part of its own (see load-plan.ts). Each renders at once when its
 * part has arrived, and otherwise suspends: the nearest `LazyBoundary` shows a loading line until
 * it has.
 */
import { lazy, Suspense, useState, type ComponentType } from 'react';
import type { ClinicConfig } from '../embed/clinic-config.ts';
import { parts } from './load-plan.ts';
import type { Once } from './once.ts';

export function lazyComponent<Props extends object>(part: Once<ComponentType<Props>>): ComponentType<Props> {
  const Deferred = lazy(() => part.load().then((component) => ({ default: component })));
  function Lazy(props: Props) {
    // Chosen once per mounted screen: switching component type later would remount it.
    const [Component] = useState<ComponentType<Props>>(() => part.peek() ?? Deferred);
    return <Component {...props} />;
  }
  return Lazy;
}

export const CrisisScreen = lazyComponent(parts.crisisScreen);
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
