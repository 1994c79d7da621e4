import type { ReactNode } from 'react';
import { helplines } from '../../rules/helplines.ts';
import { en } from '../../i18n/en.ts';
import { ContactLink } from './contact-link.tsx';

/** Header with the service name and the helpline on every screen, so help is never a step away. */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main-content">
        {en.skipLink}
      </a>
      <header className="site-header">
        <div className="width-container">
          <p className="service-name">{en.serviceName}</p>
        </div>
      </header>
      <div className="helpline-banner" role="region" aria-label="Helpline">
        <div className="width-container">
          <p>
            {en.helplineBanner} <ContactLink contact={helplines.samhsa} /> {en.helplineBannerNote}
          </p>
        </div>
      </div>
      <div className="width-container">
        <main id="main-content" className="main">
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="width-container">
          <p>{en.notDiagnosis}</p>
        </div>
      </footer>
    </>
  );
}
