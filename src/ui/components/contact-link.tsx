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
