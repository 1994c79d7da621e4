/**
 * The suggested setting and why; or, when none is suggested, what comes first instead (a crisis
 * evaluation, care for teens, the treatment the person already has, or nothing needed for opioid
 * use). The ASAM level is for professionals: coordinator mode shows it; a person's own screens
 * leave it to the printout.
 */
import type { Recommendation } from '../../rules/recommendation.ts';
import { useAppOptions } from '../app-options.tsx';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { ReasonList } from './reason-list.tsx';

export function SettingSection({ recommendation }: { recommendation: Recommendation }) {
  const messages = useAllMessages();
  const professional = useAppOptions().mode === 'coordinator';
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
      {professional ? <p className="asam-orientation">{setting.asamOrientation}</p> : null}
      <p>{setting.description}</p>
      {setting.medicalWithdrawalManagement ? <p className="inset">{t.withdrawalCare}</p> : null}
      <ReasonList reasons={setting.reasons} />
    </section>
  );
}
