/**
 * The one way the app talks to an embedding page: `postToParent` with the validated parent origin.
 * Outside a frame, or without a parent origin, nothing is ever posted.
 */
import { postToParent, type EmbedMessage } from '../../embed/protocol.ts';

export function sendToParent(parentOrigin: string | null, message: EmbedMessage): boolean {
  const parent = window.parent === window.self ? null : window.parent;
  return postToParent(parent, parentOrigin, message);
}
