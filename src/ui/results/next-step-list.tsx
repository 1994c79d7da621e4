import type { NextStep } from '../../rules/recommendation.ts';
import { ContactList } from '../components/contact-link.tsx';

export function NextStepList({ steps }: { steps: readonly NextStep[] }) {
  return (
    <ol className="step-list">
      {steps.map((step) => (
        <li key={step.id} className="step-list__item" data-step={step.id}>
          <h3 className="heading-s">{step.title}</h3>
          <p>{step.text}</p>
          {step.contacts.length > 0 ? <ContactList contacts={step.contacts} /> : null}
        </li>
      ))}
    </ol>
  );
}
