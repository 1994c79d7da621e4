/**
 * Whole answer sets made by walking the journey as a person would: each next question is the first
 * one not yet answered, answered by a seeded choice (one option, or for checkboxes "None of these"
 * alone or a few other options). Different seeds open different branches. Only the options offered
 * to the perspective are chosen ("I don't know" only when answering about someone else).
 */
import type { AnswerValue, Answers } from '../../../questions/answers.ts';
import { firstUnanswered } from '../../../questions/journey.ts';
import { offeredTo } from '../../../questions/offered-to.ts';
import type { Perspective } from '../../../questions/perspective.ts';
import { questionnaire } from '../../../questions/questionnaire.ts';
import type { Question } from '../../../questions/schema.ts';

function random(seed: number): () => number {
  let state = seed + 0x6d2b79f5;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(question: Question, next: () => number): AnswerValue {
  const index = Math.floor(next() * question.options.length);
  const option = question.options[index] ?? question.options[0];
  if (!option) throw new Error(`"${question.id}" has no options`);
  if (question.kind === 'single') return option.value;
  if (option.exclusive) return [option.value];
  const others = question.options.filter((candidate) => !candidate.exclusive);
  return others.filter((candidate) => candidate === option || next() < 0.4).map((candidate) => candidate.value);
}

const offered = { self: offeredTo(questionnaire, 'self'), other: offeredTo(questionnaire, 'other') };

/** A complete answer set for this seed, as a person answering from this perspective could give it. */
export function walkedAnswers(seed: number, perspective: Perspective = 'self'): Answers {
  const next = random(seed);
  const answers: Record<string, AnswerValue> = {};
  const asked = offered[perspective];
  for (let question = firstUnanswered(asked, answers); question;) {
    answers[question.id] = pick(question, next);
    question = firstUnanswered(asked, answers);
  }
  return answers;
}

export const seeds = Array.from({ length: 40 }, (_, index) => index + 1);
