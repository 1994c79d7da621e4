/**
 * "Do this now": the one call to make, what to say on it, and the one safety step that matters
 * most, for the top of the results. Built from the conclusions already drawn (the next steps, the
 * setting or why none, the medicines) and a few answers, so it never says anything the rest of the
 * page does not back:
 * - the call is the first urgent step that has someone to call (911, 988, the domestic violence
 *   hotline, in the order of `stepRules`), else the SAMHSA National Helpline (HELP-1); in an embed
 *   the screen puts the clinic first when there is no crisis;
 * - what to say is for a call about treatment, so it is left out when the call is about a crisis:
 *   the setting to ask for (or why none), the medicines to ask about, pregnancy (PREG-4), the
 *   language and how treatment would be paid for; someone already taking a medicine gets what to
 *   ask their prescriber (CONT-1) instead of medicines to ask about;
 * - the safety step is the first of `safetyRules` that applies.
 */
import { single } from '../../questions/read-answers.ts';
import type { Language } from '../i18n/languages.ts';
import type { RuleTexts } from '../i18n/word-types.ts';
import { contactsIn } from './helplines.ts';
import type { DoThisNow, DoThisNowCall, Medication, Recommendation, Statement } from './recommendation.ts';
import { answer, any, type Facts } from './rule-conditions.ts';
import { lowTolerance, onMedicineNow, recentOverdose } from './risk-signals.ts';
import { apply, type StatementRule } from './statement-rule.ts';
import { statement } from './statement.ts';
import type { TreatmentMedicine } from './text-params.ts';

type Concluded = Pick<Recommendation, 'setting' | 'insteadOfSetting' | 'medications' | 'nextSteps'>;

const selfHarmOrUnknown = answer('self-harm-thoughts', ['yes', 'prefer-not-to-say', 'dont-know']);

/** The first that applies is the one safety step shown; the last applies to everyone. */
export const safetyRules: readonly StatementRule[] = [
  {
    id: 'give-naloxone-and-stay',
    when: answer('overdose-now', ['yes']),
    sources: ['SAFE-1'],
    text: (t) => t.doThisNow.safety['give-naloxone-and-stay'],
  },
  {
    id: 'do-not-wait',
    when: any(answer('danger-signs-now', ['yes']), answer('health-now', ['urgent'])),
    sources: ['WD-1', 'HELP-4'],
    text: (t) => t.doThisNow.safety['do-not-wait'],
  },
  {
    id: 'crisis-emergency',
    when: selfHarmOrUnknown,
    sources: ['SET-7', 'HELP-4'],
    text: (t) => t.doThisNow.safety['crisis-emergency'],
  },
  {
    id: 'danger-at-home',
    when: answer('home-safe', ['no']),
    sources: ['DV-1', 'HELP-4'],
    text: (t) => t.doThisNow.safety['danger-at-home'],
  },
  {
    id: 'wound-care-today',
    when: answer('health-now', ['wound-or-fever']),
    sources: ['XYL-1'],
    text: (t) => t.doThisNow.safety['wound-care-today'],
  },
  {
    id: 'keep-taking-medicine',
    when: onMedicineNow,
    sources: ['CONT-1'],
    text: (t) => t.doThisNow.safety['keep-taking-medicine'],
  },
  {
    id: 'higher-risk-naloxone',
    when: any(lowTolerance, recentOverdose),
    sources: ['SAFE-4', 'OD-1', 'MED-8'],
    text: (t) => t.doThisNow.safety['higher-risk-naloxone'],
  },
  {
    id: 'naloxone-not-alone',
    sources: ['MED-8', 'HR-1'],
    text: (t) => t.doThisNow.safety['naloxone-not-alone'],
  },
];

/** The SAMHSA National Helpline's call only: the TTY and text numbers are on its next step. */
function helplineCall(texts: RuleTexts): DoThisNowCall {
  return {
    id: 'samhsa-helpline',
    ...texts.doThisNow.helpline,
    contacts: [{ ...contactsIn(texts).samhsa }],
    sources: ['HELP-1'],
  };
}

/** The first urgent step with someone to call; wound care has no number and does not count. */
function chooseCall(concluded: Concluded, texts: RuleTexts): DoThisNowCall {
  const urgent = concluded.nextSteps.find((step) => step.urgent && step.contacts.length > 0);
  if (!urgent) return helplineCall(texts);
  const { id, title, text, contacts, sources } = urgent;
  return { id, title, text, contacts, sources };
}

