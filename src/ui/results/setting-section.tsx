import type { Setting } from '../../rules/recommendation.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { ReasonList } from './reason-list.tsx';

export function SettingSection({ setting }: { setting: Setting }) {
  const messages = useAllMessages();
  const t = messages.results;
  return (
    <section className="card card--highlight" aria-labelledby="results-setting">
      <h2 id="results-setting" className="heading-l">
        <span className="caption">{t.settingHeading}</span> {setting.name}
      </h2>
      <p className="asam-orientation">{setting.asamOrientation}</p>
      <p>{setting.description}</p>
      {setting.medicalWithdrawalManagement ? <p className="inset">{t.withdrawalCare}</p> : null}
      <ReasonList reasons={setting.reasons} />
    </section>
  );
}
