/**
 * Radios for a single choice, checkboxes for several. An exclusive option ("None of these")
 * unticks the others and is unticked by them, as in the GOV.UK checkboxes pattern.
 */
import type { UseFormReturn } from 'react-hook-form';
import type { WordedQuestion } from '../../../questions/schema.ts';
import type { QuestionFields } from './question-fields.ts';
import { useAppOptions } from '../app-options.tsx';
import { useMessages } from '../messages.tsx';

type Props = { question: WordedQuestion; form: UseFormReturn<QuestionFields> };

export function ChoiceList({ question, form }: Props) {
  const messages = useMessages();
  const multiple = question.kind === 'multiple';
  // Coordinator mode: each option shows the number key that chooses it.
  const numbered = useAppOptions().mode === 'coordinator';
  const exclusiveValues = question.options.filter((option) => option.exclusive).map((option) => option.value);

  const keepExclusiveAlone = (changed: string, checked: boolean) => {
    if (!multiple || !checked) return;
    const current = form.getValues('answer');
    const chosen: readonly string[] = typeof current === 'string' || current === null ? [] : current;
    const next = exclusiveValues.includes(changed) ? [changed] : chosen.filter((v) => !exclusiveValues.includes(v));
    if (next.length !== chosen.length) form.setValue('answer', next);
  };

  const field = form.register('answer', {
    onChange: (event: { target: HTMLInputElement }) => keepExclusiveAlone(event.target.value, event.target.checked),
  });

  return (
    <div className={multiple ? 'checkboxes' : 'radios'}>
      {question.options.map((option, index) => {
        const inputId = index === 0 ? question.id : `${question.id}-${option.value}`;
        const hintId = option.hint ? `${inputId}-hint` : undefined;
        return (
          // Keyed by place: the next question's options reuse these elements (question-screen.tsx).
          <div key={index}>
            {option.exclusive ? <p className="choice-divider">{messages.locale.choiceDivider}</p> : null}
            <div className="choice">
              <input
                {...field}
                className="choice__input"
                id={inputId}
                type={multiple ? 'checkbox' : 'radio'}
                value={option.value}
                aria-describedby={hintId}
              />
              <label className="choice__label" htmlFor={inputId}>
                {numbered ? <span className="choice__key">{index + 1}</span> : null}
                {numbered ? ' ' : null}
                {option.label}
              </label>
              {option.hint ? (
                <p id={hintId} className="hint choice__hint">
                  {option.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}
