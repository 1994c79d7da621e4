/**
 * The one way the app talks to an embedding page: the MessageChannel port embed.js hands over, so
 * the messages reach embed.js alone and not every script on the clinic's page (an analytics tag
 * listening for `message` events sees only an empty `ready`).
 *
 * `connectToHost` posts `ready` to the validated parent origin (never `*`) and takes the first
 * `connect` that comes from the parent window, from that origin, with exactly one port; any other
 * message is ignored. Until the port is here the latest height waits and goes first; a `complete`
 * or `exit` is not sent without it (the quick exit still leaves from the frame).
 */
import {
  ConnectMessageSchema,
  postToHost,
  readyMessage,
  type EmbedMessage,
  type MessagePortLike,
} from '../../embed/protocol.ts';

let port: MessagePortLike | null = null;
let waitingHeight: EmbedMessage | null = null;
let asked = false;

export function connectToHost(parentOrigin: string): void {
  if (asked || window.parent === window.self) return;
  asked = true;
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent || event.origin !== parentOrigin || event.ports.length !== 1) return;
    if (!ConnectMessageSchema.safeParse(event.data).success) return;
    window.removeEventListener('message', onMessage);
    port = event.ports[0] ?? null;
    if (waitingHeight !== null) postToHost(port, waitingHeight);
    waitingHeight = null;
  };
  window.addEventListener('message', onMessage);
  window.parent.postMessage(readyMessage(), parentOrigin);
}

/** Whether embed.js has handed over its port: without it nothing can reach the clinic's page. */
export function hasHostPort(): boolean {
  return port !== null;
}

/** Sends `message` to embed.js; returns whether it went (a height not yet sent waits for the port). */
export function sendToHost(message: EmbedMessage): boolean {
  if (port === null && message.type === 'resize') waitingHeight = message;
  return postToHost(port, message);
}
