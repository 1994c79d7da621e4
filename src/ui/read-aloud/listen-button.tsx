/**
 * A "Listen" button for people who find reading hard: it reads `text` aloud with a voice on this
 * device, and is there only when the device has one for the page's language (see speech.ts).
 * It changes its words to "Stop" rather than using aria-pressed: "Stop, button" says what a press
 * will do, where "Listen, toggle button, pressed" leaves a screen reader user to work it out.
 * Nothing is announced while it speaks and focus stays on it. The reading stops when the text
 * changes (the next question, another language), when the button goes, and when another starts.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLocale } from '../locale/locale-context.ts';
import { useMessages } from '../messages.tsx';
import { localVoice, speak, spokenText, watchVoices } from './speech.ts';

type Props = {
  /** What is read: one text, or parts read in order with a pause between them. */
  text: string | readonly (string | undefined)[];
  /** The button's words when not speaking; "Listen" unless given. */
  label?: string;
};

export function ListenButton({ text, label }: Props) {
  const messages = useMessages().listen;
  const { language } = useLocale();
  const voiceId = useSyncExternalStore(
    watchVoices,
    () => localVoice(language)?.voiceURI,
    () => undefined,
  );
  const [stop, setStop] = useState<(() => void) | undefined>();
  const spoken = typeof text === 'string' ? text : spokenText(text);
  useEffect(() => () => stop?.(), [stop, spoken, voiceId]);

  const voice = voiceId === undefined ? undefined : localVoice(language);
  if (!voice) return null;
  const toggle = () => {
    if (stop) stop();
    else {
      const stopThis = speak(spoken, voice, () => setStop(undefined));
      setStop(() => stopThis);
    }
  };
  return (
    <button type="button" className="button button--secondary listen-button" onClick={toggle}>
      {stop ? messages.stop : (label ?? messages.start)}
    </button>
  );
}
