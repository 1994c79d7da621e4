/**
 * The suggested setting and why; or, when none is suggested, what comes first instead (a crisis
 * evaluation, care for teens, the treatment the person already has, or nothing needed for opioid
 * use). The ASAM level is for professionals: coordinator mode shows it; on a person's own screens
 * it is printed only, for the provider the printout is taken to.
 */
import type { Recommendation } from '../../rules/recommendation.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { useProfessionalView } from './professional-view.ts';
import { ReasonList } from './reason-list.tsx';

export function SettingSection({ recommendation }: { recommendation: Recommendation }) {
  const messages = useAllMessages();
  const professional = useProfessionalView();
  const t = messages.results;
  const { setting, insteadOfSetting } = recommendation;
  if (!setting) {
    return insteadOfSetting ? (
      <section className="card card--highlight" aria-labelledby="results-setting">
        <h2 id="results-setting" className="heading-l">
          {t.noSettingHeading}
        </h2>
        <p>{insteadOfSetting.text}</p>
        <ReasonList reasons={insteadOfSetting.reasons} />
      </section>
    ) : null;
  }
  return (
    <section className="card card--highlight" aria-labelledby="results-setting">
      <h2 id="results-setting" className="heading-l">
        <span className="caption">{t.settingHeading}</span> {setting.name}
      </h2>
      <p className={professional ? 'asam-orientation' : 'asam-orientation print-only'}>{setting.asamOrientation}</p>
      <p>{setting.description}</p>
      {setting.medicalWithdrawalManagement ? <p className="inset">{t.withdrawalCare}</p> : null}
      <ReasonList reasons={setting.reasons} />
    </section>
  );
}
