import type { Contact } from '../../rules/helplines.ts';

/**
 * A phone, text or web contact as a real link (tel:, sms:, https:), its number always visible
 * and never broken across lines.
 */
export function ContactLink({ contact, withLabel = false }: { contact: Contact; withLabel?: boolean }) {
  if (withLabel && contact.label.includes(contact.display)) {
    return (
      <a className="contact-link" href={contact.href}>
        {contact.label}
      </a>
    );
  }
  return (
    <a className="contact-link" href={contact.href}>
      {withLabel ? `${contact.label} ` : null}
      <span className="nowrap">{contact.display}</span>
    </a>
  );
}

/** Contacts as a list of labelled links: a step's phone, text and web ways to reach the same help. */
export function ContactList({ contacts, className = '' }: { contacts: readonly Contact[]; className?: string }) {
  return (
    <ul className={`list contact-list ${className}`.trim()}>
      {contacts.map((contact) => (
        <li key={contact.href}>
          <ContactLink contact={contact} withLabel />
        </li>
      ))}
    </ul>
  );
}
