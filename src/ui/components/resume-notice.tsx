/**
 * On the first screen: answers saved earlier on this device, with the choice to go on with them or
 * clear them, or a calm word that saved answers could not be used, or that they were cleared.
 * Answers saved about someone else are continued in "they" words, which came with the page.
 */
import { useMessages } from '../messages.tsx';
import { useSaveProgress } from './save-progress-context.tsx';

export function ResumeNotice() {
  const messages = useMessages();
  const t = messages.save;
  const { found, notice, continueSaved, discardSaved } = useSaveProgress();
  if (found) {
    return (
      <section className="notification" aria-labelledby="resume-notice-title">
        <h2 id="resume-notice-title" className="heading-m">
          {t.foundTitle(t.formatDate(found.savedAt))}
        </h2>
        <p>{t.foundNote}</p>
        <div className="button-group">
          <button type="button" id="resume-continue" className="button" onClick={continueSaved}>
            {t.continue}
          </button>
          <button type="button" className="button button--secondary" onClick={discardSaved}>
            {t.startAgain}
          </button>
        </div>
      </section>
    );
  }
  return (
    <p className="notification notification--quiet" role="status">
      {notice === 'discarded' ? t.discarded : null}
      {notice === 'cleared' ? t.cleared : null}
    </p>
  );
}
