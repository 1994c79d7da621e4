/** Source ids as the decision table cites them: linked when the source has a public address. */
import { sources, type SourceId } from '../../src/rules/sources.ts';

/** Source ids, each linked to its public source (the links are listed at the end). */
export const cite = (ids: readonly SourceId[]) =>
  [...new Set(ids)].map((id) => (sources[id].url ? `[${id}]` : id)).join(', ');

/** The link definitions for every cited id with an address, for the end of the document. */
export function links(): string[] {
  return (Object.keys(sources) as SourceId[]).flatMap((id) => {
    const { url } = sources[id];
    return url ? [`[${id}]: ${url}`] : [];
  });
}
