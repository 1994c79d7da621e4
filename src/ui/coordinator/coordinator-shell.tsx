/**
 * Intake coordinator mode (`?mode=coordinator`): the same screens, with the running summary of
 * answers beside them, the call tools and shortcuts under them. "New caller" wipes the machine's
 * answers, any saved progress and this page's own state (copied notes, the open summary), then
 * starts at the first question with focus on its heading.
 */
import { useEffect, useState, useRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { findQuestion } from '../../../questions/journey.ts';
import { assess } from '../../rules/assess.ts';
import { clearSavedProgress } from '../../storage/local-store.ts';
import { useSaveProgress } from '../components/save-progress-context.tsx';
import { useLocale } from '../locale/locale-context.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { useRuleTexts } from '../locale/use-rule-texts.ts';
import { QuestionnaireActor, screenKeyOf } from '../questionnaire-actor.tsx';
import { AnswerSummary, type AnswerSummaryHandle } from './answer-summary.tsx';
import { CallTools, type CopyNotice } from './call-tools.tsx';
import { caseNote } from './case-note.ts';
import { listenForChoiceKeys } from './choice-keys.ts';
import { copyText } from '../copy-text.ts';
import type { ShortcutName } from './shortcut-list.tsx';
import { useCallShortcuts } from './use-call-shortcuts.ts';

const shortcutsOn: Record<string, readonly ShortcutName[]> = {
  intro: ['newCaller'],
  question: ['next', 'back', 'answers', 'newCaller'],
  crisis: ['back', 'answers', 'newCaller'],
  check: ['back', 'copy', 'newCaller'],
  results: ['back', 'answers', 'copy', 'newCaller'],
};

export function CoordinatorShell({ children }: { children: ReactNode }) {
  const messages = useAllMessages();
  // Here with the rest of the language's words, so copying awaits nothing before the clipboard,
  // which some browsers allow only straight after the key press.
  const rules = useRuleTexts();
  const locale = useLocale();
  const actor = QuestionnaireActor.useActorRef();
  const saved = useSaveProgress();
  const screen = QuestionnaireActor.useSelector((snapshot) => snapshot.value);
  const screenKey = QuestionnaireActor.useSelector(screenKeyOf);
  const choices = QuestionnaireActor.useSelector((snapshot) =>
    snapshot.matches('question')
      ? (findQuestion(snapshot.context.questionnaire, snapshot.context.questionId ?? '')?.options.length ?? 0)
      : 0,
  );
  const summaryRef = useRef<AnswerSummaryHandle>(null);
  const [call, setCall] = useState(0);
  const [notice, setNotice] = useState<(CopyNotice & { screenKey: string }) | null>(null);
  const [confirming, setConfirming] = useState(false);
  const showSummary = screen !== 'intro' && screen !== 'check';
  const names = shortcutsOn[screen] ?? [];

  const copyNotes = async () => {
    // The note is in the language on screen: its questions, results, helplines and date.
    const { answers } = actor.getSnapshot().context;
    const { questionnaire, perspective } = locale;
    setNotice(null);
    const recommendation = assess(answers, { perspective, texts: rules, language: locale.language });
    const notes = caseNote({ questionnaire, answers, recommendation, date: new Date(), messages });
    const copied = await copyText(notes);
    const t = messages.coordinator;
    setNotice({ screenKey, text: copied ? t.notesCopied : t.copyFailed, notes: copied ? null : notes });
  };
  const onCopy = names.includes('copy') ? () => void copyNotes() : null;

  const newCaller = () => {
    // Nothing of this caller stays on the device, and the next caller's answers are not saved
    // unless someone turns saving on again.
    saved.discardSaved();
    saved.setSaving(false);
    clearSavedProgress();
    // Leave the old screens first, so the first question mounts afresh with nothing chosen.
    flushSync(() => actor.send({ type: 'restart' }));
    actor.send({ type: 'start' });
    setConfirming(false);
    setNotice(null);
    setCall((count) => count + 1);
  };

  // On question pages, number keys choose answers and Enter continues (see choice-keys.ts).
  useEffect(() => listenForChoiceKeys(), []);

  useCallShortcuts({
    back: () => {
      if (actor.getSnapshot().can({ type: 'nav.back' })) actor.send({ type: 'nav.back' });
    },
    answers: showSummary ? () => summaryRef.current?.focus() : null,
    copy: onCopy,
    newCaller: () => setConfirming(true),
  });

  return (
    <div className="coordinator">
      <div className="coordinator__screen">
        {children}
        <CallTools
          key={call}
          choices={choices}
          shortcuts={names}
          onCopy={onCopy}
          notice={notice?.screenKey === screenKey ? notice : null}
          confirming={confirming}
          onAskNewCaller={() => setConfirming(true)}
          onConfirmNewCaller={newCaller}
          onCancelNewCaller={() => setConfirming(false)}
        />
      </div>
      {showSummary ? (
        <div className="coordinator__summary">
          <AnswerSummary key={call} ref={summaryRef} />
        </div>
      ) : null}
    </div>
  );
}
