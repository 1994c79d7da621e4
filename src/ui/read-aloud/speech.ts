/**
 * Reading aloud with the browser's own speech, on this device only. A voice that is not
 * `localService` may be a cloud voice, which sends the words to a server, so only a local voice
 * for the page's language is ever offered, and it is set on each utterance: the browser's default
 * voice could be a cloud one. One reading at a time: a new one stops the last, and its button.
 */

/** The browser's speech, if it has one that can be used. */
function synth(): SpeechSynthesis | undefined {
  return 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : undefined;
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** A voice on the device for the language ('es' matches 'es-US' and 'es-MX'), if any. */
export function localVoice(language: string): SpeechSynthesisVoice | undefined {
  return synth()
    ?.getVoices()
    .find((voice) => voice.localService && primary(voice.lang) === primary(language));
}

/** Voices often arrive after the page loads: `onChange` runs each time the list changes. */
export function watchVoices(onChange: () => void): () => void {
  const speech = synth();
  speech?.addEventListener('voiceschanged', onChange);
  return () => speech?.removeEventListener('voiceschanged', onChange);
}

/** Tells the button of the reading in progress that it ended. */
let finish: (() => void) | undefined;

/** Stops any speech on the page, ours or not; safe without speech. */
export function stopSpeaking(): void {
  finish?.();
  synth()?.cancel();
}

/** Reads `text` with `voice`; `onDone` runs once when it ends, fails or is stopped. */
export function speak(text: string, voice: SpeechSynthesisVoice, onDone: () => void): () => void {
  stopSpeaking();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  const done = () => {
    if (finish !== done) return;
    finish = undefined;
    window.removeEventListener('pagehide', stopSpeaking);
    onDone();
  };
  finish = done;
  utterance.onend = done;
  utterance.onerror = done;
  window.addEventListener('pagehide', stopSpeaking);
  synth()?.speak(utterance);
  return () => {
    if (finish === done) stopSpeaking();
  };
}

/** Parts read in order, each ending in a stop so the voice pauses between them. */
export function spokenText(parts: readonly (string | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part?.trim()))
    .map((part) => part.trim().replace(/[^.?!:;]$/, '$&.'))
    .join(' ');
}
