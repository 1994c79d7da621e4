/**
 * "Find a place": the FindTreatment.gov step (HELP-2) with, beside its link, the filters to choose
 * there and the questions to ask a program, both built from the answers (src/rules/find-care.ts).
 * FindTreatment.gov keeps its filters out of the address, so the link is the plain site and the
 * list says so: nothing from this page goes there.
 */
import type { FindCare, NextStep } from '../../rules/recommendation.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { ContactList } from '../components/contact-link.tsx';
import { ResultsSection } from './results-section.tsx';
import { StatementList } from './statement-list.tsx';

export const findCareSectionId = 'results-find-care';

export function FindCareSection({ search, findCare }: { search: NextStep; findCare: FindCare }) {
  const t = useAllMessages().results.findCare;
  return (
    <ResultsSection id={findCareSectionId} title={t.heading}>
      <div className="find-care" data-step={search.id}>
        <div className="find-care__search">
          {/* On paper the link's own words say where to search; the rest is for the screen. */}
          <p className="no-print">{search.text}</p>
          <ContactList contacts={search.contacts} />
          {findCare.lookFor.length > 0 ? (
            <>
              <h3 className="heading-s">{t.lookForHeading}</h3>
              <StatementList statements={findCare.lookFor} />
              <p className="hint no-print">{t.nothingSent}</p>
            </>
          ) : null}
        </div>
        <div className="find-care__ask">
          <h3 className="heading-s">{t.askHeading}</h3>
          <StatementList statements={findCare.ask} />
        </div>
      </div>
    </ResultsSection>
  );
}
