/**
 * One question per page, GOV.UK style: the question is the h1 inside the legend, validation runs
 * only on Continue, an error summary takes focus, and the saved answer is pre-filled so nothing
 * is lost on Back.
 */
import { useRef } from 'react';
import { useForm, type Resolver, type ResolverResult } from 'react-hook-form';
import { answerProblem } from '../../../questions/answer-check.ts';
import type { AnswerValue } from '../../../questions/answers.ts';
import type { Question } from '../../../questions/schema.ts';
import { useMessages } from '../messages.tsx';
import { BackLink } from '../components/back-link.tsx';
import { ErrorSummary } from '../components/error-summary.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ChoiceList } from '../components/choice-list.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';
import { useQuestionProgress } from '../use-question-progress.ts';
import { useAppOptions } from '../app-options.tsx';
import { useChoiceKeys } from '../coordinator/use-choice-keys.ts';

export type QuestionFields = { answer: AnswerValue | null };

/** Checks the page's one field with the same rule as the machine and saved data (answer-check.ts). */
function answerResolver(question: Question): Resolver<QuestionFields> {
  return (fields): ResolverResult<QuestionFields> => {
    const problem = answerProblem(question, fields.answer);
    return problem === null
      ? { values: fields, errors: {} }
      : { values: {}, errors: { answer: { type: 'validate', message: problem } } };
  };
}

export function QuestionScreen({ questionId }: { questionId: string }) {
  const progress = useQuestionProgress(questionId);
  const saved = QuestionnaireActor.useSelector((snapshot) => snapshot.context.answers[questionId]);
  if (!progress) return null;
  return <QuestionForm {...progress} saved={saved} />;
}

type FormProps = {
  question: Question;
  saved: AnswerValue | undefined;
  sectionCaption: string;
  questionCaption: string;
};

function QuestionForm({ question, saved, sectionCaption, questionCaption }: FormProps) {
  const messages = useMessages();
  const actor = QuestionnaireActor.useActorRef();
  const coordinator = useAppOptions().mode === 'coordinator';
  const formRef = useRef<HTMLFormElement>(null);
  useChoiceKeys(formRef, coordinator);
  const form = useForm<QuestionFields>({
    resolver: answerResolver(question),
    defaultValues: { answer: saved ?? (question.kind === 'multiple' ? [] : null) },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const error = form.formState.errors.answer?.message;
  const hintId = question.hint ? `${question.id}-hint` : undefined;
  const errorId = error ? `${question.id}-error` : undefined;
  const title = `${questionCaption}: ${question.text}`;

  const submit = form.handleSubmit((fields) => {
    if (fields.answer !== null) actor.send({ type: 'answer.submit', questionId: question.id, value: fields.answer });
  });

  return (
    <>
      <BackLink />
      {error ? <ErrorSummary message={error} fieldId={question.id} attempt={form.formState.submitCount} /> : null}
      {coordinator ? <p className="coordinator-cue">{messages.coordinatorCue}</p> : null}
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)}>
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
              <PageHeading title={error ? `${messages.errorTitlePrefix}${title}` : title}>{question.text}</PageHeading>
            </legend>
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
            <ChoiceList question={question} form={form} />
          </fieldset>
        </div>
        <button type="submit" className="button">
          {messages.continue}
        </button>
      </form>
    </>
  );
}
