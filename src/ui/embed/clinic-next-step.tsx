/**
 * After the result is shown to the clinic's page: how to reach the clinic, since nobody is told by
 * the self-check. The clinic's number (a tel: link built from its digits) and its booking page (an
 * https address clinic-config.ts has checked), each only when the clinic gave one.
 */
import type { ClinicConfig } from '../../embed/clinic-config.ts';
import { telHref } from '../../embed/clinic-display.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';

export function ClinicNextStep({ clinic }: { clinic: ClinicConfig }) {
  const t = useAllMessages().embed;
  const { phone, bookingUrl } = clinic;
  return (
    <>
      <p>{t.nextStep(clinic.name)}</p>
      {phone === undefined && bookingUrl === undefined ? null : (
        <ul className="list">
          {phone === undefined ? null : (
            <li>
              {t.callClinic(clinic.name)}{' '}
              <a className="contact-link" href={telHref(phone)}>
                <span className="nowrap">{phone}</span>
              </a>
            </li>
          )}
          {bookingUrl === undefined ? null : (
            <li>
              <a href={bookingUrl} target="_blank" rel="noopener noreferrer">
                {t.bookOnline(clinic.name)}
              </a>
            </li>
          )}
        </ul>
      )}
    </>
  );
}
