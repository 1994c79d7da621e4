/**
 * The reading-grade implementation against published worked examples. The Flesch reading-ease
 * examples in the Wikipedia article "Flesch-Kincaid readability tests" give each sentence's words
 * and syllables; the grade level follows from the same counts.
 */
import { readingGrade, sentences, syllables, words } from './support/reading-grade.ts';

const fkGrade = (wordCount: number, syllableCount: number, sentenceCount = 1) =>
  0.39 * (wordCount / sentenceCount) + 11.8 * (syllableCount / wordCount) - 15.59;

const published = [
  { text: 'The cat sat on the mat.', words: 6, syllables: 6, readingEase: 116 },
  {
    text: 'This sentence, taken as a reading passage unto itself, is being used to prove a point.',
    words: 16,
    syllables: 23,
    readingEase: 69,
  },
  {
    text: 'The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.',
    words: 13,
    syllables: 26,
    readingEase: 24.4,
  },
];

describe('Flesch-Kincaid grade', () => {
  it.each(published)('counts "$text" as published: $words words, $syllables syllables', (example) => {
    const counted = words(example.text);
    expect(counted).toHaveLength(example.words);
    expect(counted.reduce((sum, word) => sum + syllables(word), 0)).toBe(example.syllables);
    const ease = 206.835 - 1.015 * example.words - 84.6 * (example.syllables / example.words);
    expect(ease).toBeCloseTo(example.readingEase, 0);
    expect(readingGrade(example.text)).toBeCloseTo(fkGrade(example.words, example.syllables), 5);
  });

  it('gives the published grades: -1.45, 7.61 and 13.08', () => {
    expect(published.map((example) => Math.round(readingGrade(example.text) * 100) / 100)).toEqual([
      -1.45, 7.61, 13.08,
    ]);
  });

  it('counts syllables of common words by rule', () => {
    const counts = Object.fromEntries(
      [
        'cat',
        'treatment',
        'medicine',
        'being',
        'going',
        'seeing',
        'special',
        'quarter',
        'usual',
        'used',
        'creature',
        '911',
      ].map((word) => [word, syllables(word)]),
    );
    expect(counts).toEqual({
      cat: 1,
      treatment: 2,
      medicine: 3,
      being: 2,
      going: 2,
      seeing: 2,
      special: 2,
      quarter: 2,
      usual: 3,
      used: 1,
      creature: 2,
      '911': 1,
    });
  });

  it('averages over sentences: two short sentences read easier than one long one', () => {
    const two = 'Call the helpline. They can help you find care.';
    expect(sentences(two)).toEqual(['Call the helpline.', 'They can help you find care.']);
    expect(readingGrade(two)).toBeLessThan(readingGrade('Call the helpline, and they can help you find care.'));
  });
});
