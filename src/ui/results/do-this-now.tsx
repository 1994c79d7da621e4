/**
 * "Do this now", right under the results' heading: the one call to make, what to say on it and the
 * one safety step (src/rules/do-this-now.ts), short enough to be read whole on the first screen
 * of a phone. In a clinic's embed, with no crisis, the clinic's own phone and booking page come
 * first and the helpline after them. A crisis call shows its title and numbers only: the urgent
 * panel just below has the rest of what to do.
 */
import type { ClinicConfig } from '../../embed/clinic-config.ts';
import { telHref } from '../../embed/clinic-display.ts';
import type { DoThisNow as Plan } from '../../rules/recommendation.ts';
import { useAppOptions } from '../app-options.tsx';
import { ContactLink } from '../components/contact-link.tsx';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { ListenButton } from '../read-aloud/listen-button.tsx';

const headingId = 'results-do-this-now';

/** The clinic to call first, when the page is its embed and it gave a phone or a booking page. */
function useClinicFirst(plan: Plan): ClinicConfig | null {
  const { embed, clinic } = useAppOptions();
  if (!embed || clinic === null || plan.call.id !== 'samhsa-helpline') return null;
  return clinic.phone === undefined && clinic.bookingUrl === undefined ? null : clinic;
}

function ClinicCall({ clinic }: { clinic: ClinicConfig }) {
  const t = useAllMessages().embed;
  return (
    <ul className="do-this-now__calls">
      {clinic.phone === undefined ? null : (
        <li>
          {t.callClinic(clinic.name)}{' '}
          <a className="contact-link" href={telHref(clinic.phone)}>
            <span className="nowrap">{clinic.phone}</span>
          </a>
        </li>
      )}
      {clinic.bookingUrl === undefined ? null : (
        <li>
          <a href={clinic.bookingUrl} target="_blank" rel="noopener noreferrer">
            {t.bookOnline(clinic.name)}
          </a>
        </li>
      )}
    </ul>
  );
}

/** What Listen reads for the call: the clinic's name and number first when the clinic comes first. */
function useSpokenCall(plan: Plan, clinic: ClinicConfig | null): (string | undefined)[] {
  const words = useAllMessages();
  const { call } = plan;
  if (call.id !== 'samhsa-helpline') return [call.title];
  if (clinic === null) return [call.title, call.text];
  const helplineNumber = call.contacts.find((contact) => contact.href.startsWith('tel:'))?.display;
  return [
    clinic.phone === undefined ? undefined : `${words.embed.callClinic(clinic.name)} ${clinic.phone}.`,
    `${words.results.doThisNow.orHelpline} ${helplineNumber ?? ''}`,
  ];
}

export function DoThisNow({ plan }: { plan: Plan }) {
  const t = useAllMessages().results.doThisNow;
  const clinic = useClinicFirst(plan);
  const { call, script, safety } = plan;
  const crisis = call.id !== 'samhsa-helpline';
  const said = script.map((line) => line.text).join(' ');
  const callText = crisis ? undefined : call.text;
  const spokenCall = useSpokenCall(plan, clinic);
  // A crisis step's text, chat and text lines are in the urgent panel just below: here, the calls.
  const contacts = crisis ? call.contacts.filter((contact) => contact.href.startsWith('tel:')) : call.contacts;
  return (
    <section className="do-this-now" aria-labelledby={headingId}>
      {/* The Listen button shares the heading's line, so it costs the box no height. */}
      <div className="do-this-now__top">
        <h2 id={headingId} className="heading-m">
          {t.heading}
        </h2>
        <ListenButton
          label={t.listen}
          text={[t.heading, ...spokenCall, said === '' ? undefined : `${t.whatToSay}: ${said}`, safety.text]}
        />
      </div>
      {clinic ? (
        <>
          <ClinicCall clinic={clinic} />
          <p>
            {t.orHelpline}{' '}
            {call.contacts.map((contact) => (
              <ContactLink key={contact.href} contact={contact} />
            ))}
          </p>
        </>
      ) : (
        <>
          <p>
            <strong>{call.title}.</strong> {callText}
          </p>
          <ul className={crisis ? 'do-this-now__calls do-this-now__calls--labelled' : 'do-this-now__calls'}>
            {contacts.map((contact) => (
              <li key={contact.href}>
                <ContactLink contact={contact} withLabel={crisis} />
              </li>
            ))}
          </ul>
        </>
      )}
      {said === '' ? null : (
        <p className="do-this-now__script">
          <strong>{t.whatToSay}:</strong> {said}
        </p>
      )}
      <p>
        <strong>{t.safetyLabel}</strong> {safety.text}
      </p>
    </section>
  );
}
