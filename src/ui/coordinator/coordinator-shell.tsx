/**
 * Intake coordinator mode (`?mode=coordinator`): the same screens, with the running summary of
 * answers beside them, and under them who is calling (intro), a note and "Declined to answer"
 * (questions), how the call ended (check, results), the call details and the call tools. The call
 * record lives here, in memory only. "New caller", in the header where the quick exit would be,
 * wipes the machine's answers, any saved progress and the whole call record (copied notes, the
 * open summary), then asks who is calling again; only the number-keys setting stays.
 */
import { use, useEffect, useState, useRef, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { findQuestion } from '../../../questions/journey.ts';
import { inVoice } from '../../i18n/voices.ts';
import { questionnaireIn } from '../../i18n/worded-questionnaire.ts';
import { assess } from '../../rules/assess.ts';
import { clearSavedProgress } from '../../storage/local-store.ts';
import { useSaveProgress } from '../components/save-progress-context.tsx';
import { useLocale } from '../locale/locale-context.ts';
import { useAllMessages } from '../locale/use-all-messages.ts';
import { QuestionnaireActor, screenKeyOf } from '../questionnaire-actor.tsx';
import { AnswerSummary, type AnswerSummaryHandle } from './answer-summary.tsx';
import { CallDetails } from './call-details.tsx';
import { CallDisposition } from './call-disposition.tsx';
import { CallContext, freshCall, type CallRecord } from './call-state.tsx';
import { CallTools, type CopyNotice } from './call-tools.tsx';
import { CallerStart } from './caller-start.tsx';
import { caseNote } from './case-note.ts';
import { listenForChoiceKeys } from './choice-keys.ts';
import { copyText } from '../copy-text.ts';
import { NEW_CALLER_BUTTON_ID, NewCallerButton } from './new-caller-button.tsx';
import { QuestionExtras } from './question-extras.tsx';
import type { ShortcutName } from './shortcut-list.tsx';
import { useCallShortcuts } from './use-call-shortcuts.ts';

// The coordinator's crisis screens come with the shell (see parts.coordinatorCrisis in
// load-plan.ts): whenever coordinator mode is on screen, they are here too, never a download away.
export { CoordinatorCrisis } from './coordinator-crisis.tsx';

const shortcutsOn: Record<string, readonly ShortcutName[]> = {
  intro: ['newCaller'],
  question: ['next', 'back', 'decline', 'answers', 'newCaller'],
  crisis: ['back', 'answers', 'newCaller'],
  check: ['back', 'copy', 'newCaller'],
  results: ['back', 'answers', 'copy', 'newCaller'],
};

export function CoordinatorShell({ children }: { children: ReactNode }) {
  const messages = useAllMessages();
  const locale = useLocale();
  // Here with the rest of the language's words, so copying awaits nothing before the clipboard,
  // which some browsers allow only straight after the key press.
  const words = use(locale.wholeWords());
  const actor = QuestionnaireActor.useActorRef();
  const saved = useSaveProgress();
  const screen = QuestionnaireActor.useSelector((snapshot) => snapshot.value);
  const screenKey = QuestionnaireActor.useSelector(screenKeyOf);
  const choices = QuestionnaireActor.useSelector((snapshot) =>
    snapshot.matches('question')
      ? (findQuestion(snapshot.context.questionnaire, snapshot.context.questionId ?? '')?.options.length ?? 0)
      : 0,
  );
  const questionId = QuestionnaireActor.useSelector((snapshot) =>
    snapshot.matches('question') ? snapshot.context.questionId : null,
  );
  const summaryRef = useRef<AnswerSummaryHandle>(null);
  const [call, setCall] = useState(0);
  const [record, setRecord] = useState<CallRecord>(freshCall);
  const [numberKeys, setNumberKeys] = useState(true);
  const numberKeysOn = useRef(numberKeys);
  useEffect(() => {
    numberKeysOn.current = numberKeys;
  }, [numberKeys]);
  const [notice, setNotice] = useState<(CopyNotice & { screenKey: string }) | null>(null);
  const [confirming, setConfirming] = useState(false);
  const showSummary = screen !== 'intro' && screen !== 'check';
  const names = shortcutsOn[screen] ?? [];

  const copyNotes = async () => {
    // The note is in the language on screen (its questions, results, helplines and date) and in
    // the voice that speaks of the person, whoever called.
    const { answers, declined, perspective } = actor.getSnapshot().context;
    setNotice(null);
    const texts = inVoice(words.rules, 'other');
    const recommendation = assess(answers, { perspective, texts, language: locale.language });
    const notes = caseNote({
      questionnaire: questionnaireIn(words.questions, 'other'),
      answers,
      recommendation,
      date: new Date(),
      messages: inVoice(words.ui, 'other'),
      perspective,
      declined,
      call: record,
    });
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
    // Back to who is calling, with nothing of this call left; the number-keys setting stays.
    flushSync(() => actor.send({ type: 'restart' }));
    setConfirming(false);
    setNotice(null);
    setRecord(freshCall());
    setCall((count) => count + 1);
  };

  // On question pages, number keys choose answers (unless turned off) and Enter continues.
  useEffect(() => listenForChoiceKeys(() => numberKeysOn.current), []);

  useCallShortcuts({
    back: () => {
      if (actor.getSnapshot().can({ type: 'nav.back' })) actor.send({ type: 'nav.back' });
    },
    answers: showSummary ? () => summaryRef.current?.focus() : null,
    decline: questionId ? () => actor.send({ type: 'answer.decline', questionId }) : null,
    copy: onCopy,
    newCaller: () => setConfirming(true),
  });

  const ending = screen === 'check' || screen === 'results';
  return (
    <CallContext.Provider value={{ call: record, update: setRecord, numberKeys, setNumberKeys }}>
      <NewCallerButton confirming={confirming} onAsk={() => setConfirming(true)} />
      <div className="coordinator">
        <div className="coordinator__screen">
          {children}
          {screen === 'intro' ? <CallerStart /> : null}
          {questionId ? <QuestionExtras key={questionId} questionId={questionId} /> : null}
          {ending ? <CallDisposition /> : null}
          {screen === 'intro' ? null : <CallDetails />}
          <CallTools
            key={call}
            choices={choices}
            shortcuts={names}
            onCopy={onCopy}
            notice={notice?.screenKey === screenKey ? notice : null}
            confirming={confirming}
            onConfirmNewCaller={newCaller}
            onCancelNewCaller={() => {
              setConfirming(false);
              document.getElementById(NEW_CALLER_BUTTON_ID)?.focus();
            }}
          />
        </div>
        {showSummary ? (
          <div className="coordinator__summary">
            <AnswerSummary key={call} ref={summaryRef} />
          </div>
        ) : null}
      </div>
    </CallContext.Provider>
  );
}
