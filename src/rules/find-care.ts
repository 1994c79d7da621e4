/**
 * "Find a place": what to look for on FindTreatment.gov (HELP-2) and what to ask a program before
 * choosing it. FindTreatment.gov keeps its search filters out of the address, so nothing is
 * pre-filled or sent: the person gets a checklist to choose from there themselves.
 * - the service follows what the person already takes (keep it: CONT-1), else the suggested
 *   setting (SET-2); outpatient care is looked for with medication (SET-6, MED-6);
 * - telehealth when visits are hard (buprenorphine may be prescribed by telehealth: MED-2, OTP-1),
 *   except for someone keeping methadone or suggested a place to stay;
 * - Spanish when the page is read in Spanish; programs for pregnant people (PREG-4);
 * - payment, from the one optional question that asks it.
 * Every program gets the same questions; take-home doses only where methadone is in the picture.
 */
import type { FindCare, Recommendation, Statement } from './recommendation.ts';
import { all, answer, not, type Facts } from './rule-conditions.ts';
import { pregnantOrCouldBe, visitsHard } from './risk-signals.ts';
import { apply, applyAll, type StatementRule } from './statement-rule.ts';
import { statement } from './statement.ts';

type Concluded = Pick<Recommendation, 'setting'>;

type LookFor = keyof Facts['texts']['findCare']['lookFor'];

function serviceToLookFor(facts: Facts, concluded: Concluded): Statement | null {
  const t = facts.texts.findCare.lookFor;
  for (const medicine of ['methadone', 'buprenorphine'] as const) {
    const id: LookFor = `service-${medicine}`;
    const keeps = apply(
      { id, when: answer('current-medicine', [medicine]), sources: ['CONT-1', 'SET-5'], text: () => t[id] },
      facts,
    );
    if (keeps) return keeps;
  }
  const { setting } = concluded;
  if (!setting) return null;
  const id: LookFor = `service-${setting.level}`;
  const sources = setting.level === 'outpatient' ? (['SET-2', 'SET-6'] as const) : (['SET-2', 'SET-5'] as const);
  return statement(id, t[id], sources, setting.reasons);
}

/**
 * Telehealth can start and keep buprenorphine (MED-2, OTP-1), but methadone for opioid use comes
 * only from a treatment program's own clinic (MED-1): someone keeping methadone is not sent to it.
 */
const telehealth: StatementRule = {
  id: 'telehealth',
  when: all(visitsHard, not(answer('current-medicine', ['methadone']))),
  sources: ['MED-2', 'OTP-1'],
  text: (t) => t.findCare.lookFor.telehealth,
};
const pregnant: StatementRule = {
  id: 'pregnant',
  when: pregnantOrCouldBe,
  sources: ['PREG-4'],
  text: (t) => t.findCare.lookFor.pregnant,
};
const paymentRules: readonly StatementRule[] = [
  ...(['medicaid', 'medicare', 'private-insurance', 'no-insurance'] as const).map((payment): StatementRule => ({
    id: `payment-${payment}`,
    when: answer('payment', [payment]),
    sources: ['HELP-2'],
    text: (t) => t.findCare.lookFor[`payment-${payment}`],
  })),
];

/** Methadone is out of the picture only for someone taking another medicine that works for them. */
const methadoneInPicture = not(answer('current-medicine', ['buprenorphine', 'naltrexone']));

export const askRules: readonly StatementRule[] = [
  { id: 'offers-moud', sources: ['SET-5', 'CONT-1'], text: (t) => t.findCare.ask['offers-moud'] },
  { id: 'start-quickly', sources: ['SET-6', 'OD-1'], text: (t) => t.findCare.ask['start-quickly'] },
  {
    id: 'take-home-doses',
    when: methadoneInPicture,
    explainedBy: answer('current-medicine', ['methadone']),
    sources: ['OTP-1'],
    text: (t) => t.findCare.ask['take-home-doses'],
  },
  { id: 'mental-health', sources: ['SET-3'], text: (t) => t.findCare.ask['mental-health'] },
  { id: 'cost', sources: ['SET-3'], text: (t) => t.findCare.ask.cost },
  { id: 'after-withdrawal', sources: ['SET-4'], text: (t) => t.findCare.ask['after-withdrawal'] },
];

/** The filters that follow from one answer each, in the order listed (for the decision table too). */
export const lookForRules: readonly StatementRule[] = [telehealth, pregnant, ...paymentRules];

export function findCare(facts: Facts, concluded: Concluded): FindCare {
  const service = serviceToLookFor(facts, concluded);
  // The language is not an answer but the page's: Spanish readers look for care in Spanish.
  const spanish =
    facts.language === 'es' ? statement('spanish', facts.texts.findCare.lookFor.spanish, ['HELP-2']) : null;
  // Residential and hospital care are places to stay: telehealth is no way to find them.
  const staying = concluded.setting?.level === 'residential' || concluded.setting?.level === 'hospital';
  const lookFor = [
    service,
    staying ? null : apply(telehealth, facts),
    spanish,
    apply(pregnant, facts),
    ...applyAll(paymentRules, facts),
  ];
  return { lookFor: lookFor.filter((line): line is Statement => line !== null), ask: applyAll(askRules, facts) };
}
