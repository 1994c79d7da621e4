/**
 * Headless Chromium has no voices, so the read-aloud tests put a stand-in for the browser's speech
 * into the page before the app loads. Its voices arrive a moment after the page starts, as they do
 * in real browsers, and it tells the test what it was asked to do through `reportSpeech`: `voices`
 * once they arrived, `speak` with the text and the voice's name, and `cancel` with whether the
 * self-check was still on screen when it was called.
 */
import { waitForApp, type AppPage } from './browser.ts';

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
}

export type SpeechEvent =
  { type: 'voices' } | { type: 'speak'; text: string; voice: string | null } | { type: 'cancel'; pageShown: boolean };

/** Runs in the page, before any of its scripts. */
function installFakeSpeech(voices: FakeVoice[]): void {
  const report = (event: SpeechEvent) =>
    (window as unknown as { reportSpeech: (event: SpeechEvent) => Promise<void> }).reportSpeech(event);
  class FakeUtterance {
    voice: FakeVoice | null = null;
    lang = '';
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  let list: FakeVoice[] = [];
  let current: FakeUtterance | undefined;
  const synth = Object.assign(new EventTarget(), {
    getVoices: () => list.map((voice) => ({ ...voice, voiceURI: voice.name, default: false })),
    speak: (utterance: FakeUtterance) => {
      current = utterance;
      void report({ type: 'speak', text: utterance.text, voice: utterance.voice?.name ?? null });
    },
    cancel: () => {
      void report({ type: 'cancel', pageShown: document.querySelector('main h1') !== null });
      const ended = current;
      current = undefined;
      ended?.onerror?.();
    },
  });
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, value: FakeUtterance });
  setTimeout(() => {
    list = voices;
    synth.dispatchEvent(new Event('voiceschanged'));
    void report({ type: 'voices' });
  }, 300);
}

/**
 * Reloads the page with the stand-in in place and waits for its voices; returns the events, which
 * keep coming in as the test goes on (read them with `expect.poll`).
 */
export async function withFakeSpeech(app: AppPage, voices: FakeVoice[]): Promise<SpeechEvent[]> {
  const events: SpeechEvent[] = [];
  let arrived: () => void = () => undefined;
  const voicesHere = new Promise<void>((resolve) => (arrived = resolve));
  await app.page.exposeFunction('reportSpeech', (event: SpeechEvent) => {
    events.push(event);
    if (event.type === 'voices') arrived();
  });
  await app.context.addInitScript(installFakeSpeech, voices);
  await app.page.reload({ waitUntil: 'load' });
  await waitForApp(app.page);
  await voicesHere;
  return events;
}
