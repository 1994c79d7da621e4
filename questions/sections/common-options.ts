/** Answer lists that several questions share. */

export const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

export const yesNoNotSure = [...yesNo, { value: 'not-sure', label: 'Not sure' }] as const;

export const noneOfThese = { value: 'none', label: 'None of these', exclusive: true } as const;

const LOINC = 'http://loinc.org';

/** PHQ-2 and GAD-2 answer scale with item scores and LOINC answer codes (clinical reference PHQ-2). */
export const pastTwoWeeksFrequency = [
  {
    value: 'not-at-all',
    label: 'Not at all',
    score: 0,
    code: { system: LOINC, code: 'LA6568-5', display: 'Not at all' },
  },
  {
    value: 'several-days',
    label: 'Several days',
    score: 1,
    code: { system: LOINC, code: 'LA6569-3', display: 'Several days' },
  },
  {
    value: 'more-than-half',
    label: 'More than half the days',
    score: 2,
    code: { system: LOINC, code: 'LA6570-1', display: 'More than half the days' },
  },
  {
    value: 'nearly-every-day',
    label: 'Nearly every day',
    score: 3,
    code: { system: LOINC, code: 'LA6571-9', display: 'Nearly every day' },
  },
] as const;

export const loinc = (code: string, display: string) => ({ system: LOINC, code, display }) as const;
