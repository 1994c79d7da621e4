import type { Contact } from '../../rules/helplines.ts';

/**
 * A phone, text or web contact as a real link (tel:, sms:, https:), its number always visible
 * and never broken across lines.
 */
export function ContactLink({ contact, withLabel = false }: { contact: Contact; withLabel?: boolean }) {
  const labelHasNumber = contact.label.includes(contact.display);
  return (
    <a className="contact-link" href={contact.href}>
      {withLabel && labelHasNumber ? contact.label : null}
      {withLabel && !labelHasNumber ? `${contact.label} ` : null}
      {withLabel && labelHasNumber ? null : <span className="nowrap">{contact.display}</span>}
    </a>
  );
}
