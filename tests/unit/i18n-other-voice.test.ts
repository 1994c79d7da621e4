/**
 * When someone answers about a person they care about, every English text speaks of "they" or
 * "the person", never "you". The few allowed exceptions speak to the reader on purpose:
 *   - reasons and counts that start "You said" ("You said they ...");
 *   - reasons about what the reader knows or chose to share ("You said you do not know whether
 *     they ...", "You said you are not sure ...", "You chose not to say whether they ..."), which
 *     still speak of the person in the third person;
 *   - the family section of the results (`rules.family`) and the family support step, which is
 *     shown only to someone answering for another person (`rules.nextSteps.support-for-family`),
 *     advice for the reader;
 *   - the coordinator texts (`ui.coordinator`), since coordinator mode always asks about the caller.
 */
import { catalogIn } from '../support/words.ts';
import { describe, expect, it } from 'vitest';
import { textsIn } from './i18n-catalog-texts.ts';

const YOU = /\b(you|your|yours|yourself)\b/i;
const allowedPlaces = [/^rules\.family\./, /^rules\.nextSteps\.support-for-family\./, /^ui\.coordinator\./];
/** The reader's own words or knowledge, at the start of a sentence; the rest must not say "you". */
const readerLead = /^(You said (you (do not know|are not sure)\b)?|You chose not to say\b)/;
/** The person the answers are about, spoken of in the third person. */
const THEY = /\b(they|them|their|theirs|themselves|someone|a doctor)\b/i;

function sentencesWithYou(text: string): string[] {
  return text.split(/(?<=[.?!])\s+/).filter((sentence) => {
    const lead = readerLead.exec(sentence)?.[0] ?? '';
    return YOU.test(sentence.slice(lead.length));
  });
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

  it('words the reasons as what the reader said, knows or kept back, about "they" or "someone"', () => {
    const reasons = textsIn(other.rules.reasons, 'reasons');
    const otherwise = reasons.filter(({ text }) => !readerLead.test(text) || !THEY.test(text));
    expect(reasons.length).toBeGreaterThan(50);
    expect(otherwise).toEqual([]);
  });

  it('tells a reason about the reader\'s own knowledge from one that slips into "you"', () => {
    expect(sentencesWithYou('You said you do not know whether they drink alcohol.')).toEqual([]);
    expect(sentencesWithYou('You chose not to say whether they are pregnant.')).toEqual([]);
    expect(sentencesWithYou('You said you drink alcohol.')).toEqual(['You said you drink alcohol.']);
    expect(sentencesWithYou('You said they drink. Tell your provider.')).toEqual(['Tell your provider.']);
  });

  it('differs from the English for the person answering wherever that one says "you"', () => {
    const self = textsIn(catalogIn('en', 'self').questions, 'questions');
    const saysYou = self.filter(({ text }) => YOU.test(text)).map(({ where }) => where);
    const otherByPlace = new Map(textsIn(other.questions, 'questions').map(({ where, text }) => [where, text]));
    expect(saysYou.length).toBeGreaterThan(20);
    expect(saysYou.filter((where) => YOU.test(otherByPlace.get(where) ?? ''))).toEqual([]);
  });
});
