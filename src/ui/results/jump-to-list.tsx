/**
 * "Jump to": the results' sections as in-page links, after "Do this now". A link moves focus to
 * the section's heading and scrolls it into view without changing the address: a `#hash` would
 * add an entry to the tab's history, which browser Back would then step through.
 */
import type { MouseEvent } from 'react';
import { useAllMessages } from '../locale/use-all-messages.ts';

export type JumpTarget = { readonly id: string; readonly title: string };

function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  event.preventDefault();
  heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: true });
  heading.scrollIntoView({ block: 'start' });
}

export function JumpToList({ targets }: { targets: readonly JumpTarget[] }) {
  const t = useAllMessages().results;
  return (
    <nav className="jump-to no-print" aria-labelledby="results-jump-to">
      <h2 id="results-jump-to" className="heading-s">
        {t.jumpTo}
      </h2>
      <ul className="jump-to__list">
        {targets.map((target) => (
          <li key={target.id}>
            <a href={`#${target.id}`} onClick={(event) => jumpTo(event, target.id)}>
              {target.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
