/**
 * The embedding clinic's name and number, shown beside the SAMHSA helpline (never instead of it).
 * Both are plain text from the validated config; the link is built from the number's digits only.
 */
import type { ClinicConfig } from '../../embed/clinic-config.ts';
import { telHref } from '../../embed/clinic-display.ts';
import { useMessages } from '../messages.tsx';
import { clinicAccentStyle } from './clinic-accent.ts';

export function ClinicContact({ clinic }: { clinic: ClinicConfig }) {
  const t = useMessages().clinicContact;
  return (
    <p className="clinic-contact" style={clinicAccentStyle(clinic)}>
      {clinic.phone === undefined ? (
        t.shared(clinic.name)
      ) : (
        <>
          {t.call(clinic.name)}{' '}
          <a className="contact-link" href={telHref(clinic.phone)}>
            <span className="nowrap">{clinic.phone}</span>
          </a>
        </>
      )}
    </p>
  );
}
