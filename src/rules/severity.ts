/**
 * Severity from the count of the eleven criteria (SEV-1, SEV-2). The three checkbox questions
 * cover 4 + 5 + 2 criteria; "None of these" counts nothing. Tolerance and withdrawal do not count
 * for someone who only takes pain pills as prescribed (SEV-3), or who takes methadone or
 * buprenorphine for opioid use now (CONT-2).
 */
import type { Answers } from '../../questions/answers.ts';
import { answered, multiple, single } from '../../questions/read-answers.ts';
import type { Reason, Severity } from './recommendation.ts';
import { reasonFor } from './reasons.ts';
import type { RuleTexts } from '../i18n/word-types.ts';
import type { SourceId } from './sources.ts';

export type SeverityLevel = Severity['level'];
export type SeverityResult = { severity: Severity; reasons: Reason[] };

export const criteriaQuestions = ['control', 'life-impact', 'body-changes'] as const;

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

/** Methadone or buprenorphine for opioid use now: its tolerance and withdrawal are expected (CONT-2). */
function onAgonistTreatment(answers: Answers): 'methadone' | 'buprenorphine' | null {
  const medicine = single(answers, 'current-medicine');
  return medicine === 'methadone' || medicine === 'buprenorphine' ? medicine : null;
}

export function assessSeverity(answers: Answers, texts: RuleTexts): SeverityResult {
  const firstAnswered = criteriaQuestions.find((id) => answered(answers, id));
  if (firstAnswered === undefined) {
    return { severity: { level: 'not-answered', criteriaCount: 0, sources: ['SEV-1', 'SEV-2'] }, reasons: [] };
  }
  const control = multiple(answers, 'control').filter((value) => value !== 'none');
  const lifeImpact = multiple(answers, 'life-impact').filter((value) => value !== 'none');
  const bodyChanges = multiple(answers, 'body-changes').filter((value) => value !== 'none');
  const pills = onlyPrescribedPills(answers) && bodyChanges.length > 0;
  const medicine = bodyChanges.length > 0 ? onAgonistTreatment(answers) : null;
  const excludeBody = pills || medicine !== null;
  const count = control.length + lifeImpact.length + (excludeBody ? 0 : bodyChanges.length);
  const level = levelForCount(count);
  const sources: SourceId[] = [
    'SEV-1',
    'SEV-2',
    ...(pills ? (['SEV-3'] as const) : []),
    ...(medicine ? (['CONT-2'] as const) : []),
  ];
  const reasons: Reason[] = [{ questionId: firstAnswered, text: texts.severity.count(count, level) }];
  if (pills) reasons.push(reasonFor('opioids-used', 'pills-as-prescribed', texts));
  if (medicine) reasons.push(reasonFor('current-medicine', medicine, texts));
  if (excludeBody) reasons.push({ questionId: 'body-changes', text: texts.severity.prescribedOnly });
  return { severity: { level, criteriaCount: count, sources }, reasons };
}
