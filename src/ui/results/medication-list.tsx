import type { Medication } from '../../rules/recommendation.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { StatementList } from './statement-list.tsx';

export function MedicationList({ medications }: { medications: readonly Medication[] }) {
  const messages = useAllMessages();
  return (
    <ul className="card-list">
      {medications.map((medication) => (
        <li key={medication.id} className="card">
          <h3 className="heading-m">{medication.name}</h3>
          {medication.stance === 'not-now' ? <p className="tag tag--warning">{messages.results.notNow}</p> : null}
          <p>{medication.howGiven}</p>
          <StatementList statements={medication.notes} />
          <StatementList statements={medication.cautions} cautionLabel={messages.results.cautionLabel} />
        </li>
      ))}
    </ul>
  );
}
