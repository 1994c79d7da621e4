/**
 * Interrupts the questions at once after a crisis answer: an overdose now (SAFE-1), thoughts of
 * suicide or self-harm (SAFE-2), or signs of a dangerous withdrawal now, which need the emergency
 * department or 911 rather than waiting at home (WD-1). Each shows where to get help first, then
 * lets the person go on with the questions. They are part of the first load, words included (see
 * load-plan.ts), so no failed download can stand between a crisis answer and its help.
 */
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { CrisisKind } from '../../../questions/schema.ts';
import { useMessages } from '../messages.tsx';
import { BackLink } from '../components/back-link.tsx';
import { useLocale } from '../locale/locale-context.ts';
import { ContactLink, ContactList } from '../components/contact-link.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';

const helpFor = {
  overdose: OverdoseSteps,
  'self-harm': SelfHarmHelp,
  'medical-emergency': EmergencyCareHelp,
} as const satisfies Record<CrisisKind, () => ReactNode>;

/**
 * On a phone the person may have scrolled down the question page to press Continue, which leaves
 * the header, and "Leave this site" in it, scrolled away. A crisis screen opens at the top of the
 * page instead, whenever its heading (which has focus) still shows there, so the way out is in view
 * together with the help.
 */
function useOpenAtTop(panel: RefObject<HTMLElement | null>, kind: CrisisKind) {
  useEffect(() => {
    const heading = panel.current?.querySelector('h1');
    if (!heading || window.scrollY === 0) return;
    if (heading.getBoundingClientRect().bottom + window.scrollY <= window.innerHeight) window.scrollTo(0, 0);
  }, [panel, kind]);
}

export function CrisisScreen({ kind }: { kind: CrisisKind }) {
  const messages = useMessages();
  const actor = QuestionnaireActor.useActorRef();
  const panel = useRef<HTMLDivElement>(null);
  useOpenAtTop(panel, kind);
  const t = messages.crisis;
  const title = { overdose: t.overdoseTitle, 'self-harm': t.selfHarmTitle, 'medical-emergency': t.emergencyTitle }[
    kind
  ];
  const Help = helpFor[kind];
  return (
    <>
      <BackLink />
      <div className="crisis-panel" ref={panel}>
        {/* The tab's title and its history entry say nothing of the crisis. */}
        <PageHeading title={null}>{title}</PageHeading>
        <Help />
      </div>
      <p>{t.continueNote}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => actor.send({ type: 'crisis.continue' })}
      >
        {t.continue}
      </button>
    </>
  );
}

function OverdoseSteps() {
  const messages = useMessages();
  const { contacts } = useLocale();
  return (
    <>
      <p className="crisis-call">
        <ContactLink contact={contacts.emergency} withLabel />
      </p>
      <ol className="list list--number">
        {messages.crisis.overdoseSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </>
  );
}

/** Why these signs cannot wait, then the one thing to press. */
function EmergencyCareHelp() {
  const messages = useMessages();
  const { contacts } = useLocale();
  return (
    <>
      <p>{messages.crisis.emergencyLead}</p>
      <p className="crisis-call">
        <ContactLink contact={contacts.emergency} withLabel />
      </p>
    </>
  );
}

function SelfHarmHelp() {
  const messages = useMessages();
  const { contacts } = useLocale();
  const t = messages.crisis;
  return (
    <>
      <p>{t.selfHarmLead}</p>
      <ContactList contacts={[contacts.lifelineCall, contacts.lifelineText, contacts.lifelineChat]} />
      <p>{t.selfHarmLanguages}</p>
      <p>
        {t.inDanger} <ContactLink contact={contacts.emergency} withLabel />
      </p>
    </>
  );
}
