import type { Medication } from '../../rules/recommendation.ts';
import { en } from '../../i18n/en.ts';
import { StatementList } from './statement-list.tsx';

export function MedicationList({ medications }: { medications: readonly Medication[] }) {
  return (
    <ul className="card-list">
      {medications.map((medication) => (
        <li key={medication.id} className="card">
          <h3 className="heading-m">{medication.name}</h3>
          {medication.stance === 'not-now' ? <p className="tag tag--warning">{en.results.notNow}</p> : null}
          <p>{medication.howGiven}</p>
          <StatementList statements={medication.notes} />
          <StatementList statements={medication.cautions} cautionLabel={en.results.cautionLabel} />
        </li>
      ))}
    </ul>
  );
}
