import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { question } from './support/question.ts';
import { answerProblemMessages, answerSchemaFor, parseAnswers } from '../../questions/answers.ts';
import { questionnaire } from '../support/words.ts';

const housing = question('housing');
const responsibilities = question('responsibilities');
const noAnswer = answerProblemMessages['no-answer'];

function firstMessage(schema: z.ZodMiniType, value: unknown): string | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe('answerSchemaFor a single-choice question', () => {
  it('accepts one of the options', () => {
    expect(answerSchemaFor(housing).parse('unstable')).toBe('unstable');
  });

  it('rejects nothing chosen, saying there is no answer', () => {
    expect(firstMessage(answerSchemaFor(housing), undefined)).toBe(noAnswer);
    expect(firstMessage(answerSchemaFor(housing), null)).toBe(noAnswer);
  });

  it('rejects a value that is not offered', () => {
    expect(firstMessage(answerSchemaFor(housing), 'castle')).toBe(noAnswer);
    expect(firstMessage(answerSchemaFor(housing), ['stable'])).toBe(noAnswer);
  });
});

describe('answerSchemaFor a multiple-choice question', () => {
  it('accepts any options that are offered, or "None of these" on its own', () => {
    expect(answerSchemaFor(responsibilities).parse(['children', 'work'])).toEqual(['children', 'work']);
    expect(answerSchemaFor(responsibilities).parse(['none'])).toEqual(['none']);
  });

  it('rejects nothing chosen, saying there is no answer', () => {
    expect(firstMessage(answerSchemaFor(responsibilities), [])).toBe(noAnswer);
    expect(firstMessage(answerSchemaFor(responsibilities), undefined)).toBe(noAnswer);
  });

  it('rejects a value that is not offered', () => {
    expect(firstMessage(answerSchemaFor(responsibilities), ['work', 'hobbies'])).toBe(noAnswer);
    expect(firstMessage(answerSchemaFor(responsibilities), 'work')).toBe(noAnswer);
  });

  it('rejects "None of these" together with another option', () => {
    expect(firstMessage(answerSchemaFor(responsibilities), ['none', 'work'])).toBe(
      answerProblemMessages['exclusive-with-others'],
    );
  });
});

describe('parseAnswers', () => {
  it('keeps every valid answer', () => {
    const input = { housing: 'stable', responsibilities: ['work'], 'open-to-medication': 'not-sure' };
    expect(parseAnswers(questionnaire, input)).toEqual({ answers: input, problems: [] });
  });

  it('keeps the valid answers and names each bad one', () => {
    const result = parseAnswers(questionnaire, {
      housing: 'stable',
      'favourite-colour': 'blue',
      pregnancy: 'maybe',
      responsibilities: ['none', 'work'],
    });
    expect(result.answers).toEqual({ housing: 'stable' });
    expect(result.problems).toHaveLength(3);
    expect(result.problems).toContain('unknown question id "favourite-colour"');
    expect(result.problems).toContain(`"pregnancy": ${noAnswer}`);
    expect(result.problems.find((problem) => problem.startsWith('"responsibilities": '))).toMatch(/none of these/);
  });

  it('keeps a copy of a list answer, never the outside array itself', () => {
    const outside = { responsibilities: ['work'] };
    const kept = parseAnswers(questionnaire, outside).answers['responsibilities'];
    expect(kept).toEqual(['work']);
    expect(kept).not.toBe(outside.responsibilities);
  });

  it('rejects input that is not an object of answers', () => {
    for (const input of [null, 'housing=stable', 42, ['stable']]) {
      expect(parseAnswers(questionnaire, input)).toEqual({
        answers: {},
        problems: ['answers must be an object of question id to answer'],
      });
    }
  });
});
