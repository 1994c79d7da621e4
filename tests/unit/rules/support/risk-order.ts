/**
 * What "riskier" means, per question, for the monotonicity properties (SET-1: the highest-risk
 * area decides, so more risk may never lower the setting). Reviewed against the clinical reference:
 * SAFE-2 and SET-7 (self-harm), WD-1 (danger signs now), OD-1 (a recent overdose), SAFE-3 (alcohol,
 * benzodiazepines and whether they are prescribed, withdrawal seizures), SET-1 (urgent medical
 * problems, severe withdrawal), SET-3 and SET-6 (severity, mental health, home, return to use
 * after care with medicine), SEV-1 to SEV-3 (criteria, opioids taken only as prescribed), PHQ-2
 * and GAD-2. An answer kept back ("Prefer not to say") or not known ("I don't know") sits just
 * above the safest known answer: it may never give less than that answer does, and the riskier
 * known answers may never give less than it does.
 *
 * Left out: whether benzodiazepines are prescribed, since leaving it unanswered is read as "not
 * known to be prescribed", the riskier answer, not as the lowest one (the monotonicity properties
 * check its order on their own). Left out on purpose, as not "more risk": who the self-check is for (`adult`), the medicine taken
 * now and whether it works (`current-medicine`, `medicine-working`: being in treatment changes the
 * question, CONT-1), and work or children (`responsibilities`: care that keeps them, SET-3).
 *
 * A test checks that every question and option named here exists, and that each single-choice
 * question listed places every one of its options, so a new option forces a review here.
 */

/** Single choice: tiers from least to most risky; options in one tier weigh the same. */
export const singleRiskTiers = {
  'overdose-now': [['no'], ['yes']],
  'self-harm-thoughts': [['no'], ['prefer-not-to-say', 'dont-know'], ['yes']],
  'danger-signs-now': [['no'], ['dont-know'], ['yes']],
  'last-use': [['longer'], ['dont-know'], ['past-month'], ['past-week'], ['past-day']],
  'recent-overdose': [['no'], ['dont-know'], ['yes']],
  'phq-interest': [['not-at-all'], ['several-days'], ['more-than-half'], ['nearly-every-day']],
  'phq-down': [['not-at-all'], ['several-days'], ['more-than-half'], ['nearly-every-day']],
  'gad-nervous': [['not-at-all'], ['several-days'], ['more-than-half'], ['nearly-every-day']],
  'gad-worry': [['not-at-all'], ['several-days'], ['more-than-half'], ['nearly-every-day']],
  'mental-health-diagnosis': [['no'], ['not-sure'], ['yes']],
  alcohol: [['no'], ['prefer-not-to-say', 'dont-know'], ['some'], ['heavy']],
  benzodiazepines: [['no'], ['prefer-not-to-say', 'dont-know'], ['sometimes'], ['daily']],
  'withdrawal-history': [['no'], ['dont-know'], ['severe'], ['seizure']],
  housing: [['stable'], ['unstable'], ['none']],
  'others-use': [['no', 'live-alone'], ['prefer-not-to-say', 'dont-know'], ['yes']],
  'home-safe': [['yes'], ['not-sure', 'prefer-not-to-say'], ['no']],
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
  'how-used': ['swallow', 'smoke', 'snort', 'inject', 'alone'],
  'other-drugs': ['stimulants', 'gabapentinoids', 'sleeping-pills'],
  'health-now': ['urgent', 'wound-or-fever', 'chronic-pain', 'ongoing'],
  'recent-release': ['jail', 'detox', 'residential', 'stopped-medicine'],
  'previous-treatment-type': ['outpatient', 'medication', 'residential', 'detox-only'],
} as const satisfies Record<string, readonly string[]>;

export type RiskyQuestionId = keyof typeof singleRiskTiers | keyof typeof riskierTicks;
export const riskyQuestionIds = [...Object.keys(singleRiskTiers), ...Object.keys(riskierTicks)] as RiskyQuestionId[];
