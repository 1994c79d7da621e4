import type { Reason, Statement } from './recommendation.ts';
import type { SourceId } from './sources.ts';

/** A sourced sentence, with the answers that led to it (none for ones everyone sees). */
export function statement(
  id: string,
  text: string,
  sources: readonly SourceId[],
  reasons: readonly Reason[] = [],
): Statement {
  return { id, text, sources: [...sources], reasons: [...reasons] };
}
