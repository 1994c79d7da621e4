/**
 * One question per page, GOV.UK style: the question is the h1 inside the legend, validation runs
 * only on Continue, an error summary takes focus, and the saved answer is pre-filled so nothing
 * is lost on Back.
 *
 * One form serves every question page in turn: moving to the next question changes the page in
 * place instead of building a new one, which on a slow phone is the difference between a step
 * that feels instant and one that does not.
 */
import { useEffect, type SubmitEvent } from 'react';
import { useForm, type Resolver, type ResolverResult, type UseFormReturn } from 'react-hook-form';
import { answerProblem } from '../../../questions/answer-check.ts';
import { findQuestion } from '../../../questions/journey.ts';
import type { AnswerValue } from '../../../questions/answers.ts';
import type { Question, WordedQuestion } from '../../../questions/schema.ts';
import { useMessages } from '../messages.tsx';
import { BackLink } from '../components/back-link.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import type { QuestionFields } from '../components/question-fields.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { ChoiceList } from '../components/choice-list.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';
import { useQuestionProgress } from '../use-question-progress.ts';
import { useAppOptions } from '../app-options.tsx';
import { ListenButton } from '../read-aloud/listen-button.tsx';

/** What a question's form starts from: the saved answer, else nothing chosen. */
function startingFields(question: Question, saved: AnswerValue | undefined): QuestionFields {
  return { answer: saved ?? (question.kind === 'multiple' ? [] : null) };
}

/**
 * Checks the page's one field with the same rule as the machine and saved data (answer-check.ts),
 * worded for the person: the question's own message, or the one for "None of these" with others.
 */
function answerResolver(question: WordedQuestion, exclusiveAlone: string): Resolver<QuestionFields> {
  return (fields): ResolverResult<QuestionFields> => {
    const problem = answerProblem(question, fields.answer);
    if (problem === null) return { values: fields, errors: {} };
    const message = problem === 'exclusive-with-others' ? exclusiveAlone : question.errorMessage;
    return { values: {}, errors: { answer: { type: 'validate', message } } };
  };
}

export function QuestionScreen({ questionId }: { questionId: string }) {
  const progress = useQuestionProgress(questionId);
  const saved = QuestionnaireActor.useSelector((snapshot) => snapshot.context.answers[questionId]);
  if (!progress) return null;
  return <QuestionForm {...progress} saved={saved} />;
}

type FormProps = {
  question: WordedQuestion;
  saved: AnswerValue | undefined;
  sectionCaption: string;
  questionCaption: string;
};

function QuestionForm({ question, saved, sectionCaption, questionCaption }: FormProps) {
  const messages = useMessages();
  const actor = QuestionnaireActor.useActorRef();
  const coordinator = useAppOptions().mode === 'coordinator';
  const form = useForm<QuestionFields>({
    resolver: answerResolver(question, messages.exclusiveAlone),
    defaultValues: startingFields(question, saved),
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  useResetOnNextQuestion(form.reset);
  const error = form.formState.errors.answer?.message;
  const hintId = question.hint ? `${question.id}-hint` : undefined;
  const errorId = error ? `${question.id}-error` : undefined;
  // The tab's title names the step, never the question: titles stay in the tab's history, and a
  // glance at the tab list or the history must not tell anyone what was asked.
  const title = questionCaption;

  const sendAnswer = (answer: AnswerValue | null) => {
    if (answer !== null) actor.send({ type: 'answer.submit', questionId: question.id, value: answer });
  };
  const submitThroughForm = form.handleSubmit((fields) => sendAnswer(fields.answer));
  // A valid answer goes straight to the machine. The form library's submit would first re-render
  // the page twice to record a submission nobody sees, delaying the next question; it runs when
  // there is a problem to show, and records the error and the attempt for the error summary.
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    const answer = form.getValues('answer');
    if (answerProblem(question, answer) === null) {
      event.preventDefault();
      sendAnswer(answer);
    } else {
      void submitThroughForm(event);
    }
  };

  return (
    <>
      <BackLink />
      {error ? <ErrorSummary message={error} fieldId={question.id} attempt={form.formState.submitCount} /> : null}
      {coordinator ? <p className="coordinator-cue">{messages.coordinatorCue}</p> : null}
      {/* The id lets coordinator mode's number keys find the form (coordinator/choice-keys.ts). */}
      <form id="question-form" noValidate onSubmit={submit}>
        <div className={error ? 'form-group form-group--error' : 'form-group'}>
          <fieldset className="fieldset" aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
            <legend className="fieldset__legend">
              <span className="caption">
                {sectionCaption}
                {/* Spoken pauses: the legend names the group, captions and question in one breath. */}
                <span className="visually-hidden">, </span>
                <span className="caption__question">{questionCaption}</span>
                <span className="visually-hidden">, </span>
              </span>
              {/* A new heading for each question: it takes focus as it appears. */}
              <PageHeading key={question.id} title={error ? `${messages.errorTitlePrefix}${title}` : title}>
                {question.text}
              </PageHeading>
            </legend>
            {/* Outside the legend, so it is no part of the group's name; a coordinator reads aloud. */}
            {coordinator ? null : (
              <ListenButton text={[question.text, question.hint, ...question.options.map((option) => option.label)]} />
            )}
            {question.hint ? (
              <p id={hintId} className="hint">
                {question.hint}
              </p>
            ) : null}
            {error ? (
              <p id={errorId} className="error-message">
                <span className="visually-hidden">{messages.hiddenError}</span> {error}
              </p>
            ) : null}
            {/* The inputs carry on to the next question (new ones only when radios become
                checkboxes or back), which spares a slow phone rebuilding them. None keeps the
                last question's tick: the form, reset as the machine moves, sets every one. */}
            <ChoiceList key={question.kind} question={question} form={form} />
          </fieldset>
        </div>
        <button type="submit" className="button">
          {messages.continue}
        </button>
      </form>
    </>
  );
}

/**
 * When the machine moves to another question, the form starts again from that question's saved
 * answer, with no error and no attempts. It happens as the machine moves, before the page renders,
 * so the next question's options never see the last question's choice or error.
 */
function useResetOnNextQuestion(reset: UseFormReturn<QuestionFields>['reset']) {
  const actor = QuestionnaireActor.useActorRef();
  useEffect(() => {
    let shown = actor.getSnapshot().context.questionId;
    const subscription = actor.subscribe(({ context }) => {
      if (context.questionId === shown) return;
      shown = context.questionId;
      const next = shown === null ? undefined : findQuestion(context.questionnaire, shown);
      if (next) reset(startingFields(next, context.answers[next.id]));
    });
    return () => subscription.unsubscribe();
  }, [actor, reset]);
}
