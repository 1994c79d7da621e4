/**
 * The selectors the screens read the answers through: the journey follows the answers, and every
 * word (question summaries, answer labels, section titles) comes from the questionnaire passed in,
 * the one on screen, never from the machine's own. The tiny questionnaire is put into other words
 * here by hand (from its ids), as any language or voice would be: same ids, values and conditions.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../questions/answers.ts';
import type { WordedQuestionnaire } from '../../questions/schema.ts';
import { answeredRows, journeyRows, questionPlace, rowsBySection } from '../../src/machine/selectors.ts';
import { tiny } from './fixtures/tiny-questionnaire.ts';

const reworded: WordedQuestionnaire = {
  ...tiny,
  sections: tiny.sections.map((section) => ({
    ...section,
    title: `Otra ${section.id}`,
    questions: section.questions.map((question) => ({
      ...question,
      text: `Otra pregunta ${question.id}`,
      summary: `Otra ${question.id}`,
      errorMessage: `Otro error ${question.id}`,
      options: question.options.map((option) => ({ ...option, label: `Otra ${option.value}` })),
    })),
  })),
};

const words = (rows: ReturnType<typeof journeyRows>) => rows.map((row) => [row.question.summary, row.labels]);

describe('selectors of the answers as the screens show them', () => {
  it('list the journey the answers open, worded by the questionnaire on screen', () => {
    const answers: Answers = { danger: 'no', branch: 'yes', needs: ['x', 'none'] };
    expect(words(journeyRows(reworded, answers))).toEqual([
      ['Otra danger', ['Otra no']],
      ['Otra branch', ['Otra yes']],
      ['Otra follow-up', []],
      ['Otra needs', ['Otra x', 'Otra none']],
    ]);
  });

  it('leave out a question the answers do not open, even with an answer kept for it', () => {
    const answers: Answers = { danger: 'no', branch: 'no', 'follow-up': 'a' };
    expect(journeyRows(reworded, answers).map((row) => row.question.id)).toEqual(['danger', 'branch', 'needs']);
    expect(words(answeredRows(reworded, answers))).toEqual([
      ['Otra danger', ['Otra no']],
      ['Otra branch', ['Otra no']],
    ]);
  });

  it('group the journey by section, with the section titles on screen', () => {
    const groups = rowsBySection(reworded, { danger: 'no' });
    expect(groups.map(({ section, rows }) => [section.title, rows.map((row) => row.question.id)])).toEqual([
      ['Otra first', ['danger', 'branch']],
      ['Otra second', ['needs']],
    ]);
  });

  it('place a question in its section and along the journey the answers give now', () => {
    const place = (answers: Answers, questionId: string) => {
      const found = questionPlace(reworded, answers, questionId);
      return found && { ...found, question: found.question.summary, section: found.section.title };
    };
    expect(place({ branch: 'yes' }, 'needs')).toEqual({
      question: 'Otra needs',
      section: 'Otra second',
      sectionNumber: 2,
      sectionCount: 2,
      questionNumber: 4,
      questionCount: 4,
    });
    expect(place({ branch: 'no' }, 'needs')).toMatchObject({ questionNumber: 3, questionCount: 3 });
    expect(place({ branch: 'no' }, 'follow-up')).toBeNull();
    expect(place({}, 'no-such-question')).toBeNull();
  });
});
