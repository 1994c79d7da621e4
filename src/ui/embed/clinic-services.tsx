/**
 * The suggestions from the results that a clinic can offer (the setting and the medicines to ask
 * about), each marked "Offered by <clinic>" when the clinic listed it. Only what the clinic said:
 * an unlisted service gets a plain pointer to ask, never a claim that it is not offered.
 */
import type { ClinicConfig, ClinicService } from '../../embed/clinic-config.ts';
import { ClinicServiceSchema } from '../../embed/clinic-config.ts';
import type { Recommendation } from '../../rules/recommendation.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { clinicAccentStyle } from './clinic-accent.ts';

type Suggestion = { service: ClinicService; label: string; name: string };

function suggestionsOf(recommendation: Recommendation, labels: { setting: string; medicine: string }): Suggestion[] {
  const { setting: suggested } = recommendation;
  const setting = suggested ? [{ service: suggested.level, label: labels.setting, name: suggested.name }] : [];
  const medicines = recommendation.medications.flatMap((medication) => {
    const service = ClinicServiceSchema.safeParse(medication.id);
    return medication.stance === 'discuss' && service.success
      ? [{ service: service.data, label: labels.medicine, name: medication.name }]
      : [];
  });
  return [...setting, ...medicines];
}

export function ClinicServices({ clinic, recommendation }: { clinic: ClinicConfig; recommendation: Recommendation }) {
  const t = useAllMessages().embed;
  const suggestions = suggestionsOf(recommendation, { setting: t.settingLabel, medicine: t.medicineLabel });
  return (
    <section className="card clinic-panel" style={clinicAccentStyle(clinic)} aria-labelledby="clinic-services">
      <h2 id="clinic-services" className="heading-m">
        {t.offeredHeading(clinic.name)}
      </h2>
      <p>{t.offeredLead(clinic.name)}</p>
      <ul className="list clinic-services">
        {suggestions.map((suggestion) => (
          <li key={suggestion.service}>
            {suggestion.label} <strong>{suggestion.name}</strong>{' '}
            {clinic.services.includes(suggestion.service) ? (
              <span className="tag tag--offered">{t.offeredTag(clinic.name)}</span>
            ) : (
              <span className="clinic-services__unlisted">{t.notListed(clinic.name)}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
