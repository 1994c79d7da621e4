/**
 * Quick exit (the GOV.UK "Exit this page" pattern) for someone who must hide what they are doing
 * at once: a "Leave this site" button at the top of every screen, a skip-style link that is the
 * first thing a keyboard or screen reader reaches, and Shift pressed three times. Leaving forgets
 * every answer (in memory and on the device), blanks the page before anything else happens, then
 * replaces it with a neutral page. A short note says what the button does, on the first screen of
 * each page load only; nothing about it is stored.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { useAppOptions } from '../app-options.tsx';
import { useMessages } from '../messages.tsx';
import { QuestionnaireActor, screenKeyOf } from '../questionnaire-actor.tsx';
import { QUICK_EXIT_URL } from './exit-config.ts';
import { parts } from '../load-plan.ts';
import { forgetStoredAnswers, replaceWithNeutralPage } from './leave-site.ts';
import { stopSpeaking } from '../read-aloud/speech.ts';
import { useShiftExit } from './use-shift-exit.ts';
import { clearCopiedText } from '../copy-text.ts';

const LeaveContext = createContext<() => void>(() => undefined);

/** Wraps the whole page: while leaving, it shows only a blank "Loading." cover. */
export function QuickExitProvider({ children }: { children: ReactNode }) {
  const messages = useMessages().quickExit;
  const actor = QuestionnaireActor.useActorRef();
  const { parentOrigin } = useAppOptions();
  const [leaving, setLeaving] = useState(false);
  const leave = useCallback(() => {
    // Silent first: a voice reading the page aloud must not go on after it has gone.
    stopSpeaking();
    flushSync(() => setLeaving(true));
    forgetStoredAnswers();
    clearCopiedText();
    actor.send({ type: 'restart' });
    // In a frame with a parent origin, the plan loaded the `exit` sender before the first render.
    replaceWithNeutralPage(parentOrigin, parts.hostLine.peek()?.sendExit);
  }, [actor, parentOrigin]);
  const announcement = useShiftExit(leave);
  return (
    <LeaveContext.Provider value={leave}>
      {leaving ? (
        <div className="quick-exit-cover">
          <p>{messages.cover}</p>
        </div>
      ) : (
        children
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true" id="quick-exit-status">
        {announcement}
      </p>
    </LeaveContext.Provider>
  );
}

/** Hidden until focused, first in the tab order; without scripts it still goes to the neutral page. */
export function QuickExitLink() {
  const leave = useContext(LeaveContext);
  return (
    <a
      className="skip-link"
      href={QUICK_EXIT_URL}
      onClick={(event) => {
        event.preventDefault();
        leave();
      }}
    >
      {useMessages().quickExit.link}
    </a>
  );
}

/**
 * The visible button, at the top of every screen. Once the header has scrolled out of view it
 * floats at the top of the screen, as GOV.UK's "Exit this page" stays on screen: touch users have
 * no Shift key. Its slot keeps the header's size, so nothing moves as it lifts out.
 */
export function QuickExitButton() {
  const leave = useContext(LeaveContext);
  const slot = useRef<HTMLSpanElement>(null);
  const floating = useOutOfView(slot);
  return (
    <span ref={slot} className="quick-exit-slot">
      {/* A real link, as GOV.UK's is, so it leaves even where the page's script never ran. */}
      <a
        href={QUICK_EXIT_URL}
        role="button"
        className={floating ? 'quick-exit-button quick-exit-button--floating' : 'quick-exit-button'}
        onClick={(event) => {
          event.preventDefault();
          leave();
        }}
        onKeyDown={(event) => {
          // A button is pressed with Space as well as Enter.
          if (event.key !== ' ') return;
          event.preventDefault();
          leave();
        }}
      >
        {useMessages().quickExit.button}
      </a>
    </span>
  );
}

/** True while the element is wholly above or below the screen. */
function useOutOfView(target: RefObject<Element | null>): boolean {
  const [outOfView, setOutOfView] = useState(false);
  useEffect(() => {
    const element = target.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setOutOfView(entry ? !entry.isIntersecting : false));
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  return outOfView;
}

/** What the button does, on the first screen of each page load only (kept in memory, never stored). */
export function QuickExitNote() {
  const screen = QuestionnaireActor.useSelector(screenKeyOf);
  const [firstScreen] = useState(screen);
  const [moved, setMoved] = useState(false);
  const note = useMessages().quickExit.note;
  if (!moved && screen !== firstScreen) setMoved(true);
  if (moved) return null;
  return (
    <div className="width-container">
      <p className="quick-exit-note">{note}</p>
    </div>
  );
}
