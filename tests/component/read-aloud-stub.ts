/**
 * A stand-in for the browser's speech (jsdom has none): a voice list the test sets, the
 * utterances it was asked to speak, and `cancel`, which ends the one in progress with an error as
 * browsers do. `arrive` changes the voices and fires `voiceschanged`, as when voices load late.
 */
export type FakeVoice = Pick<SpeechSynthesisVoice, 'name' | 'lang' | 'localService' | 'voiceURI' | 'default'>;

export const voice = (lang: string, localService: boolean): FakeVoice => ({
  name: `${lang} ${localService ? 'on device' : 'online'}`,
  lang,
  localService,
  voiceURI: `${lang}-${localService ? 'local' : 'remote'}`,
  default: false,
});

class FakeUtterance {
  voice: FakeVoice | null = null;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

export function stubSpeech(voices: FakeVoice[]) {
  let list = voices;
  let current: FakeUtterance | undefined;
  const listeners = new Set<() => void>();
  const spoken: FakeUtterance[] = [];
  const events: string[] = [];
  const synth = {
    getVoices: () => list,
    speak: (utterance: FakeUtterance) => {
      events.push('speak');
      spoken.push(utterance);
      current = utterance;
    },
    cancel: () => {
      events.push('cancel');
      const ended = current;
      current = undefined;
      ended?.onerror?.();
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: FakeUtterance });
  return {
    spoken,
    events,
    /** Whether something is being read now. */
    speaking: () => current !== undefined,
    arrive(next: FakeVoice[]) {
      list = next;
      for (const listener of listeners) listener();
    },
    /** The reading in progress comes to its end. */
    finish() {
      const ended = current;
      current = undefined;
      ended?.onend?.();
    },
  };
}

/** Takes the stand-in away again, leaving the page without speech as jsdom has it. */
export function removeSpeech() {
  Reflect.deleteProperty(window, 'speechSynthesis');
  Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
}
