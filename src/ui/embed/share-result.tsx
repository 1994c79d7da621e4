/**
 * "Show my result to <clinic>'s page": the only way anything about the result reaches the embedding
 * page. The note lists exactly what the button sends (the summary built by `sharedResultOf`, the
 * same object that is posted) and says where it goes: to the page around the frame, which is told
 * nothing else and tells nobody by itself. The message goes only to the validated parent origin;
 * the confirmation takes focus and points to the clinic's own number and booking page, since no
 * one will call because of this button.
 */
import { useEffect, useRef, useState } from 'react';
import type { ClinicConfig } from '../../embed/clinic-config.ts';
import { completeMessage, sharedResultOf } from '../../embed/protocol.ts';
import type { Recommendation } from '../../rules/recommendation.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { clinicAccentStyle } from './clinic-accent.ts';
import { ClinicNextStep } from './clinic-next-step.tsx';
import { sendToHost } from './parent-window.ts';

type Props = { clinic: ClinicConfig; recommendation: Recommendation };

export function ShareResult({ clinic, recommendation }: Props) {
  const t = useAllMessages().embed;
  const [sent, setSent] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  const result = sharedResultOf(recommendation);
  const medicines = result.medications.map((medication) => medication.name).join(', ');
  useEffect(() => {
    if (sent) confirmation.current?.focus();
  }, [sent]);

  return (
    <section className="card clinic-panel" style={clinicAccentStyle(clinic)} aria-labelledby="clinic-share">
      <h2 id="clinic-share" className="heading-m">
        {t.shareHeading(clinic.name)}
      </h2>
      <p>{t.shareLead(clinic.name)}</p>
      <ul className="list list--bullet">
        {result.setting ? <li>{t.shareSetting(result.setting.name)}</li> : <li>{t.shareNoSetting}</li>}
        <li>{medicines === '' ? t.shareNoMedicines : t.shareMedicines(medicines)}</li>
        {result.withdrawalCare ? <li>{t.shareWithdrawal}</li> : null}
        <li>{t.shareVersions}</li>
      </ul>
      <p>{t.shareNotAnswers}</p>
      {sent ? (
        <>
          <p ref={confirmation} className="notification clinic-shared" role="status" tabIndex={-1}>
            {t.shared(clinic.name)}
          </p>
          <ClinicNextStep clinic={clinic} />
        </>
      ) : (
        <>
          <p>{t.shareHint(clinic.name)}</p>
          <button
            type="button"
            className="button button--clinic"
            onClick={() => setSent(sendToHost(completeMessage(result)))}
          >
            {t.shareButton(clinic.name)}
          </button>
        </>
      )}
    </section>
  );
}
