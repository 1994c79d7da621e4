/**
 * What the rules conclude, as a typed contract between `src/rules` (which builds it), the UI
 * (which shows it) and the exports. Every conclusion carries its reasons (which answers led to it)
 * and the ids of the clinical sources it relies on.
 */
import { z } from 'zod';
import { MedicationIdSchema, SettingLevelSchema, type MedicationId } from './result-ids.ts';
import { sources, type SourceId } from './sources.ts';

export { MedicationIdSchema, SettingLevelSchema, settingLevels } from './result-ids.ts';
export type { MedicationId, SettingLevel } from './result-ids.ts';

export const SourceIdSchema = z.custom<SourceId>(
  (value) => typeof value === 'string' && Object.hasOwn(sources, value),
  {
    message: 'unknown source id',
  },
);
const Sources = z.array(SourceIdSchema).min(1);

/** "Because you said ...": the answer that led to a conclusion, in plain words. */
export const ReasonSchema = z.strictObject({
  questionId: z.string().min(1),
  text: z.string().min(1),
});
export type Reason = z.infer<typeof ReasonSchema>;

/** One sentence the person reads (a note or a caution), with where it comes from. */
export const StatementSchema = z.strictObject({
  id: z.string().min(1),
  text: z.string().min(1),
  sources: Sources,
  reasons: z.array(ReasonSchema),
});
export type Statement = z.infer<typeof StatementSchema>;

export const SettingSchema = z.strictObject({
  level: SettingLevelSchema,
  name: z.string().min(1),
  /** One line of orientation to the ASAM level it roughly matches (SET-2, LIC-1). */
  asamOrientation: z.string().min(1),
  description: z.string().min(1),
  /** Medically managed withdrawal is needed before or alongside (SAFE-3, SET-4). */
  medicalWithdrawalManagement: z.boolean(),
  reasons: z.array(ReasonSchema),
  sources: Sources,
});
export type Setting = z.infer<typeof SettingSchema>;

/** A short mood check's total (PHQ-2 or GAD-2), for the provider: shown in the case note and the printout. */
const MoodScreenSchema = z.strictObject({ score: z.number().int().min(0).max(6), positive: z.boolean() });

export const SeverityLevelSchema = z.enum(['not-answered', 'none', 'mild', 'moderate', 'severe']);
export const SeveritySchema = z.strictObject({
  level: SeverityLevelSchema,
  /** How many of the eleven SEV-1 criteria count (SEV-2, SEV-3). */
  criteriaCount: z.number().int().min(0).max(11),
  sources: Sources,
});
export type Severity = z.infer<typeof SeveritySchema>;

/** The medicines for opioid use disorder itself, which a person may already be taking (CONT-1). */
export type TreatmentMedicineId = Extract<MedicationId, 'methadone' | 'buprenorphine' | 'naltrexone'>;

export const MedicationSchema = z.strictObject({
  id: MedicationIdSchema,
  name: z.string().min(1),
  howGiven: z.string().min(1),
  /** `not-now`: not to be started for this person now (naltrexone in pregnancy, PREG-2; withdrawal aids, PREG-6). */
  stance: z.enum(['discuss', 'not-now']),
  notes: z.array(StatementSchema),
  cautions: z.array(StatementSchema),
  sources: Sources,
});
export type Medication = z.infer<typeof MedicationSchema>;

const ContactSchema = z.strictObject({ label: z.string(), display: z.string(), href: z.string() });

export const NextStepSchema = z.strictObject({
  id: z.string().min(1),
  /** Urgent steps (911, 988) come before everything else. */
  urgent: z.boolean(),
  title: z.string().min(1),
  text: z.string().min(1),
  contacts: z.array(ContactSchema),
  sources: Sources,
});
export type NextStep = z.infer<typeof NextStepSchema>;

/** The top of the results: the one call, what to say on it, the one safety step (src/rules/do-this-now.ts). */
export const DoThisNowSchema = z.strictObject({
  /** An urgent step's call (its step id), or the SAMHSA National Helpline's ('samhsa-helpline'). */
  call: NextStepSchema.pick({ id: true, title: true, text: true, contacts: true, sources: true }),
  /** What to say on a call about treatment; empty when the call is about a crisis. */
  script: z.array(StatementSchema),
  safety: StatementSchema,
});
export type DoThisNow = z.infer<typeof DoThisNowSchema>;

/** "Find a place": what to look for on FindTreatment.gov, and what to ask a program (find-care.ts). */
export const FindCareSchema = z.strictObject({
  lookFor: z.array(StatementSchema),
  ask: z.array(StatementSchema),
});
export type FindCare = z.infer<typeof FindCareSchema>;
export type DoThisNowCall = DoThisNow['call'];

export const RecommendationSchema = z.strictObject({
  questionnaireVersion: z.string(),
  rulesVersion: z.string(),
  severity: SeveritySchema,
  /** Null when no setting is suggested: `insteadOfSetting` says why and what comes first. */
  setting: SettingSchema.nullable(),
  /**
   * Why no treatment setting is suggested (a crisis evaluation first, SET-7; under 18, AGE-1;
   * already in treatment, CONT-1; fewer than two signs, SEV-4); null when a setting is.
   */
  insteadOfSetting: StatementSchema.nullable(),
  /** Both mood checks, answered or not: for the provider, not the person's own screens. */
  moodScreens: z.strictObject({ phq2: MoodScreenSchema, gad2: MoodScreenSchema }),
  /** About the medicines together, shown before them (MED-6). */
  medicationNotes: z.array(StatementSchema),
  medications: z.array(MedicationSchema),
  /** Safety cautions that are not about one medication (SAFE-3, SAFE-4, HR-1, ...). */
  cautions: z.array(StatementSchema),
  /** Answers the person kept to themselves or did not know, each with what to tell the provider. */
  unknowns: z.array(StatementSchema),
  support: z.array(StatementSchema),
  /** What family and friends can do: only when someone answers for a person they care about. */
  family: z.array(StatementSchema),
  nextSteps: z.array(NextStepSchema).min(1),
  doThisNow: DoThisNowSchema,
  findCare: FindCareSchema,
});
export type Recommendation = z.infer<typeof RecommendationSchema>;
