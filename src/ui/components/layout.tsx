import { Fragment, type ReactNode } from 'react';
import { useMessages } from '../messages.tsx';
import { ContactLink } from './contact-link.tsx';
import { QuickExitButton, QuickExitLink, QuickExitNote, QuickExitProvider } from '../quick-exit/quick-exit.tsx';
import { useAppOptions } from '../app-options.tsx';
import { EmbedClinicContact, EmbedResizeReporter } from '../lazy-parts.tsx';
import { LanguageSwitch } from '../locale/language-switch.tsx';
import { useLocale } from '../locale/locale-context.ts';
import { OfflineNotice } from './offline-notice.tsx';

/**
 * Header with the service name and the helpline on every screen, so help is never a step away.
 * Inside a clinic's iframe (`embed=1`) the page chrome goes (the service name and the footer) but
 * the quick exit and the helpline stay, with the clinic's number beside the helpline. In coordinator
 * mode there is no quick exit (it would wipe the call): the coordinator's shell puts "New caller"
 * in its place (`#coordinator-exit`, see coordinator/coordinator-shell.tsx). With no connection, the
 * top of the main content says so (offline-notice.tsx), below the way out and the helpline.
 */
export function Layout({ children }: { children: ReactNode }) {
  const messages = useMessages();
  const { embed, clinic, mode } = useAppOptions();
  const coordinator = mode === 'coordinator';
  const Exit = coordinator ? Fragment : QuickExitProvider;
  const { contacts } = useLocale();
  // In a frame, the landmarks are named so they differ from the clinic page's own header and main.
  const frameLandmark = messages.serviceName;
  return (
    <Exit>
      {embed ? <EmbedResizeReporter /> : null}
      <header
        className={embed ? 'site-header site-header--embed' : 'site-header'}
        aria-label={embed ? frameLandmark : undefined}
      >
        {/* Both skip-style links sit in the banner landmark, the way out first. */}
        {coordinator ? null : <QuickExitLink />}
        <a className="skip-link" href="#main-content">
          {messages.skipLink}
        </a>
        <div className="width-container site-header__inner">
          {embed ? null : <p className="service-name">{messages.serviceName}</p>}
          <LanguageSwitch />
          {coordinator ? <div id="coordinator-exit" className="coordinator-exit" /> : <QuickExitButton />}
        </div>
        {coordinator ? null : <QuickExitNote />}
      </header>
      <div className="helpline-banner" role="region" aria-label={messages.locale.helplineRegion}>
        <div className="width-container">
          <p>
            {messages.helplineBanner} <ContactLink contact={contacts.samhsa} /> {messages.helplineBannerNote}
          </p>
          {embed && clinic !== null ? <EmbedClinicContact clinic={clinic} /> : null}
        </div>
      </div>
      <div className="width-container">
        <main id="main-content" className="main" aria-label={embed ? frameLandmark : undefined}>
          <OfflineNotice />
          {children}
        </main>
      </div>
      {embed ? null : (
        <footer className="site-footer">
          <div className="width-container">
            <p>{messages.notDiagnosis}</p>
          </div>
        </footer>
      )}
    </Exit>
  );
}
