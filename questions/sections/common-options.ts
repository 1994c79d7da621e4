/** Answer lists that several questions share: values only; each question words them (src/i18n/). */
export const yesNo = [{ value: 'yes' }, { value: 'no' }] as const;

export const yesNoNotSure = [...yesNo, { value: 'not-sure' }] as const;

export const noneOfThese = { value: 'none', exclusive: true } as const;

/** For a sensitive question: the person may keep the answer to themselves. */
export const preferNotToSay = { value: 'prefer-not-to-say', unknown: true } as const;

/** For someone answering about another person, who may not know the answer. */
export const dontKnow = { value: 'dont-know', unknown: true, onlyFor: 'other' } as const;

const LOINC = 'http://loinc.org';

export const loinc = (code: string, display: string) => ({ system: LOINC, code, display }) as const;

/**
 * One step of the scale, with its LOINC answer code. The code's display is LOINC's own English
 * name for the answer, part of the code and not of any page: what the person reads is in the words.
 */
const frequency = <const V extends string, const S extends number>(value: V, display: string, score: S, code: string) =>
  ({ value, score, code: loinc(code, display) }) as const;

/** PHQ-2 and GAD-2 answer scale with item scores and LOINC answer codes (clinical reference PHQ-2). */
export const pastTwoWeeksFrequency = [
  frequency('not-at-all', 'Not at all', 0, 'LA6568-5'),
  frequency('several-days', 'Several days', 1, 'LA6569-3'),
  frequency('more-than-half', 'More than half the days', 2, 'LA6570-1'),
  frequency('nearly-every-day', 'Nearly every day', 3, 'LA6571-9'),
] as const;
