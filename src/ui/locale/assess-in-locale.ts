/**
 * The rules' result worded for the language and perspective on screen, with that locale's rule
 * texts (from `useRuleTexts`, or `ruleTexts.load` where waiting is fine, as for a case note).
 */
import type { Answers } from '../../../questions/answers.ts';
import type { Perspective } from '../../../questions/perspective.ts';
import { assess } from '../../rules/assess.ts';
import type { Recommendation } from '../../rules/recommendation.ts';
import type { RuleTexts } from '../../rules/texts/rule-texts.ts';

export function assessInLocale(
  answers: Answers,
  { perspective, rules }: { perspective: Perspective; rules: RuleTexts },
): Recommendation {
  return assess(answers, { perspective, texts: rules });
}
