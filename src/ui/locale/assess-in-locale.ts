/** The rules' result worded for the language and perspective on screen. */
import type { Answers } from '../../../questions/answers.ts';
import { assess } from '../../rules/assess.ts';
import type { Recommendation } from '../../rules/recommendation.ts';
import type { Locale } from './locale-provider.tsx';

export function assessInLocale(
  answers: Answers,
  { perspective, catalog }: Pick<Locale, 'perspective' | 'catalog'>,
): Recommendation {
  return assess(answers, { perspective, texts: catalog.rules });
}
