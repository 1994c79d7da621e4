import type { ReactNode } from 'react';

/** A titled region of the results page, so screen reader users can jump between them. */
export function ResultsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="heading-l">
        {title}
      </h2>
      {children}
    </section>
  );
}
