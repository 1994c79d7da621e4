/**
 * The Spanish catalogs are complete (the type check proves the keys; this proves the words): no
 * text left empty or in English, the helpline numbers exactly as in English, the notes that help
 * is available in Spanish, and "usted" (never "tú") for the person answering.
 */
import { catalogIn } from '../support/words.ts';
import { describe, expect, it } from 'vitest';
import { textsIn } from './i18n-catalog-texts.ts';

/** Texts that are the same in both languages: names, numbers, key labels, file codes. */
const sameInBoth =
  /^(No|Error:|Error: |TTY|Enter|Alt \+ Shift \+ [A-Z]|.*\d{3}.*|Naltrexona|Medicaid|Medicare|Sobredosis.*)$/;
const numbers = ['1-800-662-4357', '988', '911', 'AYUDA'];

describe.each(['self', 'other'] as const)('Spanish, perspective %s', (perspective) => {
  const es = catalogIn('es', perspective);
  const en = catalogIn('en', perspective);
  const esTexts = [...textsIn(es.ui, 'ui'), ...textsIn(es.questions, 'questions'), ...textsIn(es.rules, 'rules')];
  const enByPlace = new Map(
    [...textsIn(en.ui, 'ui'), ...textsIn(en.questions, 'questions'), ...textsIn(en.rules, 'rules')].map(
      ({ where, text }) => [where, text],
    ),
  );

  it('has a text wherever English has one, and none left empty', () => {
    expect(esTexts.map(({ where }) => where).sort()).toEqual([...enByPlace.keys()].sort());
    expect(esTexts.filter(({ text }) => text.trim() === '')).toEqual([]);
  });

  it('leaves no sentence in English', () => {
    const untranslated = esTexts.filter(
      ({ where, text }) => text === enByPlace.get(where) && text.length > 3 && !sameInBoth.test(text),
    );
    // Proper names and the file format name are the only texts written the same.
    expect(untranslated.map(({ where, text }) => `${where}: ${text}`)).toEqual(
      untranslated
        .filter(({ text }) => /FHIR|SMART|Suboxone|Vivitrol|Lucemyra|Partnership to End Addiction/.test(text))
        .map(({ where, text }) => `${where}: ${text}`),
    );
  });

  it('keeps every helpline number that the English text gives', () => {
    const lost = [...enByPlace].flatMap(([where, english]) => {
      const spanish = esTexts.find((text) => text.where === where)?.text ?? '';
      return numbers
        .filter((number) => english.includes(number) && !spanish.includes(number))
        .map((n) => `${where}: ${n}`);
    });
    expect(lost).toEqual([]);
  });

  it('says that the helplines answer in Spanish (HELP-1, SAFE-2)', () => {
    expect(es.ui.helplineBannerNote).toMatch(/en español/);
    expect(es.rules.nextSteps['samhsa-helpline'].text).toMatch(/en inglés y en español/);
    expect(es.rules.nextSteps['crisis-988'].text).toMatch(/oprim[ea] 2.*AYUDA/);
    expect(es.ui.crisis.selfHarmLanguages).toMatch(/oprim[ea] 2.*AYUDA/);
  });

  it('speaks as "usted", never "tú"', () => {
    const familiar = /\b(tú|tu|tienes|puedes|quieres|estás|eres|llámame|elige tú)\b/i;
    expect(esTexts.filter(({ text }) => familiar.test(text)).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });
});

describe('Spanish for someone answering about a person they care about', () => {
  it('asks no question about "usted", and names "la persona" in most of them', () => {
    const questions = Object.entries(catalogIn('es', 'other').questions.questions);
    const asksUsted = questions.filter(([, texts]) => /\busted\b/i.test(texts.text));
    expect(asksUsted).toEqual([]);
    expect(questions.filter(([, texts]) => /la persona/.test(texts.text)).length).toBeGreaterThan(15);
  });
});
