/**
 * Today's drug supply and what else the provider needs to know: xylazine wounds and naloxone
 * (XYL-1), not using alone (HR-1), new supplies and testing for people who inject (HR-2), other
 * sedating medicines (SED-1), chronic pain (PAIN-1), and after birth (PREG-3, PREG-5).
 */
import type { Answers } from '../../../questions/answers.ts';
import type { TypedAnswers } from './support/typed-answers.ts';
import { assessInEnglish } from '../../support/words.ts';
import { answersOf, mildAtHome } from './fixtures.ts';

const cautionsFor = (...parts: TypedAnswers[]) => assessInEnglish(answersOf(mildAtHome, ...parts)).cautions;
const cautionIds = (...parts: TypedAnswers[]) => cautionsFor(...parts).map((item) => item.id);
const caution = (id: string, ...parts: TypedAnswers[]) => cautionsFor(...parts).find((item) => item.id === id);

describe("today's drug supply", () => {
  it.each<[string, TypedAnswers, string]>([
    ['fentanyl use', { 'opioids-used': ['fentanyl'] }, 'opioids-used'],
    ['a wound or fever', { 'health-now': ['wound-or-fever'] }, 'health-now'],
  ])('says naloxone must still be given though it does not reverse xylazine, after %s (XYL-1)', (_, answers, id) => {
    const found = caution('naloxone-with-xylazine', answers);
    expect(found?.text).toMatch(/Naloxone does not reverse xylazine, but always give it in an overdose/);
    expect(found?.sources).toEqual(['XYL-1']);
    expect(found?.reasons.map((reason) => reason.questionId)).toEqual([id]);
  });

  it.each<[string, TypedAnswers, string]>([
    ['living alone', { 'others-use': 'live-alone' }, 'others-use'],
    ['often using alone', { 'how-used': ['smoke', 'alone'] }, 'how-used'],
    ['a recent overdose', { 'recent-overdose': 'yes' }, 'recent-overdose'],
  ])('says not to use alone, with naloxone at hand, after %s (HR-1, OD-1)', (_, answers, id) => {
    const found = caution('do-not-use-alone', answers);
    expect(found?.text).toMatch(/^Do not use alone/);
    expect(found?.text).toMatch(/Tell people where your naloxone is/);
    expect(found?.text).toMatch(/start with a small amount/);
    expect(found?.sources).toEqual(['HR-1', 'OD-1']);
    expect(found?.reasons.map((reason) => reason.questionId)).toEqual([id]);
  });

  it('tells people who inject about new supplies every time, syringe services and HIV and hepatitis C tests (HR-2)', () => {
    const found = caution('new-supplies-every-time', { 'how-used': ['inject'] });
    expect(found?.text).toMatch(/new, clean needles and supplies every time, and never share them/);
    expect(found?.text).toMatch(/Syringe services programs/);
    expect(found?.text).toMatch(/HIV and hepatitis C/);
    expect(found?.sources).toEqual(['HR-2']);
    expect(cautionIds({ 'how-used': ['smoke', 'snort', 'swallow'] })).toEqual([]);
  });

  it('says none of it for someone who swallows pills, at home with others, who has not overdosed', () => {
    expect(cautionIds()).toEqual([]);
  });
});

describe('what else the provider needs to know', () => {
  it.each<[string, TypedAnswers['other-drugs']]>([
    ['gabapentin or pregabalin', ['gabapentinoids']],
    ['sleeping pills', ['sleeping-pills']],
  ])('warns that %s with opioids can slow breathing, and to tell the provider (SED-1)', (_, drugs) => {
    const found = caution('sedating-medicines', { 'other-drugs': drugs });
    expect(found?.text).toMatch(/can slow your breathing when taken with opioids. Tell your provider/);
    expect(found?.sources).toEqual(['SED-1']);
    expect(found?.reasons.map((reason) => reason.questionId)).toEqual(['other-drugs']);
  });

  it('asks only for all drugs to be told of, for stimulants (SET-1)', () => {
    expect(cautionIds({ 'other-drugs': ['stimulants'] })).toEqual(['tell-provider-other-drugs']);
    expect(cautionIds({ 'other-drugs': ['none'] })).toEqual([]);
  });

  it('asks to tell the provider about chronic pain, which changes the choice of medicine (PAIN-1)', () => {
    const found = caution('tell-provider-pain', { 'health-now': ['chronic-pain'] });
    expect(found?.text).toMatch(/naltrexone blocks opioid pain relief, and methadone and buprenorphine can ease pain/);
    expect(found?.sources).toEqual(['PAIN-1']);
    expect(cautionIds({ 'health-now': ['chronic-pain'] })).toEqual(['tell-provider-pain']);
  });
});

describe('pregnancy and after birth (PREG-3, PREG-5)', () => {
  it.each(['recently-gave-birth', 'pregnant'] as const)(
    'warns of high overdose risk in the year after birth, to keep the medicine and naloxone, when "%s"',
    (pregnancy) => {
      const found = caution('after-giving-birth', { pregnancy });
      expect(found?.text).toBe(
        'The year after giving birth is a time of high overdose risk. If you take methadone or buprenorphine, keep taking it after the birth, and plan this before the birth. Keep naloxone at home.',
      );
      expect(found?.sources).toEqual(['PREG-5']);
      expect(found?.reasons.map((reason) => reason.questionId)).toEqual(['pregnancy']);
    },
  );

  it.each(['could-be', 'no', 'does-not-apply', 'prefer-not-to-say'] as const)(
    'has no after-birth caution when pregnancy is "%s"',
    (pregnancy) => {
      expect(cautionIds({ pregnancy })).not.toContain('after-giving-birth');
    },
  );

  it('says breastfeeding on methadone or buprenorphine is usually advised, for someone breastfeeding (PREG-3)', () => {
    const answers: Answers = answersOf(mildAtHome, { pregnancy: 'recently-gave-birth', breastfeeding: 'yes' });
    const found = assessInEnglish(answers).cautions.find((item) => item.id === 'breastfeeding-on-medicine');
    expect(found?.text).toMatch(/^Breastfeeding while on methadone or buprenorphine is usually advised/);
    expect(found?.sources).toEqual(['PREG-3']);
    expect(cautionIds({ pregnancy: 'recently-gave-birth', breastfeeding: 'no' })).toEqual(['after-giving-birth']);
  });
});
