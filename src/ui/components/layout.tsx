import type { ReactNode } from 'react';
import { helplines } from '../../rules/helplines.ts';
import { useMessages } from '../messages.tsx';
import { ContactLink } from './contact-link.tsx';

/** Header with the service name and the helpline on every screen, so help is never a step away. */
export function Layout({ children }: { children: ReactNode }) {
  const messages = useMessages();
  return (
    <>
      <a className="skip-link" href="#main-content">
        {messages.skipLink}
      </a>
      <header className="site-header">
        <div className="width-container">
          <p className="service-name">{messages.serviceName}</p>
        </div>
      </header>
      <div className="helpline-banner" role="region" aria-label="Helpline">
        <div className="width-container">
          <p>
            {messages.helplineBanner} <ContactLink contact={helplines.samhsa} /> {messages.helplineBannerNote}
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
          <p>{messages.notDiagnosis}</p>
        </div>
      </footer>
    </>
  );
}
