import type { NextStep } from '../../rules/recommendation.ts';
import { ContactLink } from '../components/contact-link.tsx';

export function NextStepList({ steps }: { steps: readonly NextStep[] }) {
  return (
    <ol className="step-list">
      {steps.map((step) => (
        <li key={step.id} className="step-list__item" data-step={step.id}>
          <h3 className="heading-s">{step.title}</h3>
          <p>{step.text}</p>
          {step.contacts.length > 0 ? (
            <ul className="list contact-list">
              {step.contacts.map((contact) => (
                <li key={contact.href}>
                  <ContactLink contact={contact} withLabel />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
