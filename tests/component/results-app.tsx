/**
 * The results page for a given set of answers, reached as a person reaches it after saving on this
 * device: the saved answers are continued from the intro, which opens "Check your answers", and
 * "See my results" shows the results. Every question on the journey is answered, calmly unless the
 * test says otherwise, so the walk takes no time.
 */
import { screen } from '@testing-library/react';
import type { AnswerValue, Answers } from '../../questions/answers.ts';
import { firstUnanswered } from '../../questions/journey.ts';
import type { Perspective } from '../../questions/perspective.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { assess } from '../../src/rules/assess.ts';
import { SAVE_KEY } from '../../src/storage/local-store.ts';
import { serializeProgress } from '../../src/storage/saved-format.ts';
import { parts } from '../../src/ui/load-plan.ts';
import { catalogIn } from '../support/words.ts';
import { renderWith } from './l10n-app.tsx';

/**
 * Values that open no crisis, take no medicine for opioid use now (so a setting is suggested) and
 * ask for no hospital care (no drinking, no benzodiazepines, no urgent health problem).
 */
const calm: Answers = {
  'overdose-now': 'no',
  'self-harm-thoughts': 'no',
  'danger-signs-now': 'no',
  adult: 'yes',
  'current-medicine': 'none',
  'recent-overdose': 'no',
  alcohol: 'no',
  benzodiazepines: 'no',
  'other-drugs': ['none'],
  'health-now': ['none'],
  'withdrawal-history': 'no',
};

/** A whole journey's answers: `given` where it says, else calm, else each question's first option. */
export function answersWith(given: Answers): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (let question = firstUnanswered(questionnaire, answers); question;) {
    const first = question.options[0]?.value ?? '';
    answers[question.id] = given[question.id] ?? calm[question.id] ?? (question.kind === 'single' ? first : [first]);
    question = firstUnanswered(questionnaire, answers);
  }
  return answers;
}

/** `options` are more URL options, e.g. an embed's, beside the language. */
type Open = { language?: Language; perspective?: Perspective; options?: URLSearchParams };

/** Puts `answers` where "Save my answers" keeps them, as if saved on this device just now. */
async function saveOnThisDevice(answers: Answers, perspective: Perspective = 'self'): Promise<void> {
  await parts.savedAnswersReader.load();
  localStorage.setItem(SAVE_KEY, serializeProgress({ answers, questionId: null, perspective }, Date.now()));
}

/** Shows "Check your answers" for saved `answers` and returns the words on screen. */
export async function openCheckPage(
  answers: Answers,
  { language = 'en', perspective = 'self', options = new URLSearchParams() }: Open = {},
) {
  await saveOnThisDevice(answers, perspective);
  const search = new URLSearchParams(options);
  search.set('lang', language);
  const view = renderWith(`?${search.toString()}`);
  const catalog = catalogIn(language, perspective);
  const intro = catalogIn(language, 'self');
  await view.user.click(await screen.findByRole('button', { name: intro.ui.save.continue }));
  await screen.findByRole('heading', { level: 1, name: catalog.ui.check.title });
  return { ...view, catalog };
}

/** Shows the results of `answers` and returns the words on screen and the rules' result. */
export async function openResults(answers: Answers, open: Open = {}) {
  const { language = 'en', perspective = 'self' } = open;
  const view = await openCheckPage(answers, open);
  await view.user.click(await screen.findByRole('button', { name: view.catalog.ui.check.confirm }));
  await screen.findByRole('heading', { level: 1, name: view.catalog.ui.results.title });
  const recommendation = assess(answers, { perspective, texts: view.catalog.rules, language });
  return { ...view, recommendation };
}

/** Each heading in `main`, as "h2 Title", in page order. */
export function headingOutline(): string[] {
  return [...screen.getByRole('main').querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (heading) => `${heading.tagName.toLowerCase()} ${heading.textContent}`,
  );
}

/** Headings that skip a level on the way down (an h2 followed by an h4, say). */
export function skippedHeadingLevels(): string[] {
  const outline = headingOutline();
  return outline.filter((line, index) => {
    const before = outline[index - 1];
    return before !== undefined && Number(line[1]) > Number(before[1]) + 1;
  });
}
