import { allQuestions } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import { readingGrade } from './support/reading-grade.ts';

// PHQ-2 and GAD-2 items must keep their published wording (LIC-3), so only our own text is graded.
const ownQuestions = allQuestions(questionnaire).filter((question) => !question.code);

// Names a person needs to recognise are long words by nature; they are graded as a short word.
const names =
  /\b(benzodiazepines|methadone|buprenorphine|naltrexone|depression|anxiety|bipolar|hepatitis|oxycodone|hydrocodone|morphine|fentanyl|counselor)\b/gi;
const graded = (text: string) => readingGrade(text.replace(names, 'pill'));

describe('plain language in the questions', () => {
  it('reads at grade 8 or lower as a whole: questions, hints and answers', () => {
    const texts = ownQuestions.flatMap((question) => [
      question.text,
      question.hint ?? '',
      ...question.options.flatMap((option) => [option.label, option.hint ?? '']),
    ]);
    expect(graded(texts.filter(Boolean).join(' '))).toBeLessThanOrEqual(8);
  });

  it('asks each question at grade 8 or lower', () => {
    const hard = ownQuestions.filter((question) => graded(question.text) > 8).map((question) => question.id);
    expect(hard).toEqual([]);
  });

  it('keeps every hint at grade 10 or lower', () => {
    const hard = ownQuestions.filter((question) => question.hint && graded(question.hint) > 10);
    expect(hard.map((question) => question.id)).toEqual([]);
  });
});
