/** What shows while a screen's part is on its way (see load-plan.ts): one calm line, announced politely. */
import { Suspense, type ReactNode } from 'react';
import { useMessages } from '../messages.tsx';

export function ScreenLoading() {
  return (
    <p className="screen-loading" role="status">
      {useMessages().speed.loadingPage}
    </p>
  );
}

export function LazyBoundary({ children }: { children: ReactNode }) {
  return <Suspense fallback={<ScreenLoading />}>{children}</Suspense>;
}
