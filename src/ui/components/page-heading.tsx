/**
 * The page's one h1. It takes focus when the step changes, and the page scrolls back to its top, so a
 * screen reader announces the new page and everyone starts from the top; on the first page load, before the person has done
 * anything, focus stays where the browser puts it. It also sets the document title.
 */
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useMessages } from '../messages.tsx';
import { QuestionnaireActor, screenKeyOf } from '../questionnaire-actor.tsx';

const HasNavigated = createContext<{ current: boolean }>({ current: true });

/**
 * Wrap the screens. "Navigated" means the machine has moved at least once: that, unlike effect
 * timing, stays true to what the person did even when React runs effects twice in development.
 */
export function StepFocusProvider({ children }: { children: ReactNode }) {
  const actor = QuestionnaireActor.useActorRef();
  const hasNavigated = useRef(false);
  useEffect(() => {
    // Compare screens, not emissions: a restarted actor emits its unchanged first snapshot again.
    const firstScreen = screenKeyOf(actor.getSnapshot());
    const subscription = actor.subscribe((snapshot) => {
      if (screenKeyOf(snapshot) !== firstScreen) hasNavigated.current = true;
    });
    return () => subscription.unsubscribe();
  }, [actor]);
  return <HasNavigated.Provider value={hasNavigated}>{children}</HasNavigated.Provider>;
}

/** `title` goes before the service name in the tab's title; null leaves the service name alone. */
type Props = { children: ReactNode; title: string | null; className?: string };

export function PageHeading({ children, title, className = 'heading-l' }: Props) {
  const messages = useMessages();
  const ref = useRef<HTMLHeadingElement>(null);
  const hasNavigated = useContext(HasNavigated);
  useEffect(() => {
    document.title = title === null ? messages.serviceName : messages.pageTitle(title);
  }, [messages, title]);
  useEffect(() => {
    if (!hasNavigated.current) return;
    // Each step changes the page in place, which keeps the scroll position: a new screen starts at
    // the top, with the way out, Back and the progress line in view (focus alone would scroll only
    // as far as the heading).
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, [hasNavigated]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
