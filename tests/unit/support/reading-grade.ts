/** Shared by the plain-language tests of the questions and of the results. */

/** Flesch-Kincaid grade with a simple syllable count: rough, but enough to catch dense text. */
export function readingGrade(text: string): number {
  const sentences = Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((part) => part.trim()).length);
  const words = text.split(/\s+/).filter(Boolean);
  const syllables = words.reduce((sum, word) => {
    const letters = word.toLowerCase().replace(/[^a-z]/g, '');
    if (letters.length <= 3) return sum + 1;
    const trimmed = letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
    return sum + Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
  }, 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}
