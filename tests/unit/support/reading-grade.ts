/**
 * Flesch-Kincaid grade level, shared by the plain-language tests of the questions and the results.
 * The syllable count is a small rule set (vowel groups, a silent final "e", "-ed" and "-es", and
 * the vowel pairs that are usually two syllables, as in "Australian", "reptilian" and "being"); it
 * is checked against published worked examples in `plain-language-reading-grade.test.ts`.
 */

/** Syllables in one word, by rule; at least 1 (a number such as "911" counts as one). */
export function syllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  // Pairs read as two syllables: "li-an", "the-o", "u-al" (not "cia"/"tia", "qua"/"gua"), "be-ing".
  const split = (trimmed.match(/(?<![cgst])ia|iu|eo|(?<![qg])ua|uo/g) ?? []).length;
  const beforeIng = /(?<![aeiou])[aeou]ing$/.test(letters) ? 1 : 0;
  return Math.max(1, groups + split + beforeIng);
}

/** The sentences of a text: split after ".", "!" or "?" followed by a space or the end. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[a-z]/i.test(sentence));
}

/** The words of a text (anything between spaces that holds a letter or digit). */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[a-z0-9]/i.test(word));
}

/** Flesch-Kincaid grade: 0.39 x words per sentence + 11.8 x syllables per word - 15.59. */
export function readingGrade(text: string): number {
  const all = words(text);
  if (all.length === 0) return 0;
  const sentenceCount = Math.max(1, sentences(text).length);
  const syllableCount = all.reduce((sum, word) => sum + syllables(word), 0);
  return 0.39 * (all.length / sentenceCount) + 11.8 * (syllableCount / all.length) - 15.59;
}

/**
 * Names a person needs to recognise (medicines, conditions, services) are long words by nature and
 * cannot be made plainer; each is graded as a one-syllable word.
 */
export const names =
  /\b(benzodiazepines?|methadone|buprenorphine|naltrexone|naloxone|Narcan|Suboxone|Sublocade|Vivitrol|lofexidine|clonidine|depression|anxiety|bipolar|hepatitis|oxycodone|hydrocodone|morphine|fentanyl|gabapentin|pregabalin|Xanax|Valium|Klonopin|Ativan|counselor|opioids?|Medicaid|Narcotics Anonymous|SMART Recovery|CBT|FindTreatment\.gov|988lifeline\.org|SAMHSA|National Domestic Violence Hotline|Partnership to End Addiction)\b/gi;

/** The grade of a text with the names above counted as plain words. */
export function gradeWithNames(text: string): number {
  return readingGrade(text.replace(names, 'pill'));
}

export interface GradeSummary {
  count: number;
  max: number;
  mean: number;
  /** The text with the highest grade. */
  hardest: string;
}

export function summarize(texts: readonly string[]): GradeSummary {
  const graded = texts.map((text) => ({ text, grade: gradeWithNames(text) }));
  const hardest = graded.reduce((top, next) => (next.grade > top.grade ? next : top), { text: '', grade: -Infinity });
  const mean = graded.reduce((sum, next) => sum + next.grade, 0) / Math.max(1, graded.length);
  return {
    count: graded.length,
    max: Math.round(hardest.grade * 10) / 10,
    mean: Math.round(mean * 10) / 10,
    hardest: hardest.text,
  };
}
