/**
 * When someone answers about a person they care about, every English text speaks of "they" or
 * "the person", never "you". The few allowed exceptions speak to the reader on purpose:
 *   - reasons and counts that start "You said" ("You said they ...");
 *   - the family section of the results (`rules.family`), advice for the reader;
 *   - the coordinator texts (`ui.coordinator`), since coordinator mode always asks about the caller.
 */
import { catalogIn } from '../support/words.ts';
import { describe, expect, it } from 'vitest';
import { textsIn } from './i18n-catalog-texts.ts';

const YOU = /\b(you|your|yours|yourself)\b/i;
const allowedPlaces = [/^rules\.family\./, /^ui\.coordinator\./];
const allowedSentence = /^You said\b/;

function sentencesWithYou(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .filter((sentence) => YOU.test(sentence) && !(allowedSentence.test(sentence) && !YOU.test(sentence.slice(8))));
}

const other = catalogIn('en', 'other');
const texts = [
  ...textsIn(other.ui, 'ui'),
  ...textsIn(other.questions, 'questions'),
  ...textsIn(other.rules, 'rules'),
].filter(({ where }) => !allowedPlaces.some((place) => place.test(where)));

describe('English for someone answering about a person they care about', () => {
  it('reads hundreds of texts (interface, questions, results)', () => {
    expect(texts.length).toBeGreaterThan(300);
  });

  it('never says you/your/yours/yourself, except "You said ..." and the reader-facing parts', () => {
    const offending = texts.flatMap(({ where, text }) =>
      sentencesWithYou(text).map((sentence) => `${where}: ${sentence}`),
    );
    expect(offending).toEqual([]);
  });

  it('words the reasons as "You said they ..." or about "someone"', () => {
    const reasons = textsIn(other.rules.reasons, 'reasons');
    const otherwise = reasons.filter(({ text }) => !/^You said (they|someone|a doctor)\b/.test(text));
    expect(otherwise).toEqual([]);
  });

  it('differs from the English for the person answering wherever that one says "you"', () => {
    const self = textsIn(catalogIn('en', 'self').questions, 'questions');
    const saysYou = self.filter(({ text }) => YOU.test(text)).map(({ where }) => where);
    const otherByPlace = new Map(textsIn(other.questions, 'questions').map(({ where, text }) => [where, text]));
    expect(saysYou.length).toBeGreaterThan(20);
    expect(saysYou.filter((where) => YOU.test(otherByPlace.get(where) ?? ''))).toEqual([]);
  });
});
