/**
 * Plain language in the questions (grade 8 or lower, Flesch-Kincaid): every question and every
 * hint, as a person answering for themselves reads them and as someone answering for a person they
 * care about reads them. The measured maxima and means are printed when the test runs.
 */
import { allQuestions } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { QuestionnaireTexts as LooseTexts } from '../../questions/with-words.ts';
import { catalogIn } from '../support/words.ts';
import { gradeWithNames, summarize } from './support/reading-grade.ts';

// PHQ-2 and GAD-2 items must keep their published wording (LIC-3), so only our own text is graded.
const ownIds = allQuestions(questionnaire)
  .filter((question) => !question.code)
  .map((question) => question.id);

const perspectives = (['self', 'other'] as const).map((name) => ({
  name,
  texts: catalogIn('en', name).questions,
}));

function questionTexts(texts: LooseTexts): { id: string; text: string }[] {
  return ownIds.map((id) => ({ id, text: texts.questions[id]?.text ?? '' }));
}

function hints(texts: LooseTexts): { id: string; text: string }[] {
  return ownIds.flatMap((id) => {
    const question = texts.questions[id];
    const optionHints = Object.entries(question?.options ?? {}).flatMap(([value, option]) =>
      option.hint ? [{ id: `${id}/${value}`, text: option.hint }] : [],
    );
    return [...(question?.hint ? [{ id, text: question.hint }] : []), ...optionHints];
  });
}

const over = (items: { id: string; text: string }[], limit: number) =>
  items.filter((item) => gradeWithNames(item.text) > limit).map((item) => `${item.id}: ${item.text}`);

describe.each(perspectives)('plain language in the questions ($name)', ({ name, texts }) => {
  it('asks every question at grade 8 or lower', () => {
    const all = questionTexts(texts);
    expect(all.length).toBe(ownIds.length);
    expect(over(all, 8)).toEqual([]);
    console.info(`reading grade, questions (${name}):`, summarize(all.map((item) => item.text)));
  });

  it('keeps every hint (of a question or an answer) at grade 8 or lower', () => {
    const all = hints(texts);
    expect(all.length).toBeGreaterThan(5);
    expect(over(all, 8)).toEqual([]);
    console.info(`reading grade, hints (${name}):`, summarize(all.map((item) => item.text)));
  });
});