const treatmentMedicines: readonly TreatmentMedicine[] = ['methadone', 'buprenorphine', 'naltrexone'];
const isTreatmentMedicine = (id: Medication['id']): id is TreatmentMedicine =>
  (treatmentMedicines as readonly string[]).includes(id);

/** "methadone, buprenorphine or naltrexone", in the order the results list them. */
function medicinesToAskAbout(medications: readonly Medication[], texts: RuleTexts, language: Language) {
  const names = medications
    .filter((medication) => medication.stance === 'discuss')
    .map((medication) => medication.id)
    .filter(isTreatmentMedicine)
    .map((id) => texts.doThisNow.medicines[id]);
  return names.length === 0 ? null : new Intl.ListFormat(language, { type: 'disjunction' }).format(names);
}

function script(facts: Facts, concluded: Concluded): Statement[] {
  const t = facts.texts.doThisNow.script;
  const reasonsFor = (rule: StatementRule) => apply(rule, facts);
  const lines: (Statement | null)[] = [];
  if (facts.perspective === 'other') lines.push(statement('calling-for-someone', t['calling-for-someone'], ['FAM-1']));

  const current = single(facts.answers, 'current-medicine');
  const taking = current === 'methadone' || current === 'buprenorphine' || current === 'naltrexone' ? current : null;
  const { setting, insteadOfSetting } = concluded;
  if (setting) {
    lines.push(statement(`setting-${setting.level}`, t.setting[setting.level], setting.sources, setting.reasons));
  } else if (insteadOfSetting?.id === 'under-18' || insteadOfSetting?.id === 'few-signs') {
    lines.push(
      statement(insteadOfSetting.id, t[insteadOfSetting.id], insteadOfSetting.sources, insteadOfSetting.reasons),
    );
  }
  // Fewer than two signs do not point to opioid use disorder (SEV-4): no medicines to ask for.
  const asksForTreatment = !taking && insteadOfSetting?.id !== 'few-signs';
  const medicines = !asksForTreatment ? null : medicinesToAskAbout(concluded.medications, facts.texts, facts.language);
  if (medicines) lines.push(statement('ask-about-medicines', t['ask-about-medicines'](medicines), ['MED-6', 'MORT-1']));

  lines.push(
    reasonsFor({
      id: 'pregnant',
      when: answer('pregnancy', ['pregnant']),
      sources: ['PREG-4'],
      text: () => t.pregnant,
    }),
    reasonsFor({
      id: 'could-be-pregnant',
      when: answer('pregnancy', ['could-be']),
      sources: ['PREG-4'],
      text: () => t['could-be-pregnant'],
    }),
    reasonsFor({
      id: 'recently-gave-birth',
      when: answer('pregnancy', ['recently-gave-birth']),
      sources: ['PREG-5'],
      text: () => t['recently-gave-birth'],
    }),
  );
  // The helpline answers in English and Spanish (HELP-1); the language is not an answer but the page's.
  if (facts.language === 'es') lines.push(statement('in-spanish', t['in-spanish'], ['HELP-1']));
  for (const payment of ['medicaid', 'medicare', 'private-insurance', 'no-insurance'] as const) {
    lines.push(
      reasonsFor({
        id: `payment-${payment}`,
        when: answer('payment', [payment]),
        sources: ['HELP-1', 'HELP-2'],
        text: () => t.payment[payment],
      }),
    );
  }
  if (taking) {
    const rule: StatementRule = {
      id: 'ask-prescriber',
      when: onMedicineNow,
      sources: ['CONT-1'],
      text: (texts) => texts.doThisNow.script['ask-prescriber'](texts.doThisNow.medicines[taking]),
    };
    lines.push(reasonsFor(rule));
  }
  return lines.filter((line): line is Statement => line !== null);
}

export function doThisNow(facts: Facts, concluded: Concluded): DoThisNow {
  const call = chooseCall(concluded, facts.texts);
  const safety = safetyRules.map((rule) => apply(rule, facts)).find((found) => found !== null);
  // The last safety rule has no condition, so one always applies.
  if (!safety) throw new Error('no safety step applies');
  return {
    call,
    script: call.id === 'samhsa-helpline' ? script(facts, concluded) : [],
    safety,
  };
}
