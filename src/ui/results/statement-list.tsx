import type { Statement } from '../../rules/recommendation.ts';

export function StatementList({
  statements,
  cautionLabel,
}: {
  statements: readonly Statement[];
  cautionLabel?: string;
}) {
  if (statements.length === 0) return null;
  return (
    <ul className="list list--bullet">
      {statements.map((statement) => (
        <li key={statement.id}>
          {cautionLabel ? <strong className="caution-label">{cautionLabel} </strong> : null}
          {statement.text}
        </li>
      ))}
    </ul>
  );
}
