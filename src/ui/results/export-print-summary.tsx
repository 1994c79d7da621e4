/**
 * What only the printed page needs beyond the results: what a provider reads in their own terms
 * (the PHQ-2 and GAD-2 totals, which the person's screen leaves out), the
 * answers given and the helplines. The screen shows answers on "Check your answers" instead, so
 * this is hidden there (print.css). The date is not repeated here: the results' own versions line
 * ("... Created on <date>") is printed above.
 */
import type { Summary } from '../../export/summary.ts';

export function ExportPrintSummary({ summary }: { summary: Summary }) {
  return (
    <>
      <section className="print-only" aria-labelledby="print-for-provider">
        <h2 id="print-for-provider" className="heading-m">
          {summary.headings.moodChecks}
        </h2>
        <ul className="list inline-list">
          {summary.moodChecks.map((check) => (
            <li key={check}>{check}</li>
          ))}
        </ul>
      </section>
      <section className="print-only" aria-labelledby="print-answers">
        <h2 id="print-answers" className="heading-m">
          {summary.headings.answers}
        </h2>
        <dl className="print-answers">
          {summary.answers.map((row) => (
            <div key={row.question} className="print-answers__row">
              <dt>{row.question}</dt>
              <dd>{row.answers.join('; ')}</dd>
            </div>
          ))}
        </dl>
        <h2 className="heading-m">{summary.headings.helplines}</h2>
        <ul className="contact-list">
          {summary.helplines.map((helpline) => (
            <li key={helpline.href}>
              {helpline.label}: <span className="nowrap">{helpline.number}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
