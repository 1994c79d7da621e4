/**
 * Every sentence the rules produce, in English, spoken to the person answering ("you"). The rules
 * pick which texts apply; this catalog only words them. Its shape defines `RuleTexts`.
 */
import { enMedicineCautions, enMedicineNotes, enMedicines, enMedicinesTogether } from './en-medicines.ts';
import { enContacts } from './en-contacts.ts';
import { enNextSteps } from './en-next-steps.ts';
import { enReasons, enScores } from './en-reasons.ts';
import { enCautions } from './en-safety.ts';
import { enSettings, enSeverity } from './en-settings.ts';
import { enFamily, enSupport } from './en-support.ts';

export const en = {
  reasons: enReasons,
  scores: enScores,
  severity: enSeverity,
  settings: enSettings,
  medicinesTogether: enMedicinesTogether,
  medicines: enMedicines,
  medicineNotes: enMedicineNotes,
  medicineCautions: enMedicineCautions,
  cautions: enCautions,
  support: enSupport,
  family: enFamily,
  nextSteps: enNextSteps,
  contacts: enContacts,
};
