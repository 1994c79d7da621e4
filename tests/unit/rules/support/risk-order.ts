/**
 * What "riskier" means, per question, for the monotonicity properties (SET-1: the highest-risk
 * area decides, so more risk may never lower the setting). Reviewed against the clinical reference:
 * SAFE-2 (self-harm), SAFE-3 (alcohol, benzodiazepines, withdrawal seizures), SET-1 (urgent medical
 * problems, severe withdrawal), SET-3 (severity, mental health, home, return to use after
 * outpatient care), SEV-1 to SEV-3 (criteria, opioids taken only as prescribed), PHQ-2 and GAD-2.
 * A test checks that every question and option named here exists, and that each single-choice
 * question listed places every one of its options, so a new option forces a review here.
 */

/** Single choice: tiers from least to most risky; options in one tier weigh the same. */
export const singleRiskTiers = {
  'overdose-now': [['no'], ['yes']],
  'self-harm-thoughts': [['no'], ['yes']],
  'last-use': [['longer'], ['past-month'], ['past-week'], ['past-day']],
  'phq-interest': [['not-at-all'], ['several-days'], ['more-than-half'], ['nearly-every-day']],
  'phq-down': [['not-at-all'], ['several-days'], ['more-than-half'], ['nearly-every-day']],
  'gad-nervous': [['not-at-all'], ['several-days'], ['more-than-half'], ['nearly-every-day']],
  'gad-worry': [['not-at-all'], ['several-days'], ['more-than-half'], ['nearly-every-day']],
  'mental-health-diagnosis': [['no'], ['not-sure'], ['yes']],
  alcohol: [['no'], ['some'], ['heavy']],
  benzodiazepines: [['no'], ['sometimes'], ['daily']],
  stimulants: [['no'], ['yes']],
  'medical-problems': [['no'], ['ongoing'], ['urgent']],
  'withdrawal-history': [['no'], ['severe'], ['seizure']],
  housing: [['stable'], ['unstable'], ['none']],
  'others-use': [['no', 'live-alone'], ['yes']],
  'home-safe': [['yes'], ['not-sure'], ['no']],
  'support-person': [['yes'], ['no']],
  'previous-treatment': [['never', 'helped'], ['returned-once'], ['returned-repeatedly']],
} as const satisfies Record<string, readonly (readonly string[])[]>;

/**
 * Checkboxes: ticking one more of these is riskier. Not "None of these" (it counts nothing), and
 * not "pain pills only as prescribed", which on its own rightly lowers the count (SEV-3).
 */
export const riskierTicks = {
  control: ['more-than-meant', 'could-not-cut-down', 'much-time', 'craving'],
  'life-impact': ['duties', 'relationships', 'gave-up-activities', 'risky-situations', 'despite-harm'],
  'body-changes': ['tolerance', 'withdrawal'],
  'opioids-used': ['heroin', 'fentanyl', 'pills-not-as-prescribed', 'methadone-or-buprenorphine', 'other'],
  'how-used': ['swallow', 'smoke', 'snort', 'inject'],
  'recent-release': ['jail', 'detox', 'residential'],
  'previous-treatment-type': ['outpatient'],
} as const satisfies Record<string, readonly string[]>;

export type RiskyQuestionId = keyof typeof singleRiskTiers | keyof typeof riskierTicks;
export const riskyQuestionIds = [...Object.keys(singleRiskTiers), ...Object.keys(riskierTicks)] as RiskyQuestionId[];
