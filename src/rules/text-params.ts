/** The variable parts a text can take. Catalogs in any language or voice receive exactly these. */

/** Severity from the count of criteria, once at least one criteria question was answered. */
export type SeverityBand = 'none' | 'mild' | 'moderate' | 'severe';

/** Which of benzos and alcohol an answer set mentions (at least one is true). */
export type BenzosOrAlcohol = { readonly benzos: boolean; readonly alcohol: boolean };

/** A pregnancy answer that changes what is said about naltrexone. */
export type PregnancyAnswer = 'pregnant' | 'could-be';

/** A medicine for opioid use disorder the person may take now (CONT-1). */
export type TreatmentMedicine = 'methadone' | 'buprenorphine' | 'naltrexone';
