/**
 * Severity from the count of the eleven criteria (SEV-1, SEV-2). The three checkbox questions
 * cover 4 + 5 + 2 criteria; "None of these" counts nothing. Tolerance and withdrawal do not count
 * for someone who only takes pain pills as prescribed (SEV-3).
 */
import type { Answers } from '../../questions/answers.ts';
import { answered, multiple } from '../../questions/read-answers.ts';
import type { Reason, Severity } from './recommendation.ts';
import { reasonFor } from './reasons.ts';
import type { SourceId } from './sources.ts';

export type SeverityLevel = Severity['level'];
export type SeverityResult = { severity: Severity; reasons: Reason[] };

const criteriaQuestions = ['control', 'life-impact', 'body-changes'] as const;

export function levelForCount(count: number): Exclude<SeverityLevel, 'not-answered'> {
  if (count >= 6) return 'severe';
  if (count >= 4) return 'moderate';
  if (count >= 2) return 'mild';
  return 'none';
}

function onlyPrescribedPills(answers: Answers): boolean {
  const used = multiple(answers, 'opioids-used');
  return used.length === 1 && used[0] === 'pills-as-prescribed';
}

export function assessSeverity(answers: Answers): SeverityResult {
  const firstAnswered = criteriaQuestions.find((id) => answered(answers, id));
  if (firstAnswered === undefined) {
    return { severity: { level: 'not-answered', criteriaCount: 0, sources: ['SEV-1', 'SEV-2'] }, reasons: [] };
  }
  const control = multiple(answers, 'control').filter((value) => value !== 'none');
  const lifeImpact = multiple(answers, 'life-impact').filter((value) => value !== 'none');
  const bodyChanges = multiple(answers, 'body-changes').filter((value) => value !== 'none');
  const excludeBody = onlyPrescribedPills(answers) && bodyChanges.length > 0;
  const count = control.length + lifeImpact.length + (excludeBody ? 0 : bodyChanges.length);
  const level = levelForCount(count);
  const sources: SourceId[] = excludeBody ? ['SEV-1', 'SEV-2', 'SEV-3'] : ['SEV-1', 'SEV-2'];
  const reasons: Reason[] = [{ questionId: firstAnswered, text: countText(count, level) }];
  if (excludeBody) {
    reasons.push(reasonFor('opioids-used', 'pills-as-prescribed'), {
      questionId: 'body-changes',
      text: 'So needing more, or feeling sick when you stop, does not count here.',
    });
  }
  return { severity: { level, criteriaCount: count, sources }, reasons };
}

function countText(count: number, level: Exclude<SeverityLevel, 'not-answered'>): string {
  const things = count === 1 ? 'thing' : 'things';
  const shown = `You said ${count} of the 11 ${things} that providers ask about happened in the past 12 months.`;
  switch (level) {
    case 'severe':
      return `${shown} 6 or more is counted as severe.`;
    case 'moderate':
      return `${shown} 4 or 5 is counted as moderate.`;
    case 'mild':
      return `${shown} 2 or 3 is counted as mild.`;
    case 'none':
      return `${shown} Fewer than 2 is not usually counted as a problem.`;
  }
}
