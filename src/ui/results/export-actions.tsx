/**
 * "Keep or share your results": print (or save as PDF), copy as plain text, or download a FHIR
 * file for a clinic: the answers alone, as a QuestionnaireResponse a clinic's form tool opens, or
 * the answers with the results, as a Bundle for a clinic's FHIR server. Everything is made here in the browser and handed to the person; nothing is
 * sent anywhere. Copying says what happened in a status message, and when the browser will not
 * copy, shows the text in a box to select and copy by hand. Hidden when printing (print.css).
 * Every copy speaks the language and perspective on screen: the caller passes the Recommendation
 * worded that way, and the questions come from the same locale.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Answers } from '../../../questions/answers.ts';
import { fhirResponseBundle } from '../../export/fhir-bundle.ts';
import { fhirQuestionnaireResponse } from '../../export/fhir-response.ts';
import { plainTextSummary } from '../../export/plain-text.ts';
import { buildSummary } from '../../export/summary.ts';
import type { Recommendation } from '../../rules/recommendation.ts';
import { copyText } from '../copy-text.ts';
import { useLocale } from '../locale/locale-context.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { ExportPrintSummary } from './export-print-summary.tsx';

type Status = 'idle' | 'copied' | 'copy-failed' | 'downloaded';

function saveFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1_000);
}

export function ExportActions({ answers, recommendation }: { answers: Answers; recommendation: Recommendation }) {
  const messages = useAllMessages();
  const t = messages.exports.actions;
  const { questionnaire, language, perspective } = useLocale();
  const [date] = useState(() => new Date());
  const [status, setStatus] = useState<Status>('idle');
  const fallback = useRef<HTMLTextAreaElement>(null);
  const summary = useMemo(
    () => buildSummary({ questionnaire, answers, recommendation, date, messages }),
    [questionnaire, answers, recommendation, date, messages],
  );
  const text = useMemo(() => plainTextSummary(summary), [summary]);

  // When the browser will not copy, put the person in the text box with all of it selected.
  useEffect(() => {
    if (status === 'copy-failed') fallback.current?.focus();
  }, [status]);

  const copy = async () => {
    setStatus((await copyText(text)) ? 'copied' : 'copy-failed');
  };
  const download = (which: 'response' | 'bundle') => {
    const input = { questionnaire, answers, date, messages, variant: { language, perspective } };
    const [fileName, resource] =
      which === 'response'
        ? [t.responseFileName, fhirQuestionnaireResponse(input)]
        : [t.bundleFileName, fhirResponseBundle({ ...input, recommendation })];
    saveFile(fileName, `${JSON.stringify(resource, null, 2)}\n`, 'application/fhir+json');
    setStatus('downloaded');
  };
  const statusText = { idle: '', copied: t.copied, 'copy-failed': t.copyFailed, downloaded: t.downloaded }[status];

  return (
    <>
      <section className="export-actions no-print" aria-labelledby="results-export">
        <h2 id="results-export" className="heading-m">
          {t.heading}
        </h2>
        <p>{t.nothingSent}</p>
        <div className="button-group">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t.print}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void copy()}>
            {t.copy}
          </button>
        </div>
        <p id="export-download-hint" className="hint">
          {t.downloadHint}
        </p>
        {(['response', 'bundle'] as const).map((which) => (
          <div key={which} className="form-group">
            <button
              type="button"
              className="button button--secondary"
              aria-describedby={`export-download-${which}-hint export-download-hint`}
              onClick={() => download(which)}
            >
              {which === 'response' ? t.downloadResponse : t.downloadBundle}
            </button>
            <p id={`export-download-${which}-hint`} className="hint">
              {which === 'response' ? t.downloadResponseHint : t.downloadBundleHint}
            </p>
          </div>
        ))}
        <p role="status" className="export-actions__status">
          {statusText}
        </p>
        {status === 'copy-failed' ? (
          <div className="form-group">
            <label className="label" htmlFor="export-text">
              {t.copyFallbackLabel}
            </label>
            <textarea
              id="export-text"
              ref={fallback}
              className="export-actions__text"
              readOnly
              rows={12}
              value={text}
              onFocus={(event) => event.currentTarget.select()}
            />
          </div>
        ) : null}
      </section>
      <ExportPrintSummary summary={summary} />
    </>
  );
}
