/**
 * The frame's line to embed.js, in its own small chunk: the protocol's schemas must not be built in
 * the first chunk (before zod is told to run without eval). The plan loads it before the first
 * render in a frame with a parent origin: the app asks for the port at once (`connectToHost`), and
 * the quick exit calls `sendExit` synchronously when the person leaves.
 */
import { exitMessage } from '../../embed/protocol.ts';
import { sendToHost } from './parent-window.ts';

export { connectToHost } from './parent-window.ts';

export function sendExit(parentOrigin: string | null): boolean {
  return parentOrigin !== null && sendToHost(exitMessage());
}
