/**
 * GOV.UK error summary: appears above the form after a failed Continue, takes focus so it is
 * announced, and links to the field. The link moves focus to the first option itself, since a
 * plain fragment jump would leave focus behind on some browsers.
 */
import { useEffect, useId, useRef } from 'react';
import { useMessages } from '../messages.tsx';

type Props = { message: string; fieldId: string; /** Changes on every failed Continue, to refocus. */ attempt: number };

export function ErrorSummary({ message, fieldId, attempt }: Props) {
  const messages = useMessages();
  const ref = useRef<HTMLDivElement>(null);
  // Unique, since two summaries can be on the intro at once (saved answers and Start).
  const titleId = `${useId()}-error-summary-title`;
  useEffect(() => {
    ref.current?.focus();
  }, [message, attempt]);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {messages.errorSummaryTitle}
      </h2>
      <ul className="list error-summary__list">
        <li>
          <a
            href={`#${fieldId}`}
            onClick={(event) => {
              event.preventDefault();
              const field = document.getElementById(fieldId);
              field?.focus();
              field?.closest('fieldset')?.scrollIntoView({ block: 'start' });
            }}
          >
            {message}
          </a>
        </li>
      </ul>
    </div>
  );
}
