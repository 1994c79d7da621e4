/**
 * A condition in plain words, in terms of the questions as a person sees them: the question's
 * own text and the labels of its options. Used by the generated decision table. Every option is
 * named, also one offered only to someone answering for another person ("I don't know"), which
 * says so.
 */
import { findQuestion } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import { withWords } from '../../questions/with-words.ts';
import englishWords from '../../src/i18n/en/words.ts';
import { inVoice } from '../../src/i18n/voices.ts';
import type { RuleCondition, SeverityFloor } from '../../src/rules/rule-conditions.ts';

const worded = withWords(questionnaire, inVoice(englishWords.questions, 'self'));

const floors: Record<SeverityFloor, string> = {
  mild: 'they report 2 or more of the 11 signs of opioid use disorder (mild or worse)',
  moderate: 'they report 4 or more of the 11 signs of opioid use disorder (moderate or worse)',
  severe: 'they report 6 or more of the 11 signs of opioid use disorder (severe)',
};

function describeAnswer(questionId: string, values: readonly string[]): string {
  const question = findQuestion(worded, questionId);
  if (!question) return `${questionId} is ${values.join(' or ')}`;
  const labels = values.map((value) => {
    const option = question.options.find((candidate) => candidate.value === value);
    const forOthers = option?.onlyFor === 'other' ? ' (offered only to someone answering for another person)' : '';
    return `“${option?.label ?? value}”${forOthers}`;
  });
  const verb = question.kind === 'multiple' ? 'they ticked' : 'they answered';
  return `${verb} ${labels.join(' or ')} ${question.kind === 'multiple' ? 'for' : 'to'} “${question.text}”`;
}

function wrap(condition: RuleCondition): string {
  const text = describeCondition(condition);
  return 'all' in condition || 'any' in condition ? `[${text}]` : text;
}

export function describeCondition(condition: RuleCondition): string {
  if ('questionId' in condition) return describeAnswer(condition.questionId, condition.anyOf);
  if ('severityAtLeast' in condition) return floors[condition.severityAtLeast];
  if ('severityNone' in condition) return 'they report fewer than 2 of the 11 signs of opioid use disorder';
  if ('moodScreen' in condition) return 'a short mood check is positive (PHQ-2 or GAD-2 score of 3 or more out of 6)';
  if ('perspective' in condition) {
    return condition.perspective === 'other'
      ? 'someone answers for a person they care about'
      : 'the person answers for themselves';
  }
  if ('all' in condition) return condition.all.map(wrap).join(', and ');
  if ('any' in condition) return condition.any.map(wrap).join(', or ');
  return `it is not true that ${wrap(condition.not)}`;
}
