/**
 * What only the printed page needs beyond the results: the answers given, the mood check scores
 * for the provider (not shown on the person's screen) and the helplines. The screen shows answers
 * on "Check your answers" instead, so this is hidden there (print.css).
 */
import type { Summary } from '../../export/summary.ts';

export function ExportPrintSummary({ summary }: { summary: Summary }) {
  return (
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
      <p>{summary.moodChecks}</p>
      <h2 className="heading-m">{summary.headings.helplines}</h2>
      <ul className="list">
        {summary.helplines.map((helpline) => (
          <li key={helpline.href}>
            {helpline.label}: <span className="nowrap">{helpline.number}</span>
          </li>
        ))}
      </ul>
      <p>{summary.dateLine}</p>
    </section>
  );
}
