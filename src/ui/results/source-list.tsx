/**
 * The clinical sources behind everything on the page, so a reader can check each statement. A
 * person's own screens leave out the few whose summaries are for professionals (ASAM level
 * numbers, the mood screens' names); coordinator mode lists every one.
 */
import { sources, type SourceId } from '../../rules/sources.ts';
import type { Recommendation } from '../../rules/recommendation.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { professionalSources, useProfessionalView } from './professional-view.ts';

function citedSources(recommendation: Recommendation): SourceId[] {
  const statements = [
    ...recommendation.cautions,
    ...recommendation.unknowns,
    ...(recommendation.insteadOfSetting ? [recommendation.insteadOfSetting] : []),
    ...recommendation.medicationNotes,
    ...recommendation.support,
    ...recommendation.family,
    ...recommendation.medications.flatMap((m) => [...m.notes, ...m.cautions]),
    ...recommendation.doThisNow.script,
    recommendation.doThisNow.safety,
    ...recommendation.findCare.lookFor,
    ...recommendation.findCare.ask,
  ];
  const cited = new Set<SourceId>([
    ...(recommendation.setting?.sources ?? []),
    ...recommendation.medications.flatMap((m) => m.sources),
    ...recommendation.nextSteps.flatMap((s) => s.sources),
    ...recommendation.doThisNow.call.sources,
    ...statements.flatMap((s) => s.sources),
  ]);
  return (Object.keys(sources) as SourceId[]).filter((id) => cited.has(id));
}

export function SourceList({ recommendation }: { recommendation: Recommendation }) {
  const messages = useAllMessages();
  const professional = useProfessionalView();
  const listed = citedSources(recommendation).filter((id) => professional || !professionalSources.has(id));
  return (
    <details className="details">
      <summary className="details__summary">{messages.results.sourcesHeading}</summary>
      <ul className="list">
        {listed.map((id) => {
          const source = sources[id];
          return (
            <li key={id}>
              <span className="source-id">{id}</span> {source.summary}{' '}
              {source.url ? <a href={source.url}>{new URL(source.url).hostname}</a> : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
