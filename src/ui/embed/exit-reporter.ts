/**
 * The quick exit's `exit` message to the embedding page, in its own small chunk: the protocol's
 * schemas must not be built in the first chunk (before zod is told to run without eval), so the
 * quick exit loads this ahead of need and calls it synchronously when the person leaves.
 */
import { exitMessage } from '../../embed/protocol.ts';
import { sendToParent } from './parent-window.ts';

export function sendExit(parentOrigin: string | null): boolean {
  return sendToParent(parentOrigin, exitMessage());
}
