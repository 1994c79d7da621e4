/** Answer lists that several questions share. */

export const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

export const yesNoNotSure = [...yesNo, { value: 'not-sure', label: 'Not sure' }] as const;

export const noneOfThese = { value: 'none', label: 'None of these', exclusive: true } as const;

const LOINC = 'http://loinc.org';

export const loinc = (code: string, display: string) => ({ system: LOINC, code, display }) as const;

/** One step of the scale: the label is also the LOINC display text. */
const frequency = <const V extends string, const L extends string, const S extends number>(
  value: V,
  label: L,
  score: S,
  code: string,
) => ({ value, label, score, code: loinc(code, label) }) as const;

/** PHQ-2 and GAD-2 answer scale with item scores and LOINC answer codes (clinical reference PHQ-2). */
export const pastTwoWeeksFrequency = [
  frequency('not-at-all', 'Not at all', 0, 'LA6568-5'),
  frequency('several-days', 'Several days', 1, 'LA6569-3'),
  frequency('more-than-half', 'More than half the days', 2, 'LA6570-1'),
  frequency('nearly-every-day', 'Nearly every day', 3, 'LA6571-9'),
] as const;
