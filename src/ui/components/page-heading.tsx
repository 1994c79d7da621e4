/**
 * The page's one h1. It takes focus when the step changes, so a screen reader announces the new
 * page and keyboard users start from the top; on the very first page load focus stays where the
 * browser puts it. It also sets the document title.
 */
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { en } from '../../i18n/en.ts';

const FirstScreen = createContext<{ current: boolean }>({ current: false });

/** Wrap the screens: the first one rendered inside does not steal focus on page load. */
export function StepFocusProvider({ children }: { children: ReactNode }) {
  const isFirstScreen = useRef(true);
  useEffect(() => {
    isFirstScreen.current = false;
  }, []);
  return <FirstScreen.Provider value={isFirstScreen}>{children}</FirstScreen.Provider>;
}

type Props = { children: ReactNode; title: string; className?: string };

export function PageHeading({ children, title, className = 'heading-l' }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  const isFirstScreen = useContext(FirstScreen);
  useEffect(() => {
    document.title = en.pageTitle(title);
  }, [title]);
  useEffect(() => {
    if (!isFirstScreen.current) ref.current?.focus();
  }, [isFirstScreen]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
