import type { Reason } from '../../rules/recommendation.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';

/** "Why we suggest this": the answers that led to a conclusion. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  const messages = useAllMessages();
  if (reasons.length === 0) return null;
  return (
    <>
      <h3 className="heading-s">{messages.results.reasonsHeading}</h3>
      <ul className="list list--bullet">
        {reasons.map((reason) => (
          <li key={`${reason.questionId}:${reason.text}`}>{reason.text}</li>
        ))}
      </ul>
    </>
  );
}
